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
}
