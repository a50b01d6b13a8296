import Testing
@testable import TranscheckKit

@Suite("Finding word-list phrases in sentences")
struct PhraseFinderTests {
    func tokens(_ text: String, _ language: String) -> [Token] {
        Segmenter(language: Fixtures.tag(language)).document(TextFile(path: "x", text: text)).tokens
    }

    func found(_ list: [String], in text: String, _ language: String, useStems: Bool = true) -> [String] {
        let words = tokens(text, language)
        return PhraseFinder(list, language: language, useStems: useStems).find(in: words).map { hit in
            words[hit.tokens].map(\.text).joined(separator: " ")
        }
    }

    @Test("Clitics, elision, Hebrew prefixes and inflection still find the listed word")
    func forms() {
        #expect(found(["قال"], in: "وقال المتحدث إن المحادثات مستمرة.", "ar") == ["وقال"])
        #expect(found(["critique"], in: "Des discussions critiques, l'accord critique.", "fr") == ["critiques", "critique"])
        #expect(found(["судьбоносный"], in: "Эти переговоры были судьбоносными.", "ru") == ["судьбоносными"])
        #expect(found(["כיבוש"], in: "הוא התנגד לכיבוש הרצועה.", "he") == ["לכיבוש"])
    }

    @Test("An English -ly adverb of a scale list is not its adjective: 'highly' is not 'high'")
    func lyAdverbs() {
        let words = tokens("Morale was very high, and the talks were highly successful.", "en")
        let hits = ScaleLexicon.of("en").intensityFinder.find(in: words).map { words[$0.tokens].map(\.text).joined(separator: " ") }
        #expect(hits == ["very", "highly"], "\(hits)")
    }

    @Test("The longest phrase wins and each word is used once")
    func longestFirst() {
        #expect(found(["very", "very important", "important"], in: "It is very important and important.", "en")
                == ["very important", "important"])
        #expect(found(["не", "не менее"], in: "Погибли не менее 20 человек, не раненые.", "ru", useStems: false)
                == ["не менее", "не"])
    }

    @Test("Closed lists do not match by stem")
    func noStems() {
        // French "personnes" (people) is not the negation "personne" (nobody).
        #expect(found(["personne"], in: "Trois personnes sont mortes.", "fr", useStems: false).isEmpty)
        #expect(found(["personne"], in: "Personne n'est mort.", "fr", useStems: false) == ["Personne"])
    }

    @Test("A sentence read before a word list existed still finds the list's words")
    func laterList() {
        // Words of this sentence are numbered now, before the list below adds its own words.
        let words = tokens("Ответ был совершенно исключительным, сказал гзфвыхъ.", "ru")
        let sentence = SentenceWords(words, language: "ru")
        let finder = PhraseFinder(["гзфвыхъ", "исключительный"], language: "ru")
        let hits = finder.find(in: words, words: sentence).map { words[$0.tokens].map(\.text).joined(separator: " ") }
        #expect(hits == ["исключительным", "гзфвыхъ"])
    }

    @Test("A term index read back from the derived-table cache finds what a fresh one finds")
    func termIndexCache() {
        let at = LexiconLocation(file: "test.yml", line: 1, column: 1)
        func concept(_ id: String, _ forms: [(String, String, TermConcept.Status)]) -> TermConcept {
            TermConcept(id: id, gloss: nil, partOfSpeech: nil, renderings: forms.map {
                .init(form: $0.1, language: Fixtures.tag($0.0), status: $0.2, severity: nil, note: nil, location: at)
            }, location: at)
        }
        let concepts = [
            concept("critical", [("ar", "حاسم", .deprecated), ("ar", "بالغ الأهمية", .preferred), ("ru", "критический", .preferred),
                                 ("ru", "судьбоносный", .deprecated), ("he", "קריטי", .preferred), ("fr", "critique", .preferred),
                                 ("fr", "décisif", .deprecated)]),
            concept("post-war", [("fr", "d'après-guerre", .preferred), ("ru", "послевоенный", .preferred)]),
        ]
        let cases = [("ar", "وقال إن الاتفاق بالغ الأهمية وحاسم.", ["بالغ الأهمية", "وحاسم"]),
                     ("ru", "Переговоры были судьбоносными и критическими для послевоенного порядка.",
                      ["судьбоносными", "критическими", "послевоенного"]),
                     ("he", "המצב קריטי, אמר.", ["קריטי"]),
                     ("fr", "Des discussions décisives pour l'ordre d'après-guerre.", ["décisives", "d'après guerre"])]
        for (language, text, expected) in cases {
            let words = tokens(text, language)
            // The first index may derive and store the table; the second reads it back.
            let found = (0..<2).map { _ in
                TermIndex(concepts: concepts, language: Fixtures.tag(language)).find(in: words)
                    .map { words[$0.tokens].map(\.text).joined(separator: " ") }
            }
            #expect(found[0] == found[1], "\(language)")
            #expect(found[1] == expected, "\(language): \(found[1])")
        }
    }

    @Test("An Arabic relational adjective is not the noun it is made from: «الأرضية» ('ground') is not «أرضه» ('his land')")
    func arabicRelationalAdjective() {
        let at = LexiconLocation(file: "test.yml", line: 1, column: 1)
        let concepts = [TermConcept(id: "houses", gloss: nil, partOfSpeech: "noun", renderings: [
            .init(form: "منازل", language: Fixtures.tag("ar"), status: .preferred, severity: nil, note: nil, location: at),
            .init(form: "أرضه", language: Fixtures.tag("ar"), status: .deprecated, severity: nil, note: nil, location: at),
            .init(form: "دولة", language: Fixtures.tag("ar"), status: .deprecated, severity: nil, note: nil, location: at),
        ], location: at)]
        let index = TermIndex(concepts: concepts, language: Fixtures.tag("ar"))
        func found(_ text: String) -> [String] {
            let words = tokens(text, "ar")
            return index.find(in: words).map { words[$0.tokens].map(\.text).joined(separator: " ") }
        }
        #expect(found("ودخلت المياه الطوابق الأرضية لبعض المنازل.") == ["المنازل"])
        #expect(found("وقالت المنظمة الدولية إن الأسر فقدت منازلها.").allSatisfy { $0 != "الدولية" })
        // The noun itself, with a clitic, is still found.
        #expect(found("وقال إنه فقد أرضه.") == ["أرضه"])
        #expect(found("وقال إن الدولة تدخلت.") == ["الدولة"])
    }
}
