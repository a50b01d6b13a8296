import Foundation

/// A dictionary compiled to stem ids: what the cache stores and
/// `BilingualDictionary` searches.
struct CompiledDictionary: Sendable, Equatable {
    var sourceStems: StemTable
    var targetStems: StemTable
    /// `targets[rowStarts[s]..<rowStarts[s + 1]]` are the target stem ids of source stem s, best first.
    var rowStarts: [UInt32]
    var targets: [Int32]
    /// 1 where `targets` holds a word-for-word pair ("early" → "tôt"), 0 where the pair
    /// comes only through a phrase ("early" → "de bonne heure" gives "bonn").
    var wordForWord: [UInt8]

    /// Checks the arrays agree with each other (after reading them from a file).
    var isConsistent: Bool {
        guard rowStarts.count == sourceStems.count + 1, rowStarts.first == 0, Int(rowStarts.last!) == targets.count,
              wordForWord.count == targets.count
        else { return false }
        for i in 1..<rowStarts.count where rowStarts[i] < rowStarts[i - 1] { return false }
        let limit = Int32(targetStems.count)
        return targets.allSatisfy { $0 >= 0 && $0 < limit }
    }
}

/// Compiles FreeDict entries into stem pairs.
///
/// Every headword and translation is split into words and each word stemmed.
/// A pair of phrases yields stem pairs when both sides keep at least one
/// content word (function words, one-letter words and numbers are dropped)
/// and one side keeps exactly one while the other keeps at most three: so
/// "Abwrackprämie → prime à la casse" pairs the German stem with "prim" and
/// "cass", while "billete de banco → bank-note" (two by two) and long
/// explanations are left out. Word-for-word pairs weigh 2, pairs through a
/// phrase 1; weights add up over entries and over both dictionary
/// directions, and each source stem keeps its `fanOut` heaviest targets
/// (earlier senses first on ties).
struct DictionaryBuilder {
    static let fanOut = 12
    static let maxPhraseWords = 6

    private let sides: [Side]  // 0: source language, 1: target language
    private var evidence: [UInt64: (weight: Int32, rank: Int32, direct: Bool)] = [:]

    init(source: String, target: String) {
        sides = [Side(language: source), Side(language: target)]
    }

    /// Adds a dictionary's entries; `reversed` when its headwords are in the target language.
    mutating func add(_ entries: [DictdEntry], reversed: Bool) {
        let (head, body) = reversed ? (1, 0) : (0, 1)
        for entry in entries {
            for headword in entry.headwords {
                let heads = sides[head].contentStems(of: headword)
                guard !heads.stems.isEmpty else { continue }
                for (rank, translation) in entry.translations.enumerated() {
                    let bodies = sides[body].contentStems(of: translation)
                    let counts = (heads.stems.count, bodies.stems.count)
                    guard !bodies.stems.isEmpty, min(counts.0, counts.1) == 1, max(counts.0, counts.1) <= 3 else { continue }
                    let weight: Int32 = heads.wordCount == 1 && bodies.wordCount == 1 ? 2 : 1
                    for h in heads.stems {
                        for b in bodies.stems {
                            let (s, t) = reversed ? (b, h) : (h, b)
                            let key = UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))
                            let old = evidence[key] ?? (0, Int32.max, false)
                            evidence[key] = (old.weight + weight, min(old.rank, Int32(rank)), old.direct || weight == 2)
                        }
                    }
                }
            }
        }
    }

    /// The stem pairs, each source stem's targets heaviest first and capped at `fanOut`.
    func compile() -> CompiledDictionary {
        var rows = [[(target: Int32, weight: Int32, rank: Int32, direct: Bool)]](repeating: [], count: sides[0].stems.count)
        for (key, value) in evidence {
            rows[Int(key >> 32)].append((Int32(truncatingIfNeeded: key & 0xFFFF_FFFF), value.weight, value.rank, value.direct))
        }
        var rowStarts: [UInt32] = [0]
        var targets: [Int32] = []
        var wordForWord: [UInt8] = []
        rowStarts.reserveCapacity(rows.count + 1)
        targets.reserveCapacity(evidence.count)
        for row in rows {
            let best = row.sorted { ($1.weight, $0.rank, $0.target) < ($0.weight, $1.rank, $1.target) }.prefix(Self.fanOut)
            targets += best.map(\.target)
            wordForWord += best.map { $0.direct ? 1 : 0 }
            rowStarts.append(UInt32(targets.count))
        }
        return CompiledDictionary(sourceStems: StemTable(sides[0].stems), targetStems: StemTable(sides[1].stems),
                                  rowStarts: rowStarts, targets: targets, wordForWord: wordForWord)
    }

    /// One language's words: the stemmer, which words count, and the stems met so far.
    final class Side {
        let stemmer: Stemmer
        let functionWords: Set<String>
        private(set) var stems: [String] = []
        private var ids: [String: Int32] = [:]
        private var stemOfWord: [String: Int32?] = [:]

        init(language: String) {
            stemmer = Stemmer(language: language)
            functionWords = DictionaryBuilder.functionWords(language)
        }

        /// The distinct content stems of a phrase, and how many words it had in all.
        func contentStems(of phrase: String) -> (stems: [Int32], wordCount: Int) {
            let words = Self.words(of: phrase)
            guard words.count <= DictionaryBuilder.maxPhraseWords else { return ([], words.count) }
            var stems: [Int32] = []
            for word in words {
                if let id = stemID(word), !stems.contains(id) { stems.append(id) }
            }
            return (stems, words.count)
        }

        /// Runs of letters, combining marks and digits.
        static func words(of phrase: String) -> [String] {
            var words: [String] = []
            var word = String.UnicodeScalarView()
            for scalar in phrase.unicodeScalars {
                let inWord: Bool
                if scalar.isASCII {
                    let v = scalar.value | 0x20
                    inWord = (v >= 0x61 && v <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                } else {
                    let properties = scalar.properties
                    inWord = properties.isAlphabetic || properties.numericType == .decimal
                        || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
                }
                if inWord {
                    word.append(scalar)
                } else if !word.isEmpty {
                    words.append(String(word))
                    word = String.UnicodeScalarView()
                }
            }
            if !word.isEmpty { words.append(String(word)) }
            return words
        }

        private func stemID(_ word: String) -> Int32? {
            if let known = stemOfWord[word] { return known }
            var id: Int32?
            let folded = stemmer.fold(word)
            if folded.unicodeScalars.count > 1, !folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }),
               !functionWords.contains(WordKey.of(folded)) {
                let stem = stemmer.stem(folded)
                if let existing = ids[stem] {
                    id = existing
                } else {
                    id = Int32(stems.count)
                    ids[stem] = id
                    stems.append(stem)
                }
            }
            stemOfWord[word] = id
            return id
        }
    }

    /// Words that make a phrase's other words its content: the bundled
    /// function-word list, or for Arabic a few particles and the adverb-forming "بشكل".
    static func functionWords(_ language: String) -> Set<String> {
        let code = Stemmer.primarySubtag(language)
        if code == "ar" || code == "ara" {
            return Set(["في", "من", "الى", "إلى", "على", "عن", "مع", "او", "أو", "ما", "التي", "الذي", "بشكل", "بطريقة"].map(WordKey.of))
        }
        return FunctionWords.of(code).words
    }
}
