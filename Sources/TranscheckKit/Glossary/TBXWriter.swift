/// Writes lexicon entries as TBX-Basic in the ISO 30042:2019 structure (DCA style).
/// Terms and names become `conceptEntry`s; names carry their kind as the subject field.
/// The output depends only on the entries, so the same lexicons give the same bytes.
struct TBXWriter {
    private var out = ""

    init() {}

    func write(concepts: [TermConcept], names: [NameEntry]) -> String {
        var writer = self
        writer.out.reserveCapacity(256 * (concepts.count + names.count) + 512)
        writer.line(0, #"<?xml version="1.0" encoding="UTF-8"?>"#)
        writer.line(0, #"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">"#)
        writer.line(1, "<tbxHeader>")
        writer.line(2, "<fileDesc>")
        writer.line(3, "<sourceDesc>")
        writer.line(4, "<p>transcheck lexicons: terms and names</p>")
        writer.line(3, "</sourceDesc>")
        writer.line(2, "</fileDesc>")
        writer.line(1, "</tbxHeader>")
        writer.line(1, "<text>")
        writer.line(2, "<body>")
        for concept in concepts { writer.concept(concept) }
        for name in names { writer.name(name) }
        writer.line(2, "</body>")
        writer.line(1, "</text>")
        writer.line(0, "</tbx>")
        return writer.out
    }

    private mutating func concept(_ concept: TermConcept) {
        line(3, "<conceptEntry id=\"\(Self.escape(concept.id))\">")
        if let gloss = concept.gloss { element(4, "descrip", type: "definition", gloss) }
        // TBX-Basic's part-of-speech picklist has no relational adjective: "adjective", and a note the reader knows.
        if concept.partOfSpeech == "relational-adjective" { line(4, "<note>\(TBXReader.relationalNote)</note>") }
        for language in Self.languages(concept.renderings.map(\.language)) {
            line(4, "<langSec xml:lang=\"\(Self.escape(language.tag))\">")
            for rendering in concept.renderings where rendering.language == language {
                line(5, "<termSec>")
                element(6, "term", rendering.form)
                if let pos = concept.partOfSpeech {
                    // TBX-Basic's part-of-speech picklist has no "phrase"; its termType picklist does.
                    element(6, "termNote", type: "partOfSpeech", pos == "phrase" ? "other" : pos == "relational-adjective" ? "adjective" : pos)
                    if pos == "phrase" { element(6, "termNote", type: "termType", "phrase") }
                }
                element(6, "termNote", type: "administrativeStatus", "\(rendering.status.rawValue)Term-admn-sts")
                if rendering.status == .deprecated {
                    element(6, "note", "[\(rendering.severity ?? .major)] \(rendering.note ?? "")")
                }
                line(5, "</termSec>")
            }
            line(4, "</langSec>")
        }
        line(3, "</conceptEntry>")
    }

    private mutating func name(_ entry: NameEntry) {
        line(3, "<conceptEntry id=\"\(Self.escape(entry.id))\">")
        element(4, "descrip", type: "subjectField", entry.kind.rawValue)
        if let role = entry.role { element(4, "descrip", type: "definition", role) }
        let titleLanguages = entry.titles.keys.filter { !entry.forms.map(\.language).contains($0) }.sorted()
        for language in Self.languages(entry.forms.map(\.language)) + titleLanguages {
            line(4, "<langSec xml:lang=\"\(Self.escape(language.tag))\">")
            for title in entry.titles[language] ?? [] { element(5, "note", "title: \(title)") }
            for form in entry.forms where form.language == language {
                line(5, "<termSec>")
                element(6, "term", form.text)
                let status = switch form.status {
                case .canonical: "preferredTerm-admn-sts"
                case .admitted: "admittedTerm-admn-sts"
                case .misspelling: "deprecatedTerm-admn-sts"
                }
                element(6, "termNote", type: "administrativeStatus", status)
                line(5, "</termSec>")
            }
            line(4, "</langSec>")
        }
        line(3, "</conceptEntry>")
    }

    /// Languages in the order they first appear.
    static func languages(_ tags: [LanguageTag]) -> [LanguageTag] {
        var seen: Set<LanguageTag> = []
        return tags.filter { seen.insert($0).inserted }
    }

    private mutating func line(_ depth: Int, _ text: String) {
        out += String(repeating: "  ", count: depth)
        out += text
        out += "\n"
    }

    /// Text is written with white space collapsed, as the reader reads it, so an export re-imports to itself.
    private mutating func element(_ depth: Int, _ name: String, type: String? = nil, _ text: String) {
        let attribute = type.map { " type=\"\(Self.escape($0))\"" } ?? ""
        line(depth, "<\(name)\(attribute)>\(Self.escape(GlossaryValues.collapsed(text)))</\(name)>")
    }

    /// Escapes text for content and attributes; characters XML 1.0 cannot carry are dropped, not replaced.
    static func escape(_ text: String) -> String {
        var carried = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            if scalar.value != 0xFFFE && scalar.value != 0xFFFF { carried.append(scalar) }
        }
        return XMLText.escape(String(carried))
    }
}
