import Testing
@testable import TranscheckKit

@Suite("Segmentation")
struct SegmenterTests {
    func sentences(_ text: String, _ language: String) -> [String] {
        Segmenter(language: Fixtures.tag(language)).document(TextFile(path: "x", text: text)).sentences.map(\.text)
    }

    @Test("English abbreviations do not end sentences, but a sentence after them starts")
    func english() {
        #expect(sentences("U.S. Secretary of State Antony Blinken met Dr. Smith on Oct. 7 in Washington.", "en").count == 1)
        #expect(sentences("He met Blinken at 1 p.m. A small group of protesters chanted.", "en")
                == ["He met Blinken at 1 p.m.", "A small group of protesters chanted."])
        #expect(sentences("The aid came from the U.S. The talks went on.", "en").count == 2)
        #expect(sentences("Mr. Miller said so. He left.", "en").count == 2)
    }

    @Test("French, Russian, Arabic and Hebrew")
    func otherLanguages() {
        #expect(sentences("M. Blinken a rencontré M. Gallant. Ils ont parlé de Gaza.", "fr").count == 2)
        #expect(sentences("Г-н Блинкен встретился с Галантом. Они обсудили Газу.", "ru").count == 2)
        #expect(sentences("Об этом сообщил, т.е. подтвердил, министр. Он уехал.", "ru").count == 2)
        #expect(sentences("قال د. أحمد إن المحادثات مهمة. وأضاف أنها مستمرة.", "ar").count == 2)
        #expect(sentences("ד\"ר כהן אמר כי השיחות חשובות. הוא הוסיף שהן נמשכות.", "he").count == 2)
    }

    @Test("A line break always ends a sentence; blank lines separate paragraphs")
    func lines() {
        let doc = Segmenter(language: Fixtures.tag("en")).document(TextFile(path: "x", text: "Headline Without Period\nFirst line. Second\n\nNew paragraph."))
        #expect(doc.sentences.map(\.text) == ["Headline Without Period", "First line.", "Second", "New paragraph."])
        #expect(doc.sentences.map(\.paragraph) == [0, 0, 0, 1])
    }

    @Test("Tokens are words and numbers, with numbers recognised in any script")
    func tokens() {
        let doc = Segmenter(language: Fixtures.tag("ar")).document(TextFile(path: "x", text: "قتل ١٬٢٠٠ شخص."))
        #expect(doc.tokens.map(\.text) == ["قتل", "١٬٢٠٠", "شخص"])
        #expect(doc.tokens[1].kind == .number)
    }
}
