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
    init(utf16Units: some Collection<UInt16>) {
        self = String(decoding: utf16Units, as: UTF16.self)
    }
}
