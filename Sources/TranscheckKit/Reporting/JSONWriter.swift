/// A JSON value whose object keys keep the order they are written in, so a
/// report's bytes depend only on its content.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indentation, or compact on one line.
    public func serialized(pretty: Bool = true) -> String {
        // Written as UTF-8 bytes: an audit renders a report per pair, and String
        // appends of small pieces were most of the reporter's time.
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: pretty ? 0 : -1)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        let pretty = indent >= 0
        func pad(_ level: Int) { if pretty { out.append(contentsOf: repeatElement(0x20, count: 2 * level)) } }
        func newline() { if pretty { out.append(0x0A) } }
        switch self {
        case .null: Self.append("null", to: &out)
        case .bool(let b): Self.append(b ? "true" : "false", to: &out)
        case .number(let n): Self.number(n, into: &out)
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { Self.append("[]", to: &out); return }
            // Short arrays of numbers stay on one line ("[0, 1]").
            if items.allSatisfy({ if case .number = $0 { true } else { false } }) {
                out.append(0x5B)
                for (i, item) in items.enumerated() {
                    if i > 0 { Self.append(", ", to: &out) }
                    if case .number(let n) = item { Self.number(n, into: &out) }
                }
                out.append(0x5D)
                return
            }
            out.append(0x5B)
            newline()
            for (i, item) in items.enumerated() {
                pad(indent + 1)
                item.write(into: &out, indent: pretty ? indent + 1 : -1)
                if i + 1 < items.count { out.append(0x2C) }
                newline()
            }
            pad(indent)
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty { Self.append("{}", to: &out); return }
            out.append(0x7B)
            newline()
            for (i, (key, value)) in members.enumerated() {
                pad(indent + 1)
                Self.escape(key, into: &out)
                Self.append(pretty ? ": " : ":", to: &out)
                value.write(into: &out, indent: pretty ? indent + 1 : -1)
                if i + 1 < members.count { out.append(0x2C) }
                newline()
            }
            pad(indent)
            out.append(0x7D)
        }
    }

    private static func append(_ text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whole numbers without a fraction ("3", not "3.0"); others in Swift's shortest round-trip form.
    private static func number(_ n: Double, into out: inout [UInt8]) {
        guard n.isFinite else { append("null", to: &out); return }
        guard n == n.rounded(), abs(n) < 1e15 else { out.append(contentsOf: String(n).utf8); return }
        var v = Int64(n)
        if v < 0 { out.append(0x2D); v = -v }
        if v == 0 { out.append(0x30); return }
        let start = out.count
        while v > 0 { out.append(UInt8(0x30 + v % 10)); v /= 10 }
        out[start...].reverse()
    }

    private static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escape: appended whole (reports are mostly text).
        if isClean(s) {
            out.append(contentsOf: s.utf8)
            out.append(0x22)
            return
        }
        // Otherwise byte by byte (messages quote the words they name); UTF-8 being
        // ASCII-transparent, every other byte is copied as it is.
        let u = Array(s.utf8)
        func escaped(_ text: StaticString) { append(text, to: &out) }
        func unicode(_ value: UInt32) {
            let hex = String(value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
        var i = 0
        while i < u.count {
            let b = u[i]
            switch b {
            case 0x22: escaped("\\\"")
            case 0x5C: escaped("\\\\")
            case 0x0A: escaped("\\n")
            case 0x0D: escaped("\\r")
            case 0x09: escaped("\\t")
            case 0..<0x20: unicode(UInt32(b))
            case 0xE2 where i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                unicode(u[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                i += 3
                continue
            default: out.append(b)
            }
            i += 1
        }
        out.append(0x22)
    }

    /// No quote, backslash, control character, U+2028 or U+2029 (E2 80 A8/A9 in UTF-8).
    private static func isClean(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            for i in bytes.indices {
                let c = bytes[i]
                if c < 0x20 || c == 0x22 || c == 0x5C { return false }
                if c == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return false }
            }
            return true
        }
    }
}
