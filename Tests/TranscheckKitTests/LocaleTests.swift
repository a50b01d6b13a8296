import Testing
@testable import TranscheckKit

@Suite("Language tags, detection and quotation marks")
struct LocaleTests {
    @Test("Valid BCP 47 tags are accepted and canonicalised", arguments: ["en", "ar", "he", "ru", "fr", "pt-br", "zh-Hant", "es-419"])
    func valid(tag: String) throws {
        let t = try LanguageTag(tag)
        #expect(t.language == String(tag.prefix(2)))
    }

    @Test("Unknown tags are refused", arguments: ["xx", "english", "12", "", "a1", "ру"])
    func invalid(tag: String) {
        #expect(throws: LanguageTag.Invalid.self) { try LanguageTag(tag) }
    }

    @Test("Detection by script and function words", arguments: [
        ("The meetings we are holding are extremely important for the future of the war.", "en"),
        ("Les réunions que nous tenons sont extrêmement importantes pour l'avenir de la guerre.", "fr"),
        ("Las reuniones que estamos celebrando son muy importantes para el futuro de la guerra.", "es"),
        ("Die Treffen, die wir abhalten, sind für die Zukunft des Krieges sehr wichtig.", "de"),
        ("Gli incontri che stiamo tenendo sono molto importanti per il futuro della guerra.", "it"),
        ("As reuniões que estamos a realizar são muito importantes para o futuro da guerra.", "pt"),
        ("Встречи, которые мы проводим, чрезвычайно важны для будущего войны.", "ru"),
        ("الاجتماعات التي نعقدها مهمة للغاية لمستقبل الحرب.", "ar"),
        ("הפגישות שאנו מקיימים חשובות מאוד לעתיד המלחמה.", "he"),
        ("Зустрічі, які ми проводимо, надзвичайно важливі для її майбутнього.", "uk"),
    ])
    func detect(text: String, language: String) {
        #expect(LanguageDetector.detect(text).language == language)
    }

    @Test("Locale quotation delimiters from CLDR")
    func quotes() {
        #expect(QuoteDelimiters(locale: "en").start == "“")
        #expect(QuoteDelimiters(locale: "fr").start == "«")
        #expect(QuoteDelimiters(locale: "ru").start == "«")
        #expect(QuoteDelimiters(locale: "de").start == "„")
        #expect(QuoteDelimiters(locale: "he").start == "”" || QuoteDelimiters(locale: "he").start == "\"")
        #expect(!QuoteDelimiters(locale: "ar").start.isEmpty)
    }
}
