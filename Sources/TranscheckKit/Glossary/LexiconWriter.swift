/// Writes lexicon entries as YAML in the layout of the bundled files
/// (two-space indent, flow lists for forms, a block list for deprecated
/// renderings), so imported or suggested entries read like hand-written ones.
public enum LexiconWriter {
    /// A whole terms file: an optional header comment, then the concepts.
    public static func termsFile(_ concepts: [TermConcept], header: String? = nil) -> String {
        file(concepts.map { entry($0) }, header: header)
    }

    /// A whole names file: an optional header comment, then the entries.
    public static func namesFile(_ names: [NameEntry], header: String? = nil) -> String {
        file(names.map { entry($0) }, header: header)
    }

    /// One concept as a list item at column 1, ending with a newline.
    public static func entry(_ concept: TermConcept) -> String {
        var out = "- id: \(concept.id)\n"
        if let gloss = concept.gloss { out += "  gloss: \(scalar(gloss))\n" }
        if let pos = concept.partOfSpeech { out += "  pos: \(pos)\n" }
        out += "  renderings:\n"
        for language in languages(concept.renderings.map(\.language)) {
            out += "    \(language.tag):\n"
            out += renderingLines(concept.renderings.filter { $0.language == language }, indent: 6)
        }
        return out
    }

    /// One name entry as a list item at column 1, ending with a newline.
    public static func entry(_ name: NameEntry) -> String {
        var out = "- id: \(name.id)\n  kind: \(name.kind.rawValue)\n"
        if let role = name.role { out += "  role: \(scalar(role))\n" }
        let accepted = name.forms.filter { $0.status != .misspelling }
        let misspelt = name.forms.filter { $0.status == .misspelling }
        out += "  forms:\n"
        for language in languages(accepted.map(\.language)) {
            // The canonical form leads: it is the first of the list.
            let forms = accepted.filter { $0.language == language }.sorted { $0.status < $1.status }
            out += "    \(language.tag): \(flow(forms.map(\.text)))\n"
        }
        if !misspelt.isEmpty {
            out += "  misspellings:\n"
            for language in languages(misspelt.map(\.language)) {
                out += "    \(language.tag): \(flow(misspelt.filter { $0.language == language }.map(\.text)))\n"
            }
        }
        if !name.titles.isEmpty {
            out += "  titles:\n"
            for language in name.titles.keys.sorted() where !(name.titles[language] ?? []).isEmpty {
                out += "    \(language.tag): \(flow(name.titles[language]!))\n"
            }
        }
        return out
    }

    /// The status lines of one language of a concept, at `indent` spaces.
    static func renderingLines(_ renderings: [TermConcept.Rendering], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for status in [TermConcept.Status.preferred, .admitted] {
            let forms = renderings.filter { $0.status == status }.map(\.form)
            if !forms.isEmpty { out += "\(pad)\(status.rawValue): \(flow(forms))\n" }
        }
        let deprecated = renderings.filter { $0.status == .deprecated }
        if !deprecated.isEmpty {
            out += "\(pad)deprecated:\n"
            for rendering in deprecated { out += deprecatedItem(rendering, indent: indent + 2) }
        }
        return out
    }

    /// `- form: …` with its severity and note, at `indent` spaces.
    static func deprecatedItem(_ rendering: TermConcept.Rendering, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return "\(pad)- form: \(scalar(rendering.form))\n"
            + "\(pad)  severity: \((rendering.severity ?? .major).description)\n"
            + "\(pad)  note: \(quoted(rendering.note ?? ""))\n"
    }

    /// `[a, b]`, each item quoted only when YAML needs it.
    static func flow(_ items: [String]) -> String {
        "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    /// The value as a YAML scalar: plain when that reads back as the same
    /// string, double-quoted otherwise.
    public static func scalar(_ value: String, inFlow: Bool = false) -> String {
        isPlainSafe(value, inFlow: inFlow) ? value : quoted(value)
    }

    /// A double-quoted YAML scalar.
    public static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    static func isPlainSafe(_ value: String, inFlow: Bool) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        if inFlow && value.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        if reserved.contains(value.lowercased()) { return false }
        // Anything that YAML could read as a number.
        if Double(value) != nil || value.hasPrefix("0x") || value.hasPrefix("0o") || value.hasPrefix(".") { return false }
        return true
    }

    private static func languages(_ tags: [LanguageTag]) -> [LanguageTag] {
        var seen: Set<LanguageTag> = []
        return tags.filter { seen.insert($0).inserted }
    }

    private static func file(_ entries: [String], header: String?) -> String {
        var out = ""
        if let header {
            for line in header.split(separator: "\n", omittingEmptySubsequences: false) { out += "# \(line)".trimmingTrailingSpaces + "\n" }
            out += "\n"
        }
        out += entries.joined(separator: "\n")
        return out.isEmpty ? "[]\n" : out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
