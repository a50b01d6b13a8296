/// An entry as a glossary file gives it, before it is fitted to the lexicon's rules
/// (a preferred rendering per language, notes on deprecated ones, valid ids).
struct GlossaryDraft {
    struct Term {
        var form: String
        var status: TermConcept.Status?
        var severity: Severity?
        var note: String?
        var line: Int
    }

    struct Language {
        var tag: LanguageTag
        var terms: [Term] = []
        var titles: [String] = []
        var line: Int
    }

    var rawID: String?
    var gloss: String?
    var partOfSpeech: String?
    var kind: NameEntry.Kind?
    var role: String?
    private(set) var languages: [Language] = []
    var line: Int

    init(line: Int) { self.line = line }

    /// The section of a language, created on first use so repeated sections merge.
    mutating func withLanguage(_ tag: LanguageTag, line: Int, _ body: (inout Language) -> Void) {
        if let index = languages.firstIndex(where: { $0.tag == tag }) {
            body(&languages[index])
        } else {
            var language = Language(tag: tag, line: line)
            body(&language)
            languages.append(language)
        }
    }
}

/// Turns drafts into term concepts and name entries, in order, warning about what it drops or guesses.
struct GlossaryDraftBuilder {
    let file: String
    let defaultSeverity: Severity
    private(set) var glossary = ImportedGlossary()
    private var conceptIDs = GlossaryIdentifiers()
    private var nameIDs = GlossaryIdentifiers()

    init(file: String, defaultSeverity: Severity) {
        self.file = file
        self.defaultSeverity = defaultSeverity
    }

    mutating func warn(_ line: Int?, _ message: String) {
        glossary.warnings.append(line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)")
    }

    mutating func add(_ draft: GlossaryDraft) {
        if let kind = draft.kind { addName(draft, kind) } else { addConcept(draft) }
    }

    /// A term with no status is preferred when it comes first in its language, admitted otherwise.
    private func statuses(_ language: GlossaryDraft.Language) -> [TermConcept.Status] {
        language.terms.enumerated().map { index, term in term.status ?? (index == 0 ? .preferred : .admitted) }
    }

    private func location(_ line: Int) -> LexiconLocation { LexiconLocation(file: file, line: line, column: 1) }

    private func idForms(_ draft: GlossaryDraft) -> [(text: String, language: LanguageTag, preferred: Bool)] {
        draft.languages.flatMap { language in
            zip(language.terms, statuses(language)).map { ($0.form, language.tag, $1 == .preferred) }
        }
    }

    private mutating func addConcept(_ draft: GlossaryDraft) {
        var renderings: [TermConcept.Rendering] = []
        for language in draft.languages {
            var seen: Set<String> = []
            var kept: [(GlossaryDraft.Term, TermConcept.Status)] = []
            for (term, status) in zip(language.terms, statuses(language)) {
                guard seen.insert(WordKey.of(term.form)).inserted else {
                    warn(term.line, "\"\(term.form)\" is listed twice for \(language.tag); the repeat is skipped")
                    continue
                }
                kept.append((term, status))
            }
            if !kept.contains(where: { $0.1 == .preferred }) {
                guard let first = kept.firstIndex(where: { $0.1 == .admitted }) else {
                    if !kept.isEmpty {
                        warn(language.line, "\(language.tag) has only deprecated terms and no preferred one; its terms are skipped")
                    }
                    continue
                }
                warn(language.line, "\(language.tag) has no preferred term; \"\(kept[first].0.form)\" is taken as preferred")
                kept[first].1 = .preferred
            }
            for status in TermConcept.Status.allCases {
                for (term, _) in kept.filter({ $0.1 == status }) {
                    var severity: Severity?, note: String?
                    if status == .deprecated {
                        (severity, note) = GlossaryValues.deprecation(note: term.note, severity: term.severity,
                                                                      defaultSeverity: defaultSeverity, file: file)
                    }
                    renderings.append(.init(form: term.form, language: language.tag, status: status, severity: severity,
                                            note: note, location: location(term.line)))
                }
            }
        }
        guard !renderings.isEmpty else {
            warn(draft.line, "entry \(draft.rawID.map { "\"\($0)\" " } ?? "")has no usable terms; skipped")
            return
        }
        let id = conceptIDs.make(from: draft.rawID, forms: idForms(draft))
        glossary.concepts.append(TermConcept(id: id, gloss: draft.gloss, partOfSpeech: draft.partOfSpeech,
                                             renderings: renderings, location: location(draft.line)))
    }

    private mutating func addName(_ draft: GlossaryDraft, _ kind: NameEntry.Kind) {
        var forms: [NameEntry.Form] = []
        var titles: [LanguageTag: [String]] = [:]
        for language in draft.languages {
            var seen: Set<String> = []
            var here: [NameEntry.Form] = []
            for (term, status) in zip(language.terms, statuses(language)) {
                guard seen.insert(term.form).inserted else {
                    warn(term.line, "\"\(term.form)\" is listed twice for \(language.tag); the repeat is skipped")
                    continue
                }
                let hasCanonical = here.contains { $0.status == .canonical }
                let formStatus: NameEntry.Status = switch status {
                case .preferred: hasCanonical ? .admitted : .canonical
                case .admitted: .admitted
                case .deprecated: .misspelling
                }
                here.append(.init(text: term.form, language: language.tag, status: formStatus, location: location(term.line)))
            }
            // A language with accepted forms needs a canonical one; the first accepted form is it.
            if !here.contains(where: { $0.status == .canonical }), let first = here.firstIndex(where: { $0.status == .admitted }) {
                let form = here[first]
                here[first] = .init(text: form.text, language: form.language, status: .canonical, location: form.location, keys: form.keys)
            }
            forms += here.enumerated().sorted { ($0.element.status, $0.offset) < ($1.element.status, $1.offset) }.map(\.element)
            if !language.titles.isEmpty { titles[language.tag, default: []] += language.titles }
        }
        guard !forms.isEmpty else {
            warn(draft.line, "name \(draft.rawID.map { "\"\($0)\" " } ?? "")has no forms; skipped")
            return
        }
        let id = nameIDs.make(from: draft.rawID, forms: idForms(draft))
        glossary.names.append(NameEntry(id: id, kind: kind, role: draft.role ?? draft.gloss, forms: forms, titles: titles,
                                        location: location(draft.line)))
    }
}
