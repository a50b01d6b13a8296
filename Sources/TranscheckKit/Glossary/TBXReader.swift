/// Reads TBX into lexicon entries: ISO 30042:2019 (`tbx`/`conceptEntry`/`langSec`/`termSec`),
/// TBX v2 (`martif`/`termEntry`/`langSet`/`tig` or `ntig`) and the DCT style of TBX-Min
/// (data categories as element names, `<usage>`), in any namespace.
struct TBXReader {
    typealias Element = SafeXMLReader.Element

    let file: String
    let defaultSeverity: Severity

    static let conceptElements: Set<String> = ["conceptEntry", "termEntry", "entry"]
    static let languageElements: Set<String> = ["langSec", "langSet", "langGroup"]
    static let termElements: Set<String> = ["termSec", "tig", "ntig", "termGroup"]
    /// Elements whose `type` attribute names the data category (DCA style); elsewhere the element name does.
    static let typedElements: Set<String> = ["descrip", "termNote", "admin"]
    static let nameKinds: [String: NameEntry.Kind] = ["person": .person, "place": .place, "organisation": .organisation,
                                                      "organization": .organisation]

    func read(_ root: Element) throws(GlossaryExchangeError) -> ImportedGlossary {
        guard ["tbx", "martif"].contains(root.name.lowercased()) else {
            throw GlossaryExchangeError(file: file, line: root.line, problem: "not a TBX file: the root element is <\(root.name)>, not <tbx> or <martif>")
        }
        var builder = GlossaryDraftBuilder(file: file, defaultSeverity: defaultSeverity)
        var concepts: [Element] = []
        Self.walk(root, stoppingAt: Self.conceptElements) { if Self.conceptElements.contains($0.name) { concepts.append($0) } }
        for concept in concepts { builder.add(draft(concept, &builder)) }
        return builder.glossary
    }

    /// The concept note that makes an adjective a relational one (see TBXWriter).
    static let relationalNote = "relational adjective"

    /// The data category an element carries: `<descrip type="definition">` and `<definition>` both say "definition".
    static func category(_ element: Element) -> String {
        typedElements.contains(element.name) ? element["type"] ?? element.name : element.name
    }

    /// Visits the descendants of an element in document order, not entering those named in `stop`.
    static func walk(_ element: Element, stoppingAt stop: Set<String>, _ visit: (Element) -> Void) {
        var pending = Array(element.children.reversed())
        while let next = pending.popLast() {
            visit(next)
            if !stop.contains(next.name) { pending += next.children.reversed() }
        }
    }

    private func draft(_ concept: Element, _ builder: inout GlossaryDraftBuilder) -> GlossaryDraft {
        var draft = GlossaryDraft(line: concept.line)
        draft.rawID = concept["id"]
        var subjectField: String?, relational = false
        var languageSections: [Element] = []
        Self.walk(concept, stoppingAt: Self.languageElements) { element in
            if Self.languageElements.contains(element.name) { languageSections.append(element); return }
            switch Self.category(element) {
            case "subjectField": subjectField = subjectField ?? GlossaryValues.collapsed(element.text)
            case "definition": draft.gloss = draft.gloss ?? GlossaryValues.collapsed(element.text)
            case "note": relational = relational || GlossaryValues.collapsed(element.text).lowercased() == Self.relationalNote
            default: break
            }
        }
        var languageDefinitions: [(LanguageTag, String)] = []
        var partsOfSpeech: [String] = []
        for section in languageSections {
            let raw = section["xml:lang"] ?? section["lang"] ?? ""
            guard let tag = try? LanguageTag(raw) else {
                builder.warn(section.line, "language \"\(raw)\" is not a valid language tag; its terms are skipped")
                continue
            }
            var titles: [String] = []
            var terms: [GlossaryDraft.Term] = []
            Self.walk(section, stoppingAt: Self.termElements) { element in
                if Self.termElements.contains(element.name) {
                    if let term = self.term(element, &builder, &partsOfSpeech) { terms.append(term) }
                    return
                }
                switch Self.category(element) {
                case "definition": languageDefinitions.append((tag, GlossaryValues.collapsed(element.text)))
                case "note":
                    let note = GlossaryValues.collapsed(element.text)
                    if note.lowercased().hasPrefix("title:") { titles.append(note.dropFirst(6).description.trimmingSpaces) }
                default: break
                }
            }
            draft.withLanguage(tag, line: section.line) { language in
                language.terms += terms
                language.titles += titles
            }
        }
        // TBX-Basic often puts the definition in a language section; the English one is the gloss.
        draft.gloss = draft.gloss ?? (languageDefinitions.first { $0.0.language == "en" } ?? languageDefinitions.first)?.1
        draft.partOfSpeech = partsOfSpeech.first
        // TBX-Basic has no relational adjective: the writer says "adjective" and a note on the concept.
        if relational, draft.partOfSpeech == "adjective" { draft.partOfSpeech = "relational-adjective" }
        if let subjectField, let kind = Self.nameKinds[subjectField.lowercased()] {
            draft.kind = kind
            draft.role = draft.gloss
        }
        return draft
    }

    private func term(_ section: Element, _ builder: inout GlossaryDraftBuilder, _ partsOfSpeech: inout [String]) -> GlossaryDraft.Term? {
        var form: String?, status: TermConcept.Status?, notes: [String] = [], pos: String?, termType: String?
        var line = section.line
        Self.walk(section, stoppingAt: []) { element in
            switch Self.category(element) {
            case "term" where form == nil:
                form = GlossaryValues.collapsed(element.text)
                line = element.line
            case "administrativeStatus", "usage", "termStatus":
                let value = GlossaryValues.collapsed(element.text)
                if let known = GlossaryValues.status(value) { status = known } else {
                    builder.warn(element.line, "status \"\(value)\" is not known; read as no status")
                }
            case "partOfSpeech": pos = pos ?? GlossaryValues.partOfSpeech(element.text)
            case "termType": termType = element.text.trimmingSpaces
            case "note": notes.append(GlossaryValues.collapsed(element.text))
            default: break
            }
        }
        guard let form, !form.isEmpty else {
            builder.warn(section.line, "<\(section.name)> has no term; skipped")
            return nil
        }
        // TBX-Basic has no "phrase" part of speech; the writer says termType phrase instead.
        if let found = pos ?? (termType == "phrase" ? "phrase" : nil) { partsOfSpeech.append(found) }
        let note = notes.filter { !$0.isEmpty }.joined(separator: "; ")
        return GlossaryDraft.Term(form: form, status: status, severity: nil, note: note.isEmpty ? nil : note, line: line)
    }
}
