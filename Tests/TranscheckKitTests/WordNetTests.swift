import Testing
@testable import TranscheckKit

/// English WordNet read in place from wordnet-base.
@Suite("WordNet")
struct WordNetTests {
    @Test("The installed database is found")
    func installed() { #expect(WordNet.shared != nil) }

    @Test("Synonyms share a synset, through inflections", arguments: [("advisers", "advisors"), ("purchase", "buy"), ("said", "stated"), ("big", "large")])
    func synonyms(_ pair: (String, String)) throws {
        let wordnet = try #require(WordNet.shared)
        #expect(wordnet.relation(pair.0, pair.1) == .synonym, "\(pair)")
    }

    @Test("Antonyms are linked by antonym pointers", arguments: [("expensive", "cheap"), ("increase", "decrease"), ("accepted", "rejected"), ("small", "large")])
    func antonyms(_ pair: (String, String)) throws {
        let wordnet = try #require(WordNet.shared)
        #expect(wordnet.relation(pair.0, pair.1) == .antonym, "\(pair)")
    }

    @Test("Adjectives are opposed through their clusters, in their frequent senses", arguments: [("common", "rare"), ("fierce", "mild"), ("calm", "angry"), ("stable", "volatile")])
    func indirectAntonyms(_ pair: (String, String)) throws {
        let wordnet = try #require(WordNet.shared)
        #expect(wordnet.relation(pair.0, pair.1) == .antonym, "\(pair)")
    }

    @Test("A rare sense opposes nothing: heavy (as in a heavy drinker) and severe (a severe teacher) are no opposites")
    func rareSenses() throws {
        let wordnet = try #require(WordNet.shared)
        #expect(wordnet.relation("heavy", "severe") != .antonym)
        #expect(wordnet.relation("common", "frequent") != .antonym)
    }

    @Test("The midpoint of a scale of three is no opposite: late against early, not middle")
    func midpoint() throws {
        let wordnet = try #require(WordNet.shared)
        #expect(wordnet.antonymWords("late").contains("early"))
        #expect(!wordnet.antonymWords("late").contains("middle"))
        #expect(wordnet.antonymWords("middle").isEmpty)
    }

    @Test("Unrelated words are neither")
    func unrelated() throws {
        let wordnet = try #require(WordNet.shared)
        #expect(wordnet.relation("moments", "hours") == nil)
        #expect(wordnet.relation("Gaza", "xyzzy") == nil)
    }
}
