/// The renderings of the terms lexicon in one language, ready to be found in
/// sentences: distinct written forms, each with every concept that lists it
/// (a form may be preferred in one concept and deprecated in another).
public struct TermIndex: Sendable {
    public struct Use: Sendable {
        public let concept: Int
        public let status: TermConcept.Status
        public let severity: Severity?
        public let note: String?
    }

    public let language: LanguageTag
    public let concepts: [TermConcept]
    /// Alignment evidence of this language's words per pairing context, kept across the pairs a checker sees.
    let wordEvidence = PerLanguageCache { _ in BoundedMemo<ByteKey, WordEvidence>(capacity: 100_000) }
    let forms: [String]
    let uses: [[Use]]
    let finder: PhraseFinder
    /// Stem of a one-word rendering → the concepts listing it.
    let conceptsByStem: [String: [Int]]

    public static let empty = TermIndex(concepts: [], language: LanguageTag(known: "und"))

    public init(concepts: [TermConcept], language: LanguageTag) {
        self.language = language
        self.concepts = concepts
        let renderings = concepts.enumerated().flatMap { c, concept in concept.renderings(in: language).map { (c, $0) } }
        let derived = Self.derived(renderings.map(\.1.form), language: language)
        var forms: [String] = [], written: [String] = [], uses: [[Use]] = [], index: [String: Int] = [:]
        var split: [[String]] = [], finderStems: [String?] = [], formStems: [String?] = []
        for ((c, r), row) in zip(renderings, derived) {
            let key = row.key
            let i = index[key] ?? forms.count
            if i == forms.count {
                forms.append(key); written.append(r.form); uses.append([]); index[key] = i
                split.append(row.split); finderStems.append(row.finderStem); formStems.append(row.formStem)
            }
            uses[i].append(Use(concept: c, status: r.status, severity: r.severity, note: r.note))
        }
        self.forms = forms
        self.uses = uses
        finder = PhraseFinder(split: split, stems: finderStems, language: language.language, written: written)
        // Single words by stem → the concepts they render, whatever the status (the aligner's concept evidence).
        var byStem: [String: [Int]] = [:]
        for (stem, list) in zip(formStems, uses) {
            guard let stem else { continue }
            for use in list where byStem[stem]?.contains(use.concept) != true { byStem[stem, default: []].append(use.concept) }
        }
        conceptsByStem = byStem
    }

    /// What each rendering looks up as: its word key, the words the phrase finder splits it
    /// into, and the stems of one-word forms. Deriving them (word keys, Snowball) costs more than
    /// the rest of the index together, so they are kept in the derived-table cache, keyed on the
    /// renderings themselves.
    private struct Derived {
        let key: String
        let split: [String]
        let finderStem: String?
        let formStem: String?
    }

    private static func derived(_ renderings: [String], language: LanguageTag) -> [Derived] {
        // A row: the key, the finder's stem and the form's stem (empty for none: a stem is never empty), then
        // the split words; laid out so that reading it back slices nothing.
        func make() -> [[String]] {
            let stemmer = Stemmer(language: language)
            return renderings.map { form in
                let key = NameIndex.wordKeys(of: form).joined(separator: " ")
                let split = NameIndex.wordKeys(of: key)
                return [key, split.count == 1 ? stemmer.stem(split[0]) : "", key.contains(" ") ? "" : stemmer.stem(key)] + split
            }
        }
        var rows = DerivedTableCache.rows("terms2-\(language.language)", stamp: { hasher in
            for form in renderings { hasher.add(form); hasher.add("\n") }
        }, make: make)
        // A table that does not fit (another version's, or a hand-edited file) is derived again.
        if rows.count != renderings.count || rows.contains(where: { $0.count < 4 }) { rows = make() }
        var out: [Derived] = []
        out.reserveCapacity(rows.count)
        for row in rows {
            var split: [String] = []
            split.reserveCapacity(row.count - 3)
            for i in 3..<row.count { split.append(row[i]) }
            out.append(Derived(key: row[0], split: split, finderStem: row[1].isEmpty ? nil : row[1], formStem: row[2].isEmpty ? nil : row[2]))
        }
        return out
    }

    /// A term found in a sentence: its token span and every use of the form.
    public struct Hit: Sendable {
        public let tokens: Range<Int>
        public let uses: [Use]
    }

    public func find(in tokens: [Token]) -> [Hit] {
        finder.find(in: tokens).compactMap { hit(tokens, $0) }
    }

    public func find(in tokens: [Token], words: SentenceWords) -> [Hit] {
        finder.find(in: tokens, words: words).compactMap { hit(tokens, $0) }
    }

    /// A found form, unless an English word matched by its stem alone is another word
    /// (Snowball gives "importers" and "important" one stem, "last" and "lasting" too); an
    /// English word after an article or a possessive keeps only its concepts that are not verbs.
    private func hit(_ tokens: [Token], _ found: PhraseFinder.Hit) -> Hit? {
        if language.language == "en", found.tokens.count == 1, let wordNet = WordNet.shared {
            // Without a possessive ending, which WordNet does not know ("region's" is the noun, not "regional").
            let key = tokens[found.tokens.lowerBound].key, listed = forms[found.entry]
            let word = key.hasSuffix("'s") || key.hasSuffix("\u{2019}s") ? String(key.dropLast(2)) : key
            if word != listed {
                let pos = uses[found.entry].first.map { concepts[$0.concept].partOfSpeech } ?? nil
                let other = Self.otherWords.value("\(word)|\(listed)|\(pos ?? "")") { wordNet.isOtherWord(word, than: listed, pos: pos) }
                if other { return nil }
            }
        }
        // An Arabic word matched by its stem alone with a relational ending its listed form lacks is
        // the adjective made from the noun: "الأرضية" ('ground', of floors) is not "أرضه" ('his land'),
        // "الدولية" ('international') not "دولة" ('state').
        if language.language == "ar", found.tokens.count == 1,
           Self.isArabicRelational(tokens[found.tokens.lowerBound].text, folded: false), !Self.isArabicRelational(forms[found.entry], folded: true) { return nil }
        // After an article or a possessive, an English word is a noun: "the report" is not the verb
        // "reported" (participles and gerunds excepted: "the reported attack" still reports).
        if language.language == "en", found.tokens.count == 1, found.tokens.lowerBound > 0,
           Self.nounMarkers.contains(tokens[found.tokens.lowerBound - 1].key) {
            let word = tokens[found.tokens.lowerBound].key
            if !word.hasSuffix("ed"), !word.hasSuffix("ing") {
                let nominal = uses[found.entry].filter { concepts[$0.concept].partOfSpeech != "verb" }
                return nominal.isEmpty ? nil : Hit(tokens: found.tokens, uses: nominal)
            }
        }
        return Hit(tokens: found.tokens, uses: uses[found.entry])
    }

    /// An Arabic word ending as a relational (nisba) adjective does in the feminine or plural (-ية, -يين,
    /// -يات, -يتين), after any joined conjunction, preposition and article. The bare -ي is left out: it
    /// is also 'my' ("بيتي") and ends defective plurals ("المباني"). A word as written tells -ية from
    /// 'his' after -ي ("أراضيه"); a folded key (ة written ه) does not, and counts as relational either way.
    static func isArabicRelational(_ word: String, folded: Bool) -> Bool {
        let letters = String(String.UnicodeScalarView(word.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0640 }))
        guard letters.unicodeScalars.count >= 5 else { return false }
        return [folded ? "يه" : "ية", "يين", "يات", "يتين", "يتان"].contains { letters.hasSuffix($0) }
    }

    /// Words that open a noun phrase in English, never a verb phrase (not "her", which also
    /// stands before a verb: "let her speak").
    private static let nounMarkers: Set<String> = ["the", "a", "an", "its", "his", "their", "our", "my", "your"]

    /// `WordNet.isOtherWord` answers already worked out (a handful of words per story, met again and again).
    private static let otherWords = BoundedMemo<String, Bool>(capacity: 50_000)

    /// Snowball stems of the words of a concept's renderings in this language (preferred ones, or
    /// all but the deprecated), worked out once per concept.
    func stems(of concept: Int, preferredOnly: Bool) -> Set<String> {
        stemMemo.value(preferredOnly ? "preferred" : "rendered", bead: concept) { () -> Set<String> in
            let forms = concepts[concept].renderings(in: language).filter { preferredOnly ? $0.status == .preferred : $0.status != .deprecated }
            return Set(forms.flatMap { stems(of: $0.form) })
        }
    }

    /// Snowball stems of the words of a text in this language.
    func stems(of text: String) -> [String] {
        let stemmer = Stemmer(language: language.language)
        return NameIndex.wordKeys(of: text).map(stemmer.stem)
    }

    private let stemMemo = ResultMemo()

    /// Whether some rendering of a concept (all but the deprecated) is in these words in another
    /// form than the lexicon lists: every word of four letters or more of the rendering shares all
    /// but one or two letters of its stem with a word here, in one run ("extrêmement importantes"
    /// for "extrêmement important", «повторной оккупации», «отложенная» for «отложить», «העיקריות»
    /// for «עיקרי», with a clitic before it). Only asked before a concept is reported missing: the
    /// finder matches whole stems, and inflected phrases and prefixed words are not found by it.
    func looselyRendered(_ concept: Int, in words: LooseWords) -> Bool {
        // Arabic and Hebrew words are three-letter roots with clitics and affixes around them
        // («דחקה» for «דחק», «سيشدد» for «شدد»): there a word of three letters counts, inside a word at most three longer.
        let semitic = Self.rootLanguages.contains(language.language)
        let shortest = semitic ? 3 : 4
        let renderings = stemMemo.value("loose", bead: concept) { () -> [[[Unicode.Scalar]]] in
            let stemmer = Stemmer(language: language.language)
            return concepts[concept].renderings(in: language).filter { $0.status != .deprecated }.compactMap { r in
                let cores = NameIndex.wordKeys(of: r.form).filter { $0.unicodeScalars.count >= shortest }.map { word in
                    let stem = stemmer.stem(word)
                    return Self.looseLetters(stem.unicodeScalars.count >= shortest ? stem : word)
                }
                return cores.isEmpty ? nil : cores
            }
        }
        guard !renderings.isEmpty else { return false }
        let words = words.letters.filter { $0.count >= shortest }
        return renderings.contains { cores in
            cores.allSatisfy { core in
                if core.count == 3 {
                    return words.contains { $0.count <= 6 && Self.longestCommonRun(core, $0) == 3 }
                }
                let needed = max(4, core.count - (core.count >= 8 ? 2 : 1))
                return words.contains { Self.longestCommonRun(core, $0) >= needed }
            }
        }
    }

    /// The letters of a sentence's words as `looselyRendered` compares them, worked out once
    /// per sentence pair (asked for each concept about to be reported missing).
    struct LooseWords {
        let letters: [[Unicode.Scalar]]
        init(_ keys: [String]) { letters = keys.map(TermIndex.looseLetters) }
    }

    /// Languages whose words are built on three-letter roots.
    private static let rootLanguages: Set<String> = ["ar", "he", "fa", "ur", "yi"]

    /// A word's letters with Hebrew final forms written as the others («מקיף» inflects to «מקיפה»).
    static func looseLetters(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.map { scalar in
            switch scalar {
            case "\u{05DA}": "\u{05DB}"  // ך → כ
            case "\u{05DD}": "\u{05DE}"  // ם → מ
            case "\u{05DF}": "\u{05E0}"  // ן → נ
            case "\u{05E3}": "\u{05E4}"  // ף → פ
            case "\u{05E5}": "\u{05E6}"  // ץ → צ
            default: scalar
            }
        }
    }

    /// The length of the longest run of letters two words share.
    static func longestCommonRun(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        // Along each diagonal (a shift of one word against the other), the longest run of equal letters.
        var best = 0
        for shift in -(b.count - 1)..<a.count {
            var i = max(shift, 0), j = i - shift, run = 0
            while i < a.count, j < b.count {
                run = a[i] == b[j] ? run + 1 : 0
                best = max(best, run)
                i += 1
                j += 1
            }
        }
        return best
    }

    /// The preferred renderings of a concept in this language.
    public func preferred(_ concept: Int) -> [String] {
        concepts[concept].renderings(in: language, .preferred).map(\.form)
    }
}

import Foundation
import Synchronization

/// Term indexes per language, built once and shared (a batch of pairs in one
/// language pair indexes the lexicon twice, not twice per pair).
final class TermIndexCache: Sendable {
    private let indexes = Mutex<[LanguageTag: TermIndex]>([:])
    private let terms: [TermConcept]

    init(_ terms: [TermConcept]) { self.terms = terms }

    func callAsFunction(_ language: LanguageTag) -> TermIndex {
        indexes.withLock { indexes in
            if let hit = indexes[language] { return hit }
            let made = TermIndex(concepts: terms, language: language)
            indexes[language] = made
            return made
        }
    }
}
