import Testing
@testable import TranscheckKit

/// Names found in running text: lexicon forms in any script and with any
/// affixes, capitalised runs without their titles.
@Suite("Name mentions")
struct NameMentionTests {
    static let checker = PairChecker()

    /// (text, lexicon id or "?") of each mention of the first sentence.
    static func mentions(_ text: String, _ language: String) -> [String] {
        let doc = checker.analyze(TextFile(path: "inline.txt", text: text), language: Fixtures.tag(language))
        return (doc.facts.first?.names ?? []).map { m in "\(m.text)=\(m.entry.map { checker.names.entries[$0].id } ?? "?")" }
    }

    @Test("English: titles are not part of the name; lexicon and unknown names are both found")
    func english() {
        #expect(Self.mentions("Secretary of State Antony Blinken met Defence Minister Yoav Gallant and Pierre-Yves Dumont.", "en")
                == ["Antony Blinken=antony-blinken", "Yoav Gallant=yoav-gallant", "Pierre-Yves Dumont=?"])
        #expect(Self.mentions("The talks in Gaza ended; Gallant's office said so.", "en") == ["Gaza=gaza-strip", "Gallant's=yoav-gallant"])
    }

    @Test("French: honorific M. and elision are dropped")
    func french() {
        #expect(Self.mentions("M. Blinken s'est entretenu avec M. Gallant à propos d'Israël.", "fr")
                == ["Blinken=antony-blinken", "Gallant=yoav-gallant", "d'Israël=israel"])
    }

    @Test("Arabic: names behind proclitics, no capitals needed; short words are not names")
    func arabic() {
        #expect(Self.mentions("والتقى بلينكن بغالانت في واشنطن، وهما من كبار المسؤولين.", "ar")
                == ["بلينكن=antony-blinken", "بغالانت=yoav-gallant", "واشنطن=washington"])
    }

    @Test("Hebrew: names behind prefixes")
    func hebrew() {
        #expect(Self.mentions("בלינקן אמר לגלנט כי ארה״ב תומכת בישראל.", "he").prefix(2) == ["בלינקן=antony-blinken", "לגלנט=yoav-gallant"])
    }

    @Test("Russian: case endings reduce to the lexicon form")
    func russian() {
        #expect(Self.mentions("Энтони Блинкен встретился с Йоавом Галантом в Вашингтоне.", "ru")
                == ["Энтони Блинкен=antony-blinken", "Йоавом Галантом=yoav-gallant", "Вашингтоне=washington"])
    }

    @Test("A lexicon name written with a capital is not matched in lower case in cased scripts")
    func casing() {
        #expect(!Self.mentions("He said the miller and the baker were nice people.", "en").contains { $0.hasSuffix("matthew-miller") })
        #expect(Self.mentions("Miller said the talks were useful.", "en") == ["Miller=matthew-miller"])
    }
}
