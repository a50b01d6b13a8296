import CICU

/// An ICU call that failed, with ICU's error name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let code: Int32
    public var description: String {
        "\(operation) failed: \(String(cString: tc_error_name(code)))"
    }
}

/// Runs an ICU call that fills a UTF-16 buffer, growing the buffer when ICU
/// reports the length it needs.
@inline(__always)
func icuUTF16(
    _ operation: String, capacity: Int,
    _ call: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws(ICUError) -> [UInt16] {
    var cap = max(capacity, 8)
    for _ in 0..<3 {
        var status: Int32 = 0
        var needed: Int32 = 0
        let result = [UInt16](unsafeUninitializedCapacity: cap) { buffer, count in
            needed = call(buffer.baseAddress!, Int32(cap), &status)
            count = (status == 0 || !tc_failed(status)) ? min(Int(needed), cap) : 0
        }
        if status == TC_BUFFER_OVERFLOW || Int(needed) > cap {
            cap = Int(needed) + 1
            continue
        }
        if tc_failed(status) { throw ICUError(operation: operation, code: status) }
        return result
    }
    throw ICUError(operation: operation, code: TC_BUFFER_OVERFLOW)
}

extension String {
    /// Decodes UTF-16 (lone surrogates become U+FFFD). Written out because the
    /// generic `String(decoding:as: UTF16.self)` goes through a per-scalar parser
    /// and was a measurable share of an audit: every sentence, word and ICU
    /// result is built this way.
    init(utf16Units: some Collection<UInt16>) {
        self = utf16Units.withContiguousStorageIfAvailable { String(utf16Buffer: $0) }
            ?? Array(utf16Units).withUnsafeBufferPointer { String(utf16Buffer: $0) }
    }

    private init(utf16Buffer units: UnsafeBufferPointer<UInt16>) {
        let n = units.count
        // At most three UTF-8 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
        self = String(unsafeUninitializedCapacity: n * 3) { out in
            var o = 0, i = 0
            while i < n {
                let u = units[i]
                i += 1
                if u < 0x80 {
                    out[o] = UInt8(u); o += 1
                } else if u < 0x800 {
                    out[o] = UInt8(0xC0 | (u >> 6)); out[o + 1] = UInt8(0x80 | (u & 0x3F)); o += 2
                } else if u & 0xFC00 == 0xD800, i < n, units[i] & 0xFC00 == 0xDC00 {
                    let scalar = 0x10000 + ((UInt32(u) & 0x3FF) << 10) + (UInt32(units[i]) & 0x3FF)
                    i += 1
                    out[o] = UInt8(0xF0 | (scalar >> 18))
                    out[o + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                    out[o + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    out[o + 3] = UInt8(0x80 | (scalar & 0x3F))
                    o += 4
                } else {
                    // A lone surrogate is replaced, as the standard decoder does.
                    let v: UInt16 = (u & 0xF800 == 0xD800) ? 0xFFFD : u
                    out[o] = UInt8(0xE0 | (v >> 12))
                    out[o + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[o + 2] = UInt8(0x80 | (v & 0x3F))
                    o += 3
                }
            }
            return o
        }
    }
}
