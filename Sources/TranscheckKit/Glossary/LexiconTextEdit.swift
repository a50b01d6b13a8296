import Foundation
import Yams

/// Insertions into the text of one lexicon file. Everything already in the
/// file — comments, order, quoting, blank lines — stays byte for byte; a new
/// form goes into the list it belongs to (`[a, b]` gains `, c`; a block list
/// gains a line at its indentation), a new language or status gets lines at
/// the indentation its neighbours use, and a new entry is appended.
struct LexiconTextEdit {
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    private(set) var lines: [String]
    private let endsWithNewline: Bool

    init(_ text: String) {
        endsWithNewline = text.isEmpty || text.hasSuffix("\n")
        var split = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if endsWithNewline, split.last == "" { split.removeLast() }
        lines = split
    }

    var text: String { lines.joined(separator: "\n") + (endsWithNewline || !lines.isEmpty ? "\n" : "") }

    /// The entry with this id, if the file has one.
    func entry(_ id: String) throws(Refusal) -> Node.Mapping? {
        for item in try items() {
            guard case .mapping(let mapping) = item else { continue }
            if mapping["id"]?.string == id { return mapping }
        }
        return nil
    }

    /// Adds a rendering to a concept the file holds.
    mutating func addRendering(_ rendering: TermConcept.Rendering, to id: String) throws(Refusal) {
        guard let entry = try entry(id) else { throw Refusal(description: "\(id) is not in this file") }
        let (renderingsKey, renderings) = try value(entry, "renderings", in: id)
        guard case .mapping(let byLanguage) = renderings, !isFlow(renderings) else {
            throw Refusal(description: "renderings of \(id) are not a block mapping; add by hand")
        }
        guard let (languageKey, statuses) = languageEntry(byLanguage, rendering.language) else {
            let indent = byLanguage.first.map { indentation($0.key) } ?? indentation(renderingsKey) + 2
            var block = pad(indent) + rendering.language.tag + ":\n"
            block += LexiconWriter.renderingLines([rendering], indent: indent + 2)
            insert(block, after: blockEnd(renderingsKey))
            return
        }
        guard case .mapping(let statusMap) = statuses, !isFlow(statuses) else {
            throw Refusal(description: "\(rendering.language) renderings of \(id) are not a block mapping; add by hand")
        }
        let statusName = rendering.status.rawValue
        guard let (statusKey, list) = statusMap.first(where: { $0.key.string == statusName }) else {
            let indent = statusMap.first.map { indentation($0.key) } ?? indentation(languageKey) + 2
            // Admitted reads best right after preferred; anything else closes the language block.
            let anchor = rendering.status == .admitted ? statusMap.first(where: { $0.key.string == "preferred" })?.key : nil
            insert(LexiconWriter.renderingLines([rendering], indent: indent), after: blockEnd(anchor ?? languageKey))
            return
        }
        if rendering.status == .deprecated {
            guard case .sequence(let sequence) = list, !isFlow(list), let first = sequence.first else {
                throw Refusal(description: "deprecated renderings of \(id) (\(rendering.language)) are not a block list; add by hand")
            }
            // The item's mapping starts after "- ": its column, less two, less one for a 0-based indent.
            let dash = (column(of: first) ?? indentation(statusKey) + 5) - 3
            insert(LexiconWriter.deprecatedItem(rendering, indent: max(0, dash)), after: blockEnd(statusKey))
            return
        }
        try addToList(list, key: statusKey, LexiconWriter.scalar(rendering.form, inFlow: true), first: false, what: "\(statusName) renderings of \(id)")
    }

    /// Adds a written form to a name entry the file holds; a canonical form goes first.
    mutating func addNameForm(_ form: NameEntry.Form, to id: String) throws(Refusal) {
        guard let entry = try entry(id) else { throw Refusal(description: "\(id) is not in this file") }
        let keyName = form.status == .misspelling ? "misspellings" : "forms"
        guard let (key, mapNode) = entry.first(where: { $0.key.string == keyName }) else {
            // No misspellings yet: a new block right after the forms.
            let (formsKey, _) = try value(entry, "forms", in: id)
            let indent = indentation(formsKey)
            let block = pad(indent) + keyName + ":\n" + pad(indent + 2) + form.language.tag + ": " + LexiconWriter.flow([form.text]) + "\n"
            insert(block, after: blockEnd(formsKey))
            return
        }
        guard case .mapping(let byLanguage) = mapNode, !isFlow(mapNode) else {
            throw Refusal(description: "\(keyName) of \(id) are not a block mapping; add by hand")
        }
        guard let (_, list) = languageEntry(byLanguage, form.language) else {
            let indent = byLanguage.first.map { indentation($0.key) } ?? indentation(key) + 2
            insert(pad(indent) + form.language.tag + ": " + LexiconWriter.flow([form.text]) + "\n", after: blockEnd(key))
            return
        }
        try addToList(list, key: key, LexiconWriter.scalar(form.text, inFlow: true), first: form.status == .canonical, what: "\(keyName) of \(id)")
    }

    /// Appends a whole entry (text from `LexiconWriter`) at the end of the file.
    mutating func append(entry: String) throws(Refusal) {
        let items = try items()
        var entryLines = entry.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if entryLines.last == "" { entryLines.removeLast() }
        // Entries written indented ("  - id:") get the same indentation.
        if let first = items.first, let indent = column(of: first).map({ $0 - 3 }), indent > 0 {
            entryLines = entryLines.map { pad(indent) + $0 }
        }
        if let flowEmpty = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "[]" }), items.isEmpty {
            lines.remove(at: flowEmpty)
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        if !lines.isEmpty { lines.append("") }
        lines += entryLines
    }

    // MARK: - Finding places

    private func items() throws(Refusal) -> [Node] {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch { throw Refusal(description: "the file is not valid YAML (\(error)); run glossary lint") }
        guard let root else { return [] }
        guard case .sequence(let items) = root else { throw Refusal(description: "the file is not a list of entries") }
        return Array(items)
    }

    private func value(_ entry: Node.Mapping, _ name: String, in id: String) throws(Refusal) -> (Node, Node) {
        guard let pair = entry.first(where: { $0.key.string == name }) else { throw Refusal(description: "\(id) has no \(name)") }
        return (pair.key, pair.value)
    }

    private func languageEntry(_ mapping: Node.Mapping, _ language: LanguageTag) -> (Node, Node)? {
        mapping.first { $0.key.string?.lowercased() == language.tag.lowercased() }.map { ($0.key, $0.value) }
    }

    /// Adds an item to a flow list (`[a, b]`) or a block list (`- a` lines).
    private mutating func addToList(_ list: Node, key: Node, _ item: String, first: Bool, what: String) throws(Refusal) {
        guard case .sequence(let sequence) = list, let mark = list.mark else {
            throw Refusal(description: "\(what) are not a list; add by hand")
        }
        if !isFlow(list) {
            guard let firstItem = sequence.first, let itemColumn = column(of: firstItem) else {
                throw Refusal(description: "\(what): empty block list; add by hand")
            }
            let line = pad(max(0, itemColumn - 3)) + "- " + item
            if first { lines.insert(line, at: firstItem.mark!.line - 1) } else { insert(line + "\n", after: blockEnd(key)) }
            return
        }
        guard let (row, open) = bracket(from: mark), let (closeRow, close) = closingBracket(row: row, index: open) else {
            throw Refusal(description: "\(what): cannot find the list's brackets; add by hand")
        }
        if first {
            insertText(sequence.isEmpty ? item : item + ", ", row: row, scalarOffset: open + 1)
        } else {
            insertText(sequence.isEmpty ? item : ", " + item, row: closeRow, scalarOffset: close)
        }
    }

    /// The row and scalar offset of the `[` a flow sequence starts with.
    private func bracket(from mark: Mark) -> (Int, Int)? {
        let row = mark.line - 1
        guard lines.indices.contains(row) else { return nil }
        let scalars = Array(lines[row].unicodeScalars)
        let at = mark.column - 1
        if scalars.indices.contains(at), scalars[at] == "[" { return (row, at) }
        return scalars.firstIndex(of: "[").map { (row, $0) }
    }

    /// The matching `]`, skipping quoted text and nested brackets, possibly on a later line.
    private func closingBracket(row: Int, index: Int) -> (Int, Int)? {
        var depth = 0
        var quote: Unicode.Scalar?
        var r = row, i = index
        while lines.indices.contains(r) {
            let scalars = Array(lines[r].unicodeScalars)
            while i < scalars.count {
                let c = scalars[i]
                if let q = quote {
                    if q == "\"" && c == "\\" { i += 2; continue }
                    if c == q {
                        if q == "'" && i + 1 < scalars.count && scalars[i + 1] == "'" { i += 2; continue }
                        quote = nil
                    }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "[" || c == "{" {
                    depth += 1
                } else if c == "]" || c == "}" {
                    depth -= 1
                    if depth == 0 { return (r, i) }
                } else if c == "#" && (i == 0 || scalars[i - 1] == " ") {
                    break
                }
                i += 1
            }
            r += 1
            i = 0
        }
        return nil
    }

    /// The last content line (0-based) of the block a key opens: following
    /// lines indented deeper than the key, and list items at the key's own
    /// indentation (YAML allows `key:` then `- item` at the same column).
    private func blockEnd(_ key: Node) -> Int {
        let keyRow = key.mark!.line - 1
        let indent = indentation(key)
        var end = keyRow
        var row = keyRow + 1
        while row < lines.count {
            let line = lines[row]
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { row += 1; continue }
            let lineIndent = line.count - trimmed.count
            let ownItem = lineIndent == indent && trimmed.hasPrefix("- ") && !key.isListItemStart(in: lines[keyRow], indent: indent)
            guard lineIndent > indent || ownItem else { break }
            end = row
            row += 1
        }
        return end
    }

    /// Whether a collection is written in flow style (`[…]`, `{…}`): read from the
    /// text, since the composed node does not keep its style.
    private func isFlow(_ node: Node) -> Bool {
        guard let mark = node.mark, lines.indices.contains(mark.line - 1) else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        var i = min(mark.column - 1, scalars.count - 1)
        if i >= 0, scalars[i] == "-" { return false }
        while i >= 0 {
            let c = scalars[i]
            if c == "[" || c == "{" { return true }
            if c == "-" || c == ":" { return false }
            i -= 1
        }
        return false
    }

    private func indentation(_ node: Node) -> Int { (node.mark?.column ?? 1) - 1 }

    private func column(of node: Node?) -> Int? { node?.mark?.column }

    private func pad(_ n: Int) -> String { String(repeating: " ", count: n) }

    private mutating func insert(_ block: String, after row: Int) {
        var new = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if new.last == "" { new.removeLast() }
        lines.insert(contentsOf: new, at: row + 1)
    }

    private mutating func insertText(_ text: String, row: Int, scalarOffset: Int) {
        var scalars = Array(lines[row].unicodeScalars)
        scalars.insert(contentsOf: text.unicodeScalars, at: scalarOffset)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        lines[row] = String(view)
    }
}

extension Node {
    /// Whether the key sits right after a list dash (`- id: x`): then items at
    /// the key's column belong to the outer list, not to the key's block.
    fileprivate func isListItemStart(in line: String, indent: Int) -> Bool {
        let scalars = Array(line.unicodeScalars)
        return indent >= 2 && scalars.count > indent && scalars[indent - 2] == "-"
    }
}
