import Foundation
import ZlibSystem

/// Reading dictd's `.dict.dz` files. A dictzip file is an ordinary gzip
/// member whose extra field indexes its chunks for random access; we read the
/// whole dictionary anyway, so zlib inflates it in one pass.
enum Dictzip {
    /// Why a dictionary file could not be inflated.
    struct Failure: Error, CustomStringConvertible, Sendable {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// The uncompressed contents of a `.dict.dz` (or plain `.dict`) file.
    static func contents(of path: String) throws(Failure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(path: path, reason: "cannot read file")
        }
        let input = [UInt8](data)
        guard input.count >= 2, input[0] == 0x1F, input[1] == 0x8B else { return input }  // not gzip: plain .dict
        return try inflate(input, path: path)
    }

    static func inflate(_ input: [UInt8], path: String) throws(Failure) -> [UInt8] {
        // The gzip trailer holds the uncompressed size modulo 2^32: a good first guess.
        let tail = input.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        var output = [UInt8](repeating: 0, count: max(tail, input.count * 3, 1 << 16))
        var stream = z_stream()
        var status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure(path: path, reason: "zlib init failed (\(status))") }
        defer { inflateEnd(&stream) }
        var produced = 0
        input.withUnsafeBufferPointer { inBuffer in
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.avail_in = uInt(inBuffer.count)
            repeat {
                if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
                output.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress! + produced
                    stream.avail_out = uInt(outBuffer.count - produced)
                    status = ZlibSystem.inflate(&stream, Z_NO_FLUSH)
                    produced = outBuffer.count - Int(stream.avail_out)
                }
            } while status == Z_OK
        }
        guard status == Z_STREAM_END else { throw Failure(path: path, reason: "corrupt gzip data (zlib \(status))") }
        output.removeSubrange(produced...)
        return output
    }
}
