import Foundation
import Testing
import Yams
@testable import TranscheckKit

/// The terminology desk's commands as a library: finding entries in any
/// language, adding to lexicon files without disturbing them, and learning
/// proposals from a checked pair.
@Suite("Glossary")
struct GlossaryTests {
    static let bundled = try! Lexicons.load(Lexicons.folders(adding: []))

    // MARK: - find

    @Test("Gallant is found from Latin, Cyrillic, Arabic and Hebrew spellings, and from the Galanat misspelling",
          arguments: ["Галант", "Galanat", "غالانت", "גלנט", "Yoav Gallant", "Йоав Галант"])
    func findsGallant(_ query: String) {
        let hits = GlossaryFinder(lexicons: Self.bundled).find(query)
        #expect(hits.first?.id == "yoav-gallant", "\(query): \(hits.prefix(3).map(\.id))")
    }

    @Test("An unlisted spelling still finds the name through the cross-script matcher")
    func findsUnlistedSpelling() {
        let hits = GlossaryFinder(lexicons: Self.bundled).find("Гэллант")
        #expect(hits.contains { $0.id == "yoav-gallant" && $0.match == .name })
    }

    @Test("Inflected renderings find their concept through the rendering language's stemmer",
          arguments: [("décisives", "critical"), ("судьбоносными", "critical"), ("cruciales", "critical"), ("militants", "militants")])
    func findsByStem(_ query: String, _ concept: String) {
        let hits = GlossaryFinder(lexicons: Self.bundled).find(query)
        #expect(hits.contains { $0.id == concept }, "\(query): \(hits.map(\.id))")
    }

    @Test("Nothing is found for a word no entry holds")
    func findsNothing() {
        #expect(GlossaryFinder(lexicons: Self.bundled).find("xylophonist").isEmpty)
    }

    // MARK: - editing text

    static let terms = """
    # Evaluative words.

    # Why critical is here.
    - id: critical
      gloss: of the greatest importance
      renderings:
        en:
          preferred: [critical]   # the wire word
          admitted: [crucial]
        fr:
          # AFP usage
          preferred: [crucial]
          deprecated:
            - form: décisif
              severity: major
              note: "means 'decisive'"

    # Next entry.
    - id: enduring
      renderings:
        en:
          preferred:
            - enduring
    """

    static func read(_ text: String, kind: String) -> (Lexicons, [LexiconError]) {
        Lexicons.read([URL(fileURLWithPath: "/glossary-test")], overriding: ["/glossary-test/\(kind)/t.yml": text])
    }

    static func rendering(_ form: String, _ language: String, _ status: TermConcept.Status,
                          _ severity: Severity? = nil, _ note: String? = nil) -> TermConcept.Rendering {
        .init(form: form, language: Fixtures.tag(language), status: status, severity: severity, note: note,
              location: LexiconLocation(file: "test", line: 1, column: 1))
    }

    @Test("New renderings join their lists (flow and block), new statuses and languages get lines; every other line stays")
    func editsKeepTheFile() throws {
        var edit = LexiconTextEdit(Self.terms)
        try edit.addRendering(Self.rendering("capital", "fr", .admitted), to: "critical")
        try edit.addRendering(Self.rendering("déterminant", "fr", .deprecated, .major, "means 'determining'"), to: "critical")
        try edit.addRendering(Self.rendering("vital", "en", .admitted), to: "critical")
        try edit.addRendering(Self.rendering("بالغ الأهمية", "ar", .preferred), to: "critical")
        try edit.addRendering(Self.rendering("критически важный", "ru", .preferred), to: "critical")
        try edit.addRendering(Self.rendering("קריטי", "he", .preferred), to: "critical")
        try edit.addRendering(Self.rendering("lasting", "en", .admitted), to: "enduring")
        try edit.addRendering(Self.rendering("permanent", "en", .deprecated, .major, "asserts it never ends"), to: "enduring")
        let (lexicons, errors) = Self.read(edit.text, kind: "terms")
        #expect(errors.isEmpty, "\(errors)")
        let critical = try #require(lexicons.terms.first { $0.id == "critical" })
        #expect(critical.renderings(in: Fixtures.tag("fr")).map(\.form) == ["crucial", "capital", "décisif", "déterminant"])
        #expect(critical.renderings(in: Fixtures.tag("en"), .admitted).map(\.form) == ["crucial", "vital"])
        for (language, form) in [("ar", "بالغ الأهمية"), ("ru", "критически важный"), ("he", "קריטי")] {
            #expect(critical.renderings(in: Fixtures.tag(language), .preferred).map(\.form) == [form])
        }
        let enduring = try #require(lexicons.terms.first { $0.id == "enduring" })
        #expect(enduring.renderings(in: Fixtures.tag("en")).map(\.form) == ["enduring", "lasting", "permanent"])
        // Every original line is still there, in order (a flow list only grows before its bracket).
        let original = Self.terms.split(separator: "\n", omittingEmptySubsequences: false)
        let edited = edit.text.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        for line in edited where i < original.count
            && (line == original[i] || (original[i].hasSuffix("]") && line.hasPrefix(original[i].dropLast()))) { i += 1 }
        #expect(i == original.count, "original line \(i + 1) lost or changed: \(i < original.count ? String(original[i]) : "")")
        #expect(edit.text.contains("preferred: [critical]   # the wire word"))
        #expect(edit.text.contains("admitted: [crucial, vital]"))
    }

    @Test("A name's canonical form goes first, a misspelling into a new misspellings block")
    func nameForms() throws {
        let names = """
        - id: yoav-gallant
          kind: person
          forms:
            en: [Yoav Gallant, Gallant]
            ru: [Йоав Галант, Галант]
          titles:
            en: [Defence Minister]
        """
        var edit = LexiconTextEdit(names)
        let here = LexiconLocation(file: "t", line: 1, column: 1)
        try edit.addNameForm(.init(text: "Галантт", language: Fixtures.tag("ru"), status: .misspelling, location: here), to: "yoav-gallant")
        try edit.addNameForm(.init(text: "Yoav Galant", language: Fixtures.tag("fr"), status: .canonical, location: here), to: "yoav-gallant")
        try edit.addNameForm(.init(text: "Йоав Галлант", language: Fixtures.tag("ru"), status: .canonical, location: here), to: "yoav-gallant")
        try edit.addNameForm(.init(text: "غالانط", language: Fixtures.tag("ar"), status: .misspelling, location: here), to: "yoav-gallant")
        let (lexicons, errors) = Self.read(edit.text, kind: "names")
        #expect(errors.isEmpty, "\(errors)")
        let entry = try #require(lexicons.names.first)
        #expect(entry.canonical(in: Fixtures.tag("ru")) == "Йоав Галлант")
        #expect(entry.canonical(in: Fixtures.tag("fr")) == "Yoav Galant")
        #expect(entry.forms.filter { $0.status == .misspelling }.map(\.text) == ["Галантт", "غالانط"])
        #expect(entry.titles[Fixtures.tag("en")] == ["Defence Minister"])
    }

    @Test("Values YAML would misread are quoted, and read back as written")
    func scalars() throws {
        for value in ["yes", "no", "null", "1.5", "a: b", "#tag", "[x]", "it's", "\"quoted\"", "- dash", "Jean-Pierre", "بالغ الأهمية", "l'armée"] {
            let yaml = "k: " + LexiconWriter.scalar(value) + "\nl: " + LexiconWriter.flow([value]) + "\n"
            let node = try #require(try Yams.compose(yaml: yaml))
            #expect(node["k"]?.string == value, "\(value) → \(yaml)")
            #expect(node["l"]?.sequence?.first?.string == value, "\(value) → \(yaml)")
        }
    }

    // MARK: - the editor: lint before write, refusals, routing

    static func folder(_ files: [String: String]) throws -> URL {
        try LexiconTests.folder(files)
    }

    @Test("A form in the wrong script is refused with the linter's reason and the file is untouched")
    func refusesWrongScript() throws {
        let dir = try Self.folder(["terms/t.yml": Self.terms])
        let file = dir.appendingPathComponent("terms/t.yml")
        let change = GlossaryEditor.Change.concept(TermConcept(id: "critical", gloss: nil, partOfSpeech: nil,
                                                               renderings: [Self.rendering("critical", "ar", .admitted)],
                                                               location: LexiconLocation(file: "t", line: 1, column: 1)))
        #expect {
            try GlossaryEditor(folders: [dir]).apply([change], to: file)
        } throws: { ($0 as? GlossaryEditor.Refusal)?.reasons.joined().contains("not written in the Arab script") == true }
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.terms)
    }

    @Test("A form listed under another status is refused; the same form again is reported as present")
    func statusConflict() throws {
        let dir = try Self.folder(["terms/t.yml": Self.terms])
        let file = dir.appendingPathComponent("terms/t.yml")
        let editor = GlossaryEditor(folders: [dir])
        func change(_ status: TermConcept.Status) -> GlossaryEditor.Change {
            .concept(TermConcept(id: "critical", gloss: nil, partOfSpeech: nil,
                                 renderings: [Self.rendering("décisif", "fr", status, status == .deprecated ? .major : nil, status == .deprecated ? "means 'decisive'" : nil)],
                                 location: LexiconLocation(file: "t", line: 1, column: 1)))
        }
        #expect(throws: GlossaryEditor.Refusal.self) { try editor.apply([change(.admitted)], to: file) }
        let outcome = try editor.apply([change(.deprecated)], to: file)
        #expect(outcome.first?.added.isEmpty == true && outcome.first?.present.count == 1)
    }

    @Test("An id defined in another file of the folder is added there, keeping one definition per folder")
    func routesToDefiningFile() throws {
        let dir = try Self.folder(["terms/evaluation.yml": Self.terms])
        let desk = dir.appendingPathComponent("terms/desk.yml")
        let change = GlossaryEditor.Change.concept(TermConcept(id: "enduring", gloss: nil, partOfSpeech: nil,
                                                               renderings: [Self.rendering("durable", "fr", .preferred)],
                                                               location: LexiconLocation(file: "t", line: 1, column: 1)))
        let outcomes = try GlossaryEditor(folders: [dir]).apply([change], to: desk)
        #expect(outcomes.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["evaluation.yml"])
        #expect(!FileManager.default.fileExists(atPath: desk.path))
        #expect(Lexicons.lint([dir]).isEmpty)
    }

    // MARK: - suggest

    /// The bundled lexicons as they were before the desk learnt from the Arabic outlet:
    /// without the Galanat misspelling and without "decisive" under critical.
    static func lexiconsBeforeTheSeed() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-desk-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("lexicons"), to: dir)
        let names = dir.appendingPathComponent("names/people-leaders.yml")
        var text = try String(contentsOf: names, encoding: .utf8)
        let misspelling = "  misspellings:\n    en: [Galanat]\n"
        #expect(text.contains(misspelling))
        text = text.replacingOccurrences(of: misspelling, with: "")
        try text.write(to: names, atomically: true, encoding: .utf8)
        let terms = dir.appendingPathComponent("terms/evaluation.yml")
        var evaluation = try String(contentsOf: terms, encoding: .utf8)
        let decisive = "        - form: decisive\n          severity: major\n          note: \"asserts that it settles the outcome; 'critical' only says that much depends on it\"\n"
        #expect(evaluation.contains(decisive))
        evaluation = evaluation.replacingOccurrences(of: decisive, with: "")
        try evaluation.write(to: terms, atomically: true, encoding: .utf8)
        return dir
    }

    @Test("suggest on Reuters vs the Arabic outlet proposes the Galanat misspelling and critical → decisive, as lexicon text that lints")
    func suggestsFromTheSeedPair() throws {
        let dir = try Self.lexiconsBeforeTheSeed()
        let lexicons = try Lexicons.load([dir], languages: ["en"])
        let report = try PairChecker(lexicons: lexicons).check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet)
        let suggestions = GlossarySuggester(lexicons: lexicons).suggestions(for: report)
        #expect(suggestions.contains { s in
            if case .name(let e) = s.change { return e.id == "yoav-gallant" && e.forms.contains { $0.text == "Galanat" && $0.status == .misspelling } }
            return false
        }, "\(suggestions.map(\.summary))")
        #expect(suggestions.contains { s in
            if case .concept(let c) = s.change { return c.id == "critical" && c.renderings.contains { $0.form == "decisive" && $0.status == .deprecated } }
            return false
        }, "\(suggestions.map(\.summary))")
        // The output is a lexicon folder the linter accepts, beside the lexicons it extends.
        let out = try Self.folder(["names/suggested.yml": GlossarySuggester.yaml(suggestions, kind: "names"),
                                   "terms/suggested.yml": GlossarySuggester.yaml(suggestions, kind: "terms")])
        #expect(Lexicons.lint([dir, out]).isEmpty, "\(Lexicons.lint([dir, out]))")
        // With the bundled lexicons, which hold both, neither is proposed again.
        let full = try Lexicons.load(Lexicons.folders(adding: []), languages: ["en"])
        let again = GlossarySuggester(lexicons: full).suggestions(for: try PairChecker(lexicons: full).check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet))
        #expect(!again.contains { $0.summary.contains("Galanat") || $0.summary.contains("\"decisive\"") }, "\(again.map(\.summary))")
    }

    @Test("Across scripts, misspelt names are proposed in their base form: no Arabic proclitic, no Russian case ending",
          arguments: [("ar", "بريت ماكغوك"), ("ru", "Голант")])
    func suggestsBaseForms(_ language: String, _ expected: String) throws {
        let lexicons = try Lexicons.load(Lexicons.folders(adding: []), languages: ["en", language])
        let report = try PairChecker(lexicons: lexicons).check(sourcePath: Fixtures.reuters, targetPath: Fixtures.corpus("translations/reuters.\(language).planted.txt"))
        let summaries = GlossarySuggester(lexicons: lexicons).suggestions(for: report).map(\.summary)
        #expect(summaries.contains { $0.hasPrefix("\"\(expected)\"") }, "\(summaries)")
    }

    @Test("Name base forms drop the affixes running text adds")
    func baseForms() {
        #expect(GlossarySuggester.baseForm("وبريت ماكغوك", language: Fixtures.tag("ar"), like: "بريت ماكغورك") == "بريت ماكغوك")
        #expect(GlossarySuggester.baseForm("Хокстайном", language: Fixtures.tag("ru"), like: "Хохштейн") == "Хокстайн")
        #expect(GlossarySuggester.baseForm("Galanat", language: Fixtures.tag("en"), like: "Gallant") == "Galanat")
    }
}
