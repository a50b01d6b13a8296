import Foundation
import Testing
@testable import TranscheckKit

@Suite("Stemmer")
struct StemmerTests {
    @Test("French inflections share a stem")
    func french() {
        let fr = Stemmer.forLanguage("fr")
        #expect(fr.algorithm == "french")
        #expect(fr.stem("décisives") == fr.stem("décisif"))
        #expect(fr.stem("Guerres") == "guerr")
        #expect(fr.stem("guerre") == "guerr")
        // Decomposed input (e + combining acute) stems like the composed form.
        #expect(fr.stem("de\u{301}cisives") == fr.stem("décisives"))
        #expect(fr.stem("l’État") == fr.stem("l'état"))
    }

    @Test("Russian case endings are removed")
    func russian() {
        let ru = Stemmer(language: "ru")
        #expect(ru.stem("судьбоносными") == ru.stem("судьбоносный"))
        #expect(ru.stem("Судьбоносными") == "судьбоносн")
        #expect(ru.stem("ёлка") == ru.stem("елка"))
    }

    @Test("Arabic: the article and taa marbuta go; harakat and tatweel are dropped first")
    func arabic() {
        let ar = Stemmer(language: LanguageTag(known: "ar"))
        #expect(ar.stem("الحاسمة") == ar.stem("حاسمة"))
        #expect(ar.stem("الحاسمة") == "حاسم")
        #expect(ar.stem("الحرب") == "حرب")
        #expect(ar.stem("بالحرب") == "حرب")
        #expect(ar.stem("الحَرْب") == "حرب")  // harakat
        #expect(ar.stem("الحـــرب") == "حرب")  // tatweel
        // Snowball does not strip the conjunction wa- before the article.
        #expect(ar.stem("والحرب") != "حرب")
    }

    @Test("English and German")
    func englishGerman() {
        let en = Stemmer.forLanguage("en-GB")
        #expect(en.stem("Talks") == en.stem("talk"))
        #expect(en.stem("decisive") == en.stem("decisively"))
        let de = Stemmer.forLanguage("de")
        #expect(de.stem("Berge") == de.stem("Berg"))
        #expect(de.stem("Berg") == "berg")
        #expect(de.stem("groß") == de.stem("gross"))
    }

    @Test("Hebrew has no Snowball algorithm: the stem is the lower-cased word")
    func hebrewIdentity() {
        let he = Stemmer.forLanguage("he")
        #expect(he.isIdentity)
        #expect(he.algorithm == nil)
        #expect(he.stem("המלחמה") == "המלחמה")
        #expect(he.stem("IDF") == "idf")
        #expect(!Stemmer.hasAlgorithm(for: "he"))
        #expect(Stemmer.hasAlgorithm(for: "pt-BR"))
    }

    @Test("Concurrent callers get the same stems")
    func concurrent() async {
        let fr = Stemmer.forLanguage("fr")
        let words = ["décisives", "guerres", "montagnes", "entretiens", "cruciaux", "gouvernement"]
        let expected = words.map(fr.stem)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { (0..<500).flatMap { _ in words.map(fr.stem) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result == Array((0..<500).flatMap { _ in expected })) }
    }
}
