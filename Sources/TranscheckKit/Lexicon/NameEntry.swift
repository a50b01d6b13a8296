/// A person, place or organisation of the names lexicon, with its accepted
/// forms per language and the misspellings the desk has seen.
public struct NameEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case person, place, organisation }

    /// How a written form stands in the lexicon.
    public enum Status: String, Sendable, Comparable {
        case canonical, admitted, misspelling
        public static func < (a: Status, b: Status) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .canonical ? 0 : self == .admitted ? 1 : 2 }
    }

    public struct Form: Sendable, Equatable {
        public let text: String
        public let language: LanguageTag
        public let status: Status
        public let location: LexiconLocation
        /// Word keys, as text tokens are keyed (computed once, kept in the cache).
        public let keys: [String]

        public init(text: String, language: LanguageTag, status: Status, location: LexiconLocation, keys: [String]? = nil) {
            self.text = text
            self.language = language
            self.status = status
            self.location = location
            self.keys = keys ?? NameIndex.wordKeys(of: text)
        }
    }

    public let id: String
    public let kind: Kind
    public let role: String?
    public internal(set) var forms: [Form]
    /// Titles and roles written before the name ("Defence Minister", "وزير الدفاع").
    public internal(set) var titles: [LanguageTag: [String]]
    public let location: LexiconLocation

    public init(id: String, kind: Kind, role: String?, forms: [Form], titles: [LanguageTag: [String]], location: LexiconLocation) {
        self.id = id
        self.kind = kind
        self.role = role
        self.forms = forms
        self.titles = titles
        self.location = location
    }

    /// The form the desk prefers in a language (first listed), falling back to
    /// the language's base tag ("sr" for "sr-Latn").
    public func canonical(in language: LanguageTag) -> String? {
        forms.first { $0.status == .canonical && $0.language == language }?.text
            ?? forms.first { $0.status == .canonical && $0.language.language == language.language }?.text
    }

    /// Accepted forms (canonical and admitted) in a language.
    public func accepted(in language: LanguageTag) -> [String] {
        forms.filter { $0.status != .misspelling && $0.language.language == language.language }.map(\.text)
    }

    /// Whether the lexicon has any form for the language.
    public func covers(_ language: LanguageTag) -> Bool {
        forms.contains { $0.status != .misspelling && $0.language.language == language.language }
    }
}

/// Reads `lexicons/names/*.yml`: a list of entries
/// `{id, kind, role?, forms: {lang: [canonical, admitted…]}, misspellings?: {lang: […]}, titles?: {lang: […]}}`.
enum NameEntryReader {
    static let keys = ["id", "kind", "role", "forms", "misspellings", "titles"]

    static func read(_ root: Node, _ reader: inout YAMLReader) -> [NameEntry] {
        guard case .sequence(let items) = root else {
            reader.fail(root, "a names file is a list of entries (\"- id: …\")")
            return []
        }
        return items.compactMap { entry(from: $0, &reader) }
    }

    private static func entry(from node: Node, _ reader: inout YAMLReader) -> NameEntry? {
        guard let fields = reader.fields(node, "name entry", allowed: keys, required: ["id", "kind", "forms"]),
              let idNode = fields["id"], let id = reader.string(idNode, "id"),
              let kindNode = fields["kind"], let kindText = reader.string(kindNode, "kind"),
              let formsNode = fields["forms"]
        else { return nil }
        guard LexiconIdentifier.isValid(id) else {
            reader.fail(idNode, "id \"\(id)\" must be lower-case ASCII letters, digits and hyphens")
            return nil
        }
        guard let kind = NameEntry.Kind(rawValue: kindText) else {
            reader.fail(kindNode, "kind \"\(kindText)\" is not one of \(NameEntry.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        var forms: [NameEntry.Form] = []
        var seen: Set<String> = []
        func add(_ node: Node, _ status: NameEntry.Status, _ reader: inout YAMLReader) {
            for (language, list) in reader.languages(node, status == .misspelling ? "misspellings" : "forms") {
                for (index, (text, at)) in reader.strings(list, "a name form").enumerated() {
                    let key = language.tag + "\u{1}" + text
                    if !seen.insert(key).inserted {
                        reader.fail(at, "\"\(text)\" is listed twice for \(language) in \(id)")
                        continue
                    }
                    if let problem = LexiconScripts.problem(text, language: language) {
                        reader.fail(at, "\"\(text)\" (\(language)) \(problem)")
                    }
                    let formStatus: NameEntry.Status = status == .misspelling ? .misspelling : index == 0 ? .canonical : .admitted
                    forms.append(.init(text: text, language: language, status: formStatus, location: reader.location(at)))
                }
            }
        }
        add(formsNode, .canonical, &reader)
        if forms.isEmpty { reader.fail(formsNode, "\(id) has no forms") }
        if let misspellings = fields["misspellings"] { add(misspellings, .misspelling, &reader) }
        var titles: [LanguageTag: [String]] = [:]
        if let node = fields["titles"] {
            for (language, list) in reader.languages(node, "titles") {
                titles[language, default: []] += reader.strings(list, "a title").map(\.0)
            }
        }
        let role = fields["role"].flatMap { reader.string($0, "role") }
        return NameEntry(id: id, kind: kind, role: role, forms: forms, titles: titles, location: reader.location(node))
    }
}

enum LexiconIdentifier {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
            && id.first != "-" && id.last != "-"
    }
}

/// Forms written for a language must be in that language's script, so an
/// Arabic entry holding a Latin spelling (a paste error) is caught.
enum LexiconScripts {
    static func problem(_ text: String, language: LanguageTag) -> String? {
        guard let expected = Script.expected(for: language) else { return nil }
        let scripts = Set(text.unicodeScalars.filter { $0.properties.isAlphabetic }.map { Script.of($0) })
        if scripts.contains(expected) { return nil }
        // Roman numerals ("Charles III") and Latin abbreviations are allowed beside the expected script only.
        return "is not written in the \(expected) script"
    }
}

import Yams
