import Foundation

/// The decoded text of one input file, unaltered, with what it takes to turn
/// UTF-16 offsets into 1-based line and column (in Unicode scalars).
public struct TextFile: Sendable {
    /// The path as the user gave it ("-" for standard input).
    public let path: String
    public let text: String
    /// The text in UTF-16, the unit ICU works in; all offsets refer to it.
    public let units: [UInt16]
    /// UTF-16 offset where each line starts.
    public let lineStarts: [Int]

    /// The text's UTF-16 code units, decoded from its (valid) UTF-8 directly: the generic
    /// copy of the UTF-16 view cost as much as segmenting the file.
    static func utf16(_ text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0, n = 0
                while i < bytes.count {
                    let b0 = UInt32(bytes[i])
                    var scalar: UInt32
                    if b0 < 0x80 {
                        out[n] = UInt16(b0); n += 1; i += 1; continue
                    } else if b0 < 0xE0 {
                        scalar = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        scalar = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        scalar = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                    }
                    if scalar < 0x10000 {
                        out[n] = UInt16(scalar); n += 1
                    } else {
                        scalar -= 0x10000
                        out[n] = UInt16(0xD800 + (scalar >> 10)); out[n + 1] = UInt16(0xDC00 + (scalar & 0x3FF)); n += 2
                    }
                }
                count = n
            }
        }
    }

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        let units = Self.utf16(text)
        self.units = units
        var starts = [0]
        var i = 0
        while i < units.count {
            let u = units[i]
            if u == 0x0A || u == 0x2028 || u == 0x2029 {
                starts.append(i + 1)
            } else if u == 0x0D {
                if i + 1 < units.count, units[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
    }

    /// 1-based line and column (Unicode scalars) of a UTF-16 offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < offset && i < units.count {
            // A surrogate pair is one scalar.
            if !(UTF16.isTrailSurrogate(units[i]) && i > lineStarts[lo] && UTF16.isLeadSurrogate(units[i - 1])) {
                column += 1
            }
            i += 1
        }
        // Offsets pointing between a surrogate pair's halves never occur.
        return (lo + 1, column)
    }

    /// The text of a UTF-16 range.
    public func string(_ range: Range<Int>) -> String {
        let r = range.clamped(to: 0..<units.count)
        return String(utf16Units: units[r])
    }
}

extension TextFile {
    /// Reads and decodes a file ("-" is standard input): UTF-8 with or without
    /// BOM, UTF-16 with BOM. Empty, binary and undecodable input is refused.
    public static func load(path: String) throws(InputError) -> TextFile {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(path: path, problem: "no such file")
            }
            guard !isDirectory.boolValue else { throw InputError(path: path, problem: "is a directory, not a text file") }
            guard let read = FileManager.default.contents(atPath: path) else {
                throw InputError(path: path, problem: "cannot be read (permission denied?)")
            }
            data = read
        }
        return try decode(data, path: path)
    }

    /// Decodes bytes as a text file would be.
    public static func decode(_ data: Data, path: String) throws(InputError) -> TextFile {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw InputError(path: path, problem: "file is empty") }
        let text: String
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            text = try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, path: path)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let (offset, line) = firstBinaryByte(body) {
                throw InputError(path: path, problem: "binary data (byte 0x\(String(format: "%02X", body[offset])) on line \(line)), not text")
            }
            guard let decoded = String(validating: body, as: UTF8.self) else {
                let (offset, line) = firstInvalidUTF8(body)
                throw InputError(path: path, problem: "invalid UTF-8 at byte \(offset + (bytes.count - body.count)) (line \(line))")
            }
            text = decoded
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw InputError(path: path, problem: "file is empty (only white space)")
        }
        return TextFile(path: path, text: text)
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(InputError) -> String {
        guard bytes.count % 2 == 0 else { throw InputError(path: path, problem: "invalid UTF-16 (odd number of bytes)") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw InputError(path: path, problem: "invalid UTF-16 (unpaired surrogate)")
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw InputError(path: path, problem: "binary data (NUL character), not text")
        }
        return text
    }

    /// NUL or C0 controls other than tab, line feed, form feed, carriage return and escape mean binary data.
    private static func firstBinaryByte(_ bytes: [UInt8]) -> (Int, Int)? {
        // Every file of an audit is read through this: one comparison a byte, lines counted only for the error.
        let first = bytes.withUnsafeBufferPointer { b -> Int? in
            for i in 0..<b.count where b[i] < 0x20 {
                let c = b[i]
                if c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B { return i }
            }
            return nil
        }
        guard let first else { return nil }
        return (first, 1 + bytes[..<first].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var i = 0, line = 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length == 0 || i + length > bytes.count
                || String(validating: bytes[i..<i + length], as: UTF8.self) == nil {
                return (i, line)
            }
            i += length
        }
        return (bytes.count, line)
    }
}
