/// A concept of the terms lexicon: per language, the renderings a translator
/// should use (preferred, admitted) and those that shift the meaning
/// (deprecated, each with a severity and a note on what it brings in).
/// The statuses are TBX's.
public struct TermConcept: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable { case preferred, admitted, deprecated }

    public struct Rendering: Sendable, Equatable {
        public let form: String
        public let language: LanguageTag
        public let status: Status
        public let severity: Severity?
        public let note: String?
        public let location: LexiconLocation

        public init(form: String, language: LanguageTag, status: Status, severity: Severity?, note: String?, location: LexiconLocation) {
            self.form = form
            self.language = language
            self.status = status
            self.severity = severity
            self.note = note
            self.location = location
        }
    }

    public let id: String
    public let gloss: String?
    public let partOfSpeech: String?
    public internal(set) var renderings: [Rendering]
    public let location: LexiconLocation

    public init(id: String, gloss: String?, partOfSpeech: String?, renderings: [Rendering], location: LexiconLocation) {
        self.id = id
        self.gloss = gloss
        self.partOfSpeech = partOfSpeech
        self.renderings = renderings
        self.location = location
    }

    public func renderings(in language: LanguageTag, _ status: Status? = nil) -> [Rendering] {
        renderings.filter { $0.language.language == language.language && (status == nil || $0.status == status) }
    }
}

/// Reads `lexicons/terms/*.yml`: a list of
/// `{id, gloss?, pos?, renderings: {lang: {preferred: […], admitted?: […], deprecated?: [{form, severity, note}]}}}`.
enum TermConceptReader {
    static let keys = ["id", "gloss", "pos", "renderings"]
    /// A relational adjective ("regional", "national") classifies by a noun, and translations often write
    /// the noun instead («администрация области», « du pays »).
    static let partsOfSpeech = ["noun", "verb", "adjective", "relational-adjective", "adverb", "phrase"]

    static func read(_ root: Node, _ reader: inout YAMLReader) -> [TermConcept] {
        guard case .sequence(let items) = root else {
            reader.fail(root, "a terms file is a list of concepts (\"- id: …\")")
            return []
        }
        return items.compactMap { concept(from: $0, &reader) }
    }

    private static func concept(from node: Node, _ reader: inout YAMLReader) -> TermConcept? {
        guard let fields = reader.fields(node, "concept", allowed: keys, required: ["id", "renderings"]),
              let idNode = fields["id"], let id = reader.string(idNode, "id"),
              let renderingsNode = fields["renderings"]
        else { return nil }
        guard LexiconIdentifier.isValid(id) else {
            reader.fail(idNode, "id \"\(id)\" must be lower-case ASCII letters, digits and hyphens")
            return nil
        }
        var pos: String?
        if let node = fields["pos"], let value = reader.string(node, "pos") {
            if partsOfSpeech.contains(value) { pos = value } else {
                reader.fail(node, "pos \"\(value)\" is not one of \(partsOfSpeech.joined(separator: ", "))")
            }
        }
        var renderings: [TermConcept.Rendering] = []
        for (language, node) in reader.languages(renderingsNode, "renderings") {
            guard let statuses = reader.fields(node, "renderings for \(language)",
                                               allowed: TermConcept.Status.allCases.map(\.rawValue), required: ["preferred"])
            else { continue }
            var seen: Set<String> = []
            for status in TermConcept.Status.allCases {
                guard let list = statuses[status.rawValue] else { continue }
                for item in items(list, status, &reader) {
                    if !seen.insert(WordKey.of(item.form)).inserted {
                        reader.fail(item.node, "\"\(item.form)\" is listed twice for \(language) in \(id)")
                        continue
                    }
                    if let problem = LexiconScripts.problem(item.form, language: language) {
                        reader.fail(item.node, "\"\(item.form)\" (\(language)) \(problem)")
                    }
                    renderings.append(.init(form: item.form, language: language, status: status, severity: item.severity,
                                            note: item.note, location: reader.location(item.node)))
                }
            }
            if statuses["preferred"].map({ items(in: $0) == 0 }) ?? false {
                reader.fail(node, "\(id) has no preferred rendering for \(language)")
            }
        }
        if renderings.isEmpty { reader.fail(renderingsNode, "\(id) has no renderings") }
        return TermConcept(id: id, gloss: fields["gloss"].flatMap { reader.string($0, "gloss") },
                           partOfSpeech: pos, renderings: renderings, location: reader.location(node))
    }

    private static func items(in node: Node) -> Int {
        if case .sequence(let list) = node { return list.count }
        return 1
    }

    private struct Item { let form: String; let severity: Severity?; let note: String?; let node: Node }

    /// Preferred and admitted renderings are plain values; deprecated ones need form, severity and note.
    private static func items(_ node: Node, _ status: TermConcept.Status, _ reader: inout YAMLReader) -> [Item] {
        guard status == .deprecated else {
            return reader.strings(node, "a rendering").map { Item(form: $0.0, severity: nil, note: nil, node: $0.1) }
        }
        guard case .sequence(let list) = node else {
            reader.fail(node, "deprecated renderings are a list of {form, severity, note}")
            return []
        }
        return list.compactMap { item in
            guard let fields = reader.fields(item, "deprecated rendering", allowed: ["form", "severity", "note"],
                                             required: ["form", "severity", "note"]),
                  let formNode = fields["form"], let form = reader.string(formNode, "form"),
                  let severityNode = fields["severity"], let severityText = reader.string(severityNode, "severity"),
                  let noteNode = fields["note"], let note = reader.string(noteNode, "note")
            else { return nil }
            guard let severity = Severity(name: severityText), severityText == severityText.lowercased() else {
                reader.fail(severityNode, "severity \"\(severityText)\" is not one of info, minor, major, critical")
                return nil
            }
            return Item(form: form, severity: severity, note: note, node: formNode)
        }
    }
}

import Yams
