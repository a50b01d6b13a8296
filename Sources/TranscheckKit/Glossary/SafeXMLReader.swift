/// A small XML parser for glossary files that controls what entities may do:
/// external DTDs are accepted but never read, external and parameter entities
/// are refused, and internal entities expand within strict bounds.
/// (Foundation's parser on Linux is libxml2, whose entity handling we cannot bound.)
enum SafeXMLReader {
    /// An element: its local name (prefix dropped), attributes by local name
    /// (`xml:lang` kept whole), its content in document order and the 1-based line of its start tag.
    struct Element: Sendable, Equatable {
        enum Content: Sendable, Equatable { case text(String), element(Element) }

        let name: String
        let attributes: [String: String]
        fileprivate(set) var content: [Content]
        let line: Int

        var children: [Element] {
            content.compactMap { if case .element(let e) = $0 { e } else { nil } }
        }

        /// All the text inside, in document order.
        var text: String {
            content.map { switch $0 { case .text(let t): t; case .element(let e): e.text } }.joined()
        }

        subscript(attribute: String) -> String? { attributes[attribute] }
    }

    /// Most characters internal entities may produce in one document.
    static let maxExpandedCharacters = 1_000_000
    /// Deepest chain of entities referring to entities.
    static let maxEntityDepth = 8
    /// Deepest nesting of elements (a glossary needs about ten).
    static let maxElementDepth = 256

    /// Parses a whole document (UTF-8 with or without BOM, or UTF-16 with BOM) and returns its root element.
    static func parse(_ bytes: [UInt8], file: String) throws(GlossaryExchangeError) -> Element {
        let text = try GlossaryInput.decode(bytes, file: file)
        var parser = XMLScanner(normalizingLineEnds: Array(text.utf8), file: file)
        return try parser.document()
    }
}

/// The scanner behind `SafeXMLReader`: a byte cursor over UTF-8 text.
private struct XMLScanner {
    typealias Element = SafeXMLReader.Element

    private let b: [UInt8]
    private let file: String
    private var i = 0
    private var entities: [String: [UInt8]] = [:]
    private var expandedCharacters = 0
    private var lineMark = (position: 0, line: 1)

    init(normalizingLineEnds bytes: [UInt8], file: String) {
        // XML reads CR LF and a lone CR as LF.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var k = 0
        while k < bytes.count {
            if bytes[k] == 0x0D {
                out.append(0x0A)
                if k + 1 < bytes.count, bytes[k + 1] == 0x0A { k += 1 }
            } else {
                out.append(bytes[k])
            }
            k += 1
        }
        self.b = out
        self.file = file
    }

    // MARK: Document

    mutating func document() throws(GlossaryExchangeError) -> Element {
        if starts("<?xml") && i + 5 < b.count && isSpace(b[i + 5]) { try declaration() }
        var root: Element?
        var sawDoctype = false
        while true {
            skipSpaces()
            if i >= b.count { break }
            if starts("<!--") { try skipPast("-->", what: "comment") }
            else if starts("<?") { try processingInstruction() }
            else if starts("<!DOCTYPE") {
                guard !sawDoctype, root == nil else { throw fail("a DOCTYPE must come once, before the root element") }
                sawDoctype = true
                try doctype()
            } else if b[i] == UInt8(ascii: "<") {
                guard root == nil else { throw fail("text after the root element (a second root?)") }
                root = try element()
            } else {
                throw fail(root == nil ? "text before the root element" : "text after the root element")
            }
        }
        guard let root else { throw fail("no root element (empty or not XML)") }
        return root
    }

    private mutating func declaration() throws(GlossaryExchangeError) {
        let start = i
        try skipPast("?>", what: "XML declaration")
        let decl = String(decoding: b[start..<i], as: UTF8.self).lowercased()
        guard let range = decl.range(of: "encoding") else { return }
        let rest = decl[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let encoding = String(rest.prefix { $0 != "\"" && $0 != "'" })
        // The bytes were decoded from their BOM (or as UTF-8) already; only say so when the declaration disagrees.
        guard ["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii"].contains(encoding) else {
            throw fail(at: start, "encoding \"\(encoding)\" is not supported (save the file as UTF-8)")
        }
    }

    private mutating func processingInstruction() throws(GlossaryExchangeError) {
        try skipPast("?>", what: "processing instruction")
    }

    // MARK: DOCTYPE and entity declarations

    private mutating func doctype() throws(GlossaryExchangeError) {
        i += "<!DOCTYPE".utf8.count
        skipSpaces()
        _ = try name("DOCTYPE")
        skipSpaces()
        // An external DTD (TBX v2: SYSTEM "TBXcoreStructV02.dtd") is noted by the file but never fetched.
        if starts("SYSTEM") {
            i += 6; skipSpaces(); _ = try quoted("system identifier")
        } else if starts("PUBLIC") {
            i += 6; skipSpaces(); _ = try quoted("public identifier"); skipSpaces(); _ = try quoted("system identifier")
        }
        skipSpaces()
        if peek == UInt8(ascii: "[") {
            i += 1
            try internalSubset()
            skipSpaces()
        }
        guard peek == UInt8(ascii: ">") else { throw fail("expected \">\" to close the DOCTYPE") }
        i += 1
    }

    private mutating func internalSubset() throws(GlossaryExchangeError) {
        while true {
            skipSpaces()
            guard i < b.count else { throw fail("the DOCTYPE's internal subset is not closed with \"]\"") }
            if b[i] == UInt8(ascii: "]") { i += 1; return }
            if b[i] == UInt8(ascii: "%") { throw fail("parameter entity references are refused") }
            if starts("<!--") { try skipPast("-->", what: "comment") }
            else if starts("<?") { try processingInstruction() }
            else if starts("<!ENTITY") { try entityDeclaration() }
            else if starts("<!ELEMENT") || starts("<!ATTLIST") || starts("<!NOTATION") { try skipDeclaration() }
            else { throw fail("unexpected content in the DOCTYPE's internal subset") }
        }
    }

    private mutating func entityDeclaration() throws(GlossaryExchangeError) {
        let start = i
        i += "<!ENTITY".utf8.count
        skipSpaces()
        if peek == UInt8(ascii: "%") { throw fail(at: start, "parameter entities are refused") }
        let entity = try name("entity")
        skipSpaces()
        if starts("SYSTEM") || starts("PUBLIC") {
            let kind = starts("SYSTEM") ? "SYSTEM" : "PUBLIC"
            i += 6
            skipSpaces()
            let target = (try? quoted("identifier")).map { String(decoding: $0, as: UTF8.self) } ?? "…"
            throw fail(at: start, "external entity \"\(entity)\" (\(kind) \"\(target)\") is refused: entities are never fetched")
        }
        let value = try quoted("entity value")
        if value.contains(UInt8(ascii: "%")) { throw fail(at: start, "parameter entity references are refused (in entity \"\(entity)\")") }
        if value.contains(UInt8(ascii: "<")) { throw fail(at: start, "entity \"\(entity)\" holds markup, which is not supported") }
        skipSpaces()
        guard peek == UInt8(ascii: ">") else { throw fail("expected \">\" to close the declaration of entity \"\(entity)\"") }
        i += 1
        // The first declaration of an entity binds (XML 1.0 §4.2).
        if entities[entity] == nil { entities[entity] = value }
    }

    private mutating func skipDeclaration() throws(GlossaryExchangeError) {
        let start = i
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { _ = try quoted("literal"); continue }
            i += 1
            if c == UInt8(ascii: ">") { return }
        }
        throw fail(at: start, "declaration not closed with \">\"")
    }

    // MARK: Elements

    /// Parses an element and everything inside it; a stack, not recursion, so deep nesting cannot overflow.
    private mutating func element() throws(GlossaryExchangeError) -> Element {
        let root = try startTag()
        if let closed = root.closed { return closed }
        var stack: [Element] = [root.open!]
        var text: [UInt8] = []
        func flush(_ text: inout [UInt8], into element: inout Element) {
            guard !text.isEmpty else { return }
            element.content.append(.text(String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
        }
        while true {
            guard i < b.count else { throw fail("element <\(stack.last!.name)> (line \(stack.last!.line)) is not closed") }
            let c = b[i]
            if c == UInt8(ascii: "<") {
                if starts("</") {
                    flush(&text, into: &stack[stack.count - 1])
                    i += 2
                    let closing = try name("end tag")
                    skipSpaces()
                    guard peek == UInt8(ascii: ">") else { throw fail("expected \">\" after </\(closing)") }
                    i += 1
                    let open = stack.removeLast()
                    guard Self.localName(closing) == open.name else {
                        throw fail("</\(closing)> does not close <\(open.name)> (line \(open.line))")
                    }
                    if stack.isEmpty { return open }
                    stack[stack.count - 1].content.append(.element(open))
                } else if starts("<!--") {
                    try skipPast("-->", what: "comment")
                } else if starts("<![CDATA[") {
                    i += 9
                    let start = i
                    try skipPast("]]>", what: "CDATA section")
                    text += b[start..<(i - 3)]
                } else if starts("<?") {
                    try processingInstruction()
                } else if starts("<!") {
                    throw fail("unexpected \"<!\" inside an element")
                } else {
                    flush(&text, into: &stack[stack.count - 1])
                    let tag = try startTag()
                    if let open = tag.open {
                        guard stack.count < SafeXMLReader.maxElementDepth else {
                            throw fail("elements are nested deeper than \(SafeXMLReader.maxElementDepth) levels")
                        }
                        stack.append(open)
                    } else { stack[stack.count - 1].content.append(.element(tag.closed!)) }
                }
            } else if c == UInt8(ascii: "&") {
                try reference(into: &text, depth: 0, chain: [])
            } else {
                let start = i
                while i < b.count, b[i] != UInt8(ascii: "<"), b[i] != UInt8(ascii: "&") { i += 1 }
                text += b[start..<i]
            }
        }
    }

    /// A start tag: an element still open, or an empty element (`<x/>`) already closed.
    private mutating func startTag() throws(GlossaryExchangeError) -> (open: Element?, closed: Element?) {
        let line = lineNumber(at: i)
        i += 1
        let tag = try name("element")
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpaces()
            guard i < b.count else { throw fail("start tag <\(tag)> is not closed") }
            if starts("/>") {
                i += 2
                return (nil, Element(name: Self.localName(tag), attributes: attributes, content: [], line: line))
            }
            if b[i] == UInt8(ascii: ">") {
                i += 1
                return (Element(name: Self.localName(tag), attributes: attributes, content: [], line: line), nil)
            }
            guard hadSpace else { throw fail("expected a space, \">\" or \"/>\" in <\(tag)>") }
            let attribute = try name("attribute")
            skipSpaces()
            guard peek == UInt8(ascii: "=") else { throw fail("attribute \(attribute) of <\(tag)> has no value") }
            i += 1
            skipSpaces()
            let value = try attributeValue(of: attribute)
            if attribute == "xmlns" || attribute.hasPrefix("xmlns:") { continue }
            let key = attribute == "xml:lang" ? attribute : Self.localName(attribute)
            guard attributes[key] == nil else { throw fail("attribute \(attribute) appears twice in <\(tag)>") }
            attributes[key] = value
        }
    }

    private mutating func attributeValue(of attribute: String) throws(GlossaryExchangeError) -> String {
        guard let quote = peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw fail("the value of attribute \(attribute) must be quoted")
        }
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < b.count else { throw fail("the value of attribute \(attribute) is not closed") }
            let c = b[i]
            if c == quote { i += 1; break }
            if c == UInt8(ascii: "<") { throw fail("\"<\" in the value of attribute \(attribute)") }
            if c == UInt8(ascii: "&") { try reference(into: &out, depth: 0, chain: []); continue }
            out.append(c == 0x0A || c == 0x09 ? 0x20 : c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: References

    /// Reads `&…;` at the cursor and appends what it stands for.
    private mutating func reference(into out: inout [UInt8], depth: Int, chain: [String]) throws(GlossaryExchangeError) {
        let start = i
        i += 1
        let nameStart = i
        while i < b.count, b[i] != UInt8(ascii: ";"), !isSpace(b[i]), b[i] != UInt8(ascii: "<"), b[i] != UInt8(ascii: "&") { i += 1 }
        guard i < b.count, b[i] == UInt8(ascii: ";"), i > nameStart else {
            throw fail(at: start, "\"&\" must start a reference like &amp; (write a literal ampersand as &amp;)")
        }
        let ref = Array(b[nameStart..<i])
        i += 1
        try resolve(ref, into: &out, depth: depth, chain: chain, at: start)
    }

    private mutating func resolve(_ ref: [UInt8], into out: inout [UInt8], depth: Int, chain: [String], at position: Int) throws(GlossaryExchangeError) {
        let name = String(decoding: ref, as: UTF8.self)
        if ref.first == UInt8(ascii: "#") {
            let hex = ref.count > 1 && (ref[1] == UInt8(ascii: "x"))
            let digits = String(decoding: ref.dropFirst(hex ? 2 : 1), as: UTF8.self)
            guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value), Self.isXMLChar(scalar) else {
                throw fail(at: position, "&\(name); is not a valid character reference")
            }
            out += Array(String(scalar).utf8)
            return
        }
        switch name {
        case "amp": out.append(UInt8(ascii: "&")); return
        case "lt": out.append(UInt8(ascii: "<")); return
        case "gt": out.append(UInt8(ascii: ">")); return
        case "quot": out.append(UInt8(ascii: "\"")); return
        case "apos": out.append(UInt8(ascii: "'")); return
        default: break
        }
        guard let value = entities[name] else { throw fail(at: position, "undefined entity &\(name);") }
        guard !chain.contains(name) else { throw fail(at: position, "entity &\(name); refers to itself") }
        guard depth < SafeXMLReader.maxEntityDepth else {
            throw fail(at: position, "entity expansion exceeds \(SafeXMLReader.maxEntityDepth) levels of nesting (billion laughs?)")
        }
        var k = 0
        while k < value.count {
            let c = value[k]
            if c == UInt8(ascii: "&") {
                guard let end = value[k...].firstIndex(of: UInt8(ascii: ";")), end > k + 1 else {
                    throw fail(at: position, "entity &\(name); holds a bare \"&\"")
                }
                try resolve(Array(value[(k + 1)..<end]), into: &out, depth: depth + 1, chain: chain + [name], at: position)
                k = end + 1
                continue
            }
            if c & 0xC0 != 0x80 { expandedCharacters += 1 }
            guard expandedCharacters <= SafeXMLReader.maxExpandedCharacters else {
                throw fail(at: position, "entity expansion exceeds \(SafeXMLReader.maxExpandedCharacters) characters (billion laughs?)")
            }
            out.append(c)
            k += 1
        }
    }

    private static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
    }

    // MARK: Lexical pieces

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private var peek: UInt8? { i < b.count ? b[i] : nil }

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = i
        while i < b.count, isSpace(b[i]) { i += 1 }
        return i > start
    }

    private func starts(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for k in 0..<n where b[i + k] != buffer[k] { return false }
            return true
        }
    }

    private mutating func skipPast(_ terminator: StaticString, what: String) throws(GlossaryExchangeError) {
        let start = i
        while i < b.count {
            if starts(terminator) { i += terminator.utf8CodeUnitCount; return }
            i += 1
        }
        throw fail(at: start, "\(what) is not closed")
    }

    private mutating func name(_ what: String) throws(GlossaryExchangeError) -> String {
        let start = i
        while i < b.count {
            let c = b[i]
            if isSpace(c) || "/>=<&;\"'[]%?!".utf8.contains(c) { break }
            i += 1
        }
        guard i > start else { throw fail("expected a name for the \(what)") }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    private mutating func quoted(_ what: String) throws(GlossaryExchangeError) -> [UInt8] {
        guard let quote = peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw fail("expected a quoted \(what)")
        }
        let start = i + 1
        guard let end = b[start...].firstIndex(of: quote) else { throw fail(at: i, "the quoted \(what) is not closed") }
        i = end + 1
        return Array(b[start..<end])
    }

    private mutating func lineNumber(at position: Int) -> Int {
        if position < lineMark.position { lineMark = (0, 1) }
        var line = lineMark.line
        for k in lineMark.position..<min(position, b.count) where b[k] == 0x0A { line += 1 }
        lineMark = (position, line)
        return line
    }

    private mutating func fail(at position: Int? = nil, _ problem: String) -> GlossaryExchangeError {
        GlossaryExchangeError(file: file, line: lineNumber(at: position ?? i), problem: problem)
    }
}
