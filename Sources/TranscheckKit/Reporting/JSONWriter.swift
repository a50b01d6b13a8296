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
        var out = ""
        write(into: &out, indent: pretty ? 0 : -1)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        let pretty = indent >= 0
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        let newline = pretty ? "\n" : ""
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += Self.number(n)
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Short arrays of numbers stay on one line ("[0, 1]").
            if items.allSatisfy({ if case .number = $0 { true } else { false } }) {
                out += "[" + items.map { $0.serialized(pretty: false) }.joined(separator: ", ") + "]"
                return
            }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: pretty ? indent + 1 : -1)
                out += (i + 1 < items.count ? "," : "") + newline
            }
            out += closePad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (i, (key, value)) in members.enumerated() {
                out += pad
                Self.escape(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, indent: pretty ? indent + 1 : -1)
                out += (i + 1 < members.count ? "," : "") + newline
            }
            out += closePad + "}"
        }
    }

    static func number(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    static func escape(_ s: String, into out: inout String) {
        // Most strings need no escape: appended whole (reports are mostly text).
        if isClean(s) {
            out += "\""
            out += s
            out += "\""
            return
        }
        // Otherwise byte by byte (messages quote the words they name); UTF-8 being
        // ASCII-transparent, every other byte is copied as it is.
        let u = Array(s.utf8)
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(u.count + 16)
        func escaped(_ text: StaticString) { bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        func unicode(_ value: UInt32) {
            let hex = String(value, radix: 16)
            bytes.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
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
            default: bytes.append(b)
            }
            i += 1
        }
        bytes.append(0x22)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// No quote, backslash, control character, U+2028 or U+2029 (E2 80 A8/A9 in UTF-8).
    private static func isClean(_ s: String) -> Bool {
        var bytes = s.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let c = bytes.next() {
            if c == 0x22 || c == 0x5C || c < 0x20 { return false }
            if previous == (0xE2, 0x80), c == 0xA8 || c == 0xA9 { return false }
            previous = (previous.1, c)
        }
        return true
    }
}
