import Foundation
/// The keys a running-text word may stand for when it is looked up in a word
/// list: the word itself, then without the clitics Arabic and Hebrew write
/// onto it (وقال → قال, لכיבוש → כיבוש). The whole word always comes first, so
/// כמעט ('almost') is never read as מעט ('a little').
enum WordForms {
    static func of(_ key: String, language: String) -> [String] {
        guard let first = key.unicodeScalars.first else { return [key] }
        var out = [key]
        func add(_ s: Substring) { if s.count >= 2, !out.contains(String(s)) { out.append(String(s)) } }
        switch first.value {
        case 0x0600...0x06FF:
            for prefix in ["وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "س"] where key.hasPrefix(prefix) {
                add(key.dropFirst(prefix.count))
            }
        case 0x0590...0x05FF:
            var rest = Substring(key)
            for _ in 0..<2 {
                guard let c = rest.first, "והבלמשכ".contains(c), rest.count > 2 else { break }
                rest = rest.dropFirst()
                add(rest)
            }
        default:
            for elided in ["l'", "d'", "qu'", "j'", "n'", "s'", "c'", "m'", "t'"] where key.hasPrefix(elided) {
                // "n'a", "l'a": the auxiliary is one letter ("n'a répondu" is "a répondu" negated).
                let rest = key.dropFirst(elided.count)
                if rest == "a" || rest == "y" { out.append(String(rest)) } else { add(rest) }
            }
            // English writes the negation onto the verb as one word ("couldn't", "won't"): the
            // negation lists find it as "n't", the modal lists as the verb.
            if language == "en", key.count > 3, key.hasSuffix("n't") {
                let verb = key.dropLast(3)
                add(irregularNegated[verb] ?? verb)
                add("n't")
            }
        }
        return out
    }

    /// Verbs whose negated form is not the verb plus "n't".
    private static let irregularNegated: [Substring: Substring] = ["ca": "can", "wo": "will", "sha": "shall"]
}

/// Finds the phrases of a word list in a sentence, longest first, each token
/// used once. Phrases are sequences of word keys; a word matches by its key,
/// its clitic-free forms, or (single words) its Snowball stem. Words are
/// compared by their `PhraseVocabulary` numbers.
struct PhraseFinder: Sendable {
    struct Hit: Sendable, Equatable {
        let entry: Int
        /// Token positions inside the sentence.
        let tokens: Range<Int>
    }

    /// Phrases starting with word number w: `byFirst[firstStart[w]..<firstStart[w + 1]]`,
    /// longest first. Numbers given after this finder was made start none of its phrases.
    private let firstStart: [Int32]
    private let byFirst: [Int32]
    /// Phrase p's words: `words[phraseStart[p]..<phraseStart[p + 1]]`.
    private let phraseStart: [Int32]
    private let words: [Int32]
    /// Stem number → the first one-word phrase with that stem, or -1.
    private let stemmed: [Int32]
    /// Letters of each phrase's key, for `stemSlack`.
    private let phraseLetters: [Int32]
    /// Phrases written with a lower-case initial, where the language capitalises nouns:
    /// they do not match a capitalised word inside a sentence.
    private let lowerInitial: [Bool]
    /// English phrases that are "-ly" adverbs: matched by stem only by "-ly" words, and the
    /// others only by words without it ("highly" is not "high", "nearly" not "near").
    private let lyAdverb: [Bool]
    let language: String
    /// Distinct per finder made in this process: the key of its cached hits.
    let id: Int = PhraseFinderIDs.next()

    /// Whether a single word may also match by its stem (not for closed classes like
    /// negation, where French "personnes" must not read as "personne", nobody).
    let useStems: Bool

    /// How far a word matched by its stem may be from the listed form, in letters (nil: any).
    /// Inflection changes an ending by a few letters; a derivation that the stemmer also strips
    /// adds more (French "certainement" 'certainly' and "certains" 'some' share the stem
    /// "certain"). Set for the scale lists, whose adverbs and modals are short closed sets; term
    /// renderings are nouns and adjectives whose plurals (Arabic broken plurals) vary more.
    let stemSlack: Int?

    /// Languages that capitalise nouns, so that a capital inside a sentence tells a noun
    /// ("hohes Können", 'great skill') from the verb listed in lower case ("können").
    static let capitalisedNouns: Set<String> = ["de"]

    /// `written`: the phrases as the lexicon spells them, when `phrases` are already keys (for
    /// the case of their initial).
    init(_ phrases: [String], language: String, useStems: Bool = true, stemSlack: Int? = nil, written: [String]? = nil) {
        let stemmer = Stemmer(language: language)
        // Split as the word breaker splits running text: "post-war" is two tokens there.
        let split = phrases.map(NameIndex.wordKeys)
        self.init(split: split, stems: split.map { $0.count == 1 ? stemmer.stem($0[0]) : nil }, language: language,
                  useStems: useStems, stemSlack: stemSlack, written: written ?? phrases)
    }

    /// From phrases already split into word keys, with the stem of each one-word phrase.
    init(split: [[String]], stems: [String?], language: String, useStems: Bool = true, stemSlack: Int? = nil, written: [String]) {
        self.language = language
        self.useStems = useStems
        self.stemSlack = stemSlack
        let vocabulary = PhraseVocabulary.shared
        let keyed = split.map { $0.map(vocabulary.intern) }
        let stemIDs = split.indices.map { i in
            keyed[i].count == 1 ? stems[i].map(vocabulary.intern) ?? PhraseVocabulary.absent : PhraseVocabulary.absent
        }
        // Tables as long as this list's highest word number, not the shared vocabulary's size: a
        // short list (the scales' negations) costs its own length to build, not the terms lexicon's.
        let size = Int(max(keyed.lazy.compactMap { $0.max() }.max() ?? -1, stemIDs.max() ?? -1)) + 1
        var stemmed = [Int32](repeating: -1, count: size)
        // Phrases grouped by first word (a counting sort), longest first within a group.
        var firstStart = [Int32](repeating: 0, count: size + 1)
        for p in keyed where !p.isEmpty { firstStart[Int(p[0]) + 1] += 1 }
        for k in 0..<size { firstStart[k + 1] += firstStart[k] }
        var byFirst = [Int32](repeating: 0, count: Int(firstStart[size]))
        var next = firstStart
        for (i, p) in keyed.enumerated() where !p.isEmpty {
            byFirst[Int(next[Int(p[0])])] = Int32(i)
            next[Int(p[0])] += 1
            if p.count == 1, stemIDs[i] >= 0, stemmed[Int(stemIDs[i])] < 0 { stemmed[Int(stemIDs[i])] = Int32(i) }
        }
        for k in 0..<size where firstStart[k + 1] - firstStart[k] > 1 {
            let run = Int(firstStart[k])..<Int(firstStart[k + 1])
            byFirst.replaceSubrange(run, with: byFirst[run].sorted { keyed[Int($0)].count > keyed[Int($1)].count })
        }
        var phraseStart: [Int32] = [0], words: [Int32] = []
        for p in keyed { words += p; phraseStart.append(Int32(words.count)) }
        self.firstStart = firstStart
        self.byFirst = byFirst
        self.phraseStart = phraseStart
        self.words = words
        self.stemmed = stemmed
        phraseLetters = split.map { Int32($0.first?.unicodeScalars.count ?? 0) }
        lyAdverb = language == "en" ? split.map { $0.count == 1 && $0[0].hasSuffix("ly") } : []
        lowerInitial = written.map { phrase in
            Self.capitalisedNouns.contains(language) && (phrase.first.map { $0.isLowercase } ?? false)
        }
    }

    func find(in tokens: [Token]) -> [Hit] {
        find(in: tokens, words: SentenceWords(tokens, language: language))
    }

    /// With the sentence's word numbers computed once for every list searched.
    func find(in tokens: [Token], words sentence: SentenceWords) -> [Hit] {
        var hits: [Hit] = []
        let count = tokens.count
        let vocabularySize = Int32(firstStart.count - 1)
        // A sentence numbered before this finder's words were may miss some: number it again.
        let current = sentence.vocabularySize >= Int(vocabularySize) ? sentence : sentence.renumbered()
        var i = 0
        while i < count {
            // Words no list has (most of them) start nothing.
            guard current.isListed(i) else { i += 1; continue }
            var best: (entry: Int32, length: Int)? = nil
            for form in current.formIDs(i) where form >= 0 && form < vocabularySize {
                for e in byFirst[Int(firstStart[Int(form)])..<Int(firstStart[Int(form) + 1])] {
                    let start = Int(phraseStart[Int(e)]), length = Int(phraseStart[Int(e) + 1]) - start
                    guard i + length <= count, length > (best?.length ?? 0) else { continue }
                    var k = 1
                    while k < length, current.formIDs(i + k).contains(words[start + k]) { k += 1 }
                    if k >= length { best = (e, length) }
                }
            }
            if best == nil, useStems {
                for stem in current.stemIDs(i) where stem >= 0 && stem < vocabularySize && stemmed[Int(stem)] >= 0 {
                    let entry = stemmed[Int(stem)]
                    if let slack = stemSlack {
                        // The word's closest clitic-free form ("l'absolu" → "absolu") is measured.
                        let letters = current.forms(i).map { $0.unicodeScalars.count }
                        guard letters.contains(where: { abs($0 - Int(phraseLetters[Int(entry)])) <= slack }) else { continue }
                        if !lyAdverb.isEmpty, lyAdverb[Int(entry)] != tokens[i].key.hasSuffix("ly") { continue }
                    }
                    best = (entry, 1)
                    break
                }
            }
            if let b = best, i > 0, lowerInitial[Int(b.entry)], tokens[i].text.first?.isUppercase == true { best = nil }
            if let best {
                hits.append(Hit(entry: Int(best.entry), tokens: i..<(i + best.length)))
                i += best.length
            } else {
                i += 1
            }
        }
        return hits
    }
}

/// The lookup forms and stems of every token of a sentence, and their
/// vocabulary numbers, computed once and shared by all the word lists searched.
public struct SentenceWords: Sendable {
    /// What one word looks up as; shared by every sentence holding the word.
    final class Entry: Sendable {
        let forms: [String]
        let stems: [String]
        let formIDs: [Int32]
        let stemIDs: [Int32]
        /// The numbers are good for a vocabulary of this many words.
        let vocabularySize: Int

        init(forms: [String], stems: [String], formIDs: [Int32], stemIDs: [Int32], vocabularySize: Int) {
            (self.forms, self.stems, self.formIDs, self.stemIDs, self.vocabularySize) = (forms, stems, formIDs, stemIDs, vocabularySize)
        }
    }

    private let entries: [Entry]
    /// Numbers are not words: they have no stems.
    private let isWord: [Bool]
    /// Whether any form or stem of the token is a vocabulary word.
    private let listed: [Bool]
    /// The numbers are those of a vocabulary of at least this many words.
    let vocabularySize: Int

    var count: Int { entries.count }
    /// Token t's key and clitic-free forms.
    func forms(_ t: Int) -> [String] { entries[t].forms }
    /// Stems of token t's forms (none for numbers).
    func stems(_ t: Int) -> [String] { isWord[t] ? entries[t].stems : [] }
    func formIDs(_ t: Int) -> [Int32] { entries[t].formIDs }
    func stemIDs(_ t: Int) -> [Int32] { isWord[t] ? entries[t].stemIDs : [] }
    func isListed(_ t: Int) -> Bool { listed[t] }

    init(_ tokens: [Token], language: String) {
        let stemmer = Stemmer(language: language)
        let vocabulary = PhraseVocabulary.shared
        let memo = Self.memos(language)
        var entries: [Entry] = []
        entries.reserveCapacity(tokens.count)
        let size = vocabulary.count
        var numberedWith = Int.max
        for token in tokens {
            // A word's forms, stems and numbers depend on the word alone (and the vocabulary's
            // size): remembered across sentences and pairs.
            let key = ByteKey(token.key)
            var entry = memo.value(key)
            if entry == nil || entry!.vocabularySize != size {
                let f = entry?.forms ?? WordForms.of(token.key, language: language)
                let s = entry?.stems ?? f.map(stemmer.stem)
                let numbers = vocabulary.lookup(f, s)
                entry = Entry(forms: f, stems: s, formIDs: numbers.forms, stemIDs: numbers.stems, vocabularySize: numbers.count)
                memo.store(key, entry!)
            }
            numberedWith = min(numberedWith, entry!.vocabularySize)
            entries.append(entry!)
        }
        let isWord = tokens.map { $0.kind == .word }
        self.init(entries: entries, isWord: isWord, vocabularySize: numberedWith == Int.max ? size : numberedWith)
    }

    private init(entries: [Entry], isWord: [Bool], vocabularySize: Int) {
        (self.entries, self.isWord, self.vocabularySize) = (entries, isWord, vocabularySize)
        listed = zip(entries, isWord).map { e, word in e.formIDs.contains { $0 >= 0 } || (word && e.stemIDs.contains { $0 >= 0 }) }
    }

    /// The same words numbered against the vocabulary as it is now.
    func renumbered() -> SentenceWords {
        var size = Int.max
        let fresh = entries.map { e in
            let numbers = PhraseVocabulary.shared.lookup(e.forms, e.stems)
            size = min(size, numbers.count)
            return Entry(forms: e.forms, stems: e.stems, formIDs: numbers.forms, stemIDs: numbers.stems, vocabularySize: numbers.count)
        }
        return SentenceWords(entries: fresh, isWord: isWord, vocabularySize: size == Int.max ? PhraseVocabulary.shared.count : size)
    }

    private static let memos = PerLanguageCache { _ in BoundedMemo<ByteKey, Entry>(capacity: 100_000) }
}

/// Numbers for phrase finders, unique in the process.
enum PhraseFinderIDs {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var last = 0

    static func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}
