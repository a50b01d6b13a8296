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

    @Test("LatinASCII spells every Latin letter as ICU's Latin-ASCII does, and declines other scripts")
    func latinFold() throws {
        let icu = try Transliterator.named("Latin-ASCII")
        var checked = 0
        for v in UInt32(0xC0)...0x24F {
            guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { continue }
            let letter = String(scalar)
            guard let folded = LatinASCII.fold(letter) else { continue }
            #expect(folded == icu.transliterate(letter), "U+\(String(v, radix: 16)) \(letter)")
            checked += 1
        }
        #expect(checked > 300)
        #expect(LatinASCII.fold("Médecins") == "Medecins")
        #expect(LatinASCII.fold("Straße") == "Strasse")
        #expect(LatinASCII.fold("Łódź") == "Lodz")
        #expect(LatinASCII.fold("l’armée") == "l'armee")
        #expect(LatinASCII.fold("Галант") == nil)
        #expect(LatinASCII.fold("غالانت") == nil)
        #expect(LatinASCII.fold("גלנט") == nil)
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
