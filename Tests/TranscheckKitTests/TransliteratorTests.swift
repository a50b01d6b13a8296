import Testing
@testable import TranscheckKit

@Suite("Transliterator")
struct TransliteratorTests {
    let latin = try! Transliterator.named(Transliterator.toLatinASCII)

    @Test("Any-Latin; Latin-ASCII romanises every script")
    func romanise() {
        #expect(latin.transliterate("Галант") == "Galant")
        #expect(latin.transliterate("Энтони Блинкен") == "Entoni Blinken")
        #expect(latin.transliterate("Éléonore") == "Eleonore")
        #expect(latin.transliterate("غالانت").lowercased().hasPrefix("g"))
        #expect(latin.transliterate("גלנט").lowercased().contains("l"))
        #expect(latin.transliterate("Blinken") == "Blinken")
    }

    @Test("Transliterators are compiled once and cached")
    func cached() throws {
        let a = try Transliterator.named(Transliterator.toLatinASCII)
        let b = try Transliterator.named(Transliterator.toLatinASCII)
        #expect(a === b)
    }

    @Test("Custom rules compile and apply")
    func customRules() throws {
        let rules = "дж > dzh; ц > ts; й > y;"
        let t = try Transliterator.compiled(rules: rules, name: "test-ru-names")
        #expect(t.transliterate("джцй") == "dzhtsy")
    }

    @Test("An unknown transliterator ID is an error, not a crash")
    func unknownID() {
        #expect(throws: ICUError.self) { try Transliterator.named("No-Such-Transform") }
    }
}
