import Foundation

/// English WordNet read from Debian's `wordnet-base` database files in place:
/// the sorted `index.<pos>` and `<pos>.exc` files are binary-searched and
/// `data.<pos>` lines read at their byte offsets, all memory-mapped, so nothing
/// is parsed up front. Tells whether two words share a synset (synonyms) or are linked by
/// an antonym pointer.
public final class WordNet: @unchecked Sendable {
    public enum Relation: String, Sendable { case synonym, antonym }

    enum POS: String, CaseIterable { case noun, verb, adj, adv }

    private let index: [POS: Data]
    private let data: [POS: Data]
    /// Irregular forms (`<pos>.exc`: "mice mouse"); empty when a file is missing.
    private let irregular: [POS: Data]

    /// The base forms WordNet lists for an irregular form ("went" → "go").
    private func exceptions(_ word: String, _ pos: POS) -> [String] {
        guard let d = irregular[pos], let line = Self.line(keyed: word, in: d) else { return [] }
        return line.split(separator: " ").dropFirst().map(String.init)
    }

    /// The installed WordNet (TRANSCHECK_WORDNET or /usr/share/wordnet), nil when missing.
    public static let shared: WordNet? = {
        let dir = ProcessInfo.processInfo.environment["TRANSCHECK_WORDNET"] ?? "/usr/share/wordnet"
        return WordNet(directory: dir)
    }()

    init?(directory: String) {
        var index: [POS: Data] = [:], data: [POS: Data] = [:], irregular: [POS: Data] = [:]
        for pos in POS.allCases {
            irregular[pos] = try? Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(pos.rawValue).exc"), options: .alwaysMapped)
            guard let i = try? Data(contentsOf: URL(fileURLWithPath: "\(directory)/index.\(pos.rawValue)"), options: .alwaysMapped),
                  let d = try? Data(contentsOf: URL(fileURLWithPath: "\(directory)/data.\(pos.rawValue)"), options: .alwaysMapped)
            else { return nil }
            index[pos] = i
            data[pos] = d
        }
        self.index = index
        self.data = data
        self.irregular = irregular
    }

    /// How two English words relate, if WordNet links them.
    public func relation(_ a: String, _ b: String) -> Relation? {
        let x = a.lowercased(), y = b.lowercased()
        guard x != y else { return .synonym }
        let key = x + "\u{1}" + y
        if let known = relations.value(key) { return known.relation }
        let found = lookUpRelation(x, y)
        relations.store(key, Known(relation: found))
        return found
    }

    /// A looked-up relation, nil included (so a miss is not read from disk again).
    private struct Known: Sendable { let relation: Relation? }

    /// Word pairs already looked up: each costs several reads of the database files.
    private let relations = BoundedMemo<String, Known>(capacity: 100_000)

    private func lookUpRelation(_ x: String, _ y: String) -> Relation? {
        for pos in POS.allCases {
            let sa = Set(lemmas(x, pos).flatMap { synsets($0, pos) }), sb = Set(lemmas(y, pos).flatMap { synsets($0, pos) })
            guard !sa.isEmpty, !sb.isEmpty else { continue }
            if !sa.isDisjoint(with: sb) { return .synonym }
            for offset in sa where !antonyms(offset, pos).isDisjoint(with: sb) { return .antonym }
            // Adjectives are opposed through their clusters: a satellite sense stands for the head it is similar
            // to ("rare" is similar to "uncommon", the opposite of "common"; "tiny" to "small", that of "large").
            // Only a word's four most frequent senses (WordNet lists them in that order): a rare one opposes
            // ordinary words ("heavy" as in a heavy drinker is 'indulgent', "severe" as in a severe teacher 'strict').
            if pos == .adj {
                let ha = heads(lemmas(x, pos).flatMap { synsets($0, pos).prefix(4) }), hb = heads(lemmas(y, pos).flatMap { synsets($0, pos).prefix(4) })
                for offset in ha where !antonyms(offset, pos).isDisjoint(with: hb) { return .antonym }
            }
        }
        return nil
    }

    /// Adjective synsets with each satellite replaced by the head synsets it is similar to.
    private func heads(_ synsets: [Int]) -> Set<Int> {
        var out = Set<Int>()
        for offset in synsets {
            let f = dataFields(offset, .adj)
            guard f.count > 2, f[2] == "s" else { out.insert(offset); continue }
            out.formUnion(pointers(offset, .adj, "&"))
        }
        return out
    }

    /// Whether a word the stemmer ties to a listed form is another word altogether: both are in
    /// WordNet and no base form of the word is the listed form's ("importers" → importer, not
    /// "important"; "last" is not "lasting"). `pos` is the listed form's part of speech, as the
    /// terms lexicon gives it (nil: any). A word WordNet does not know is not judged.
    func isOtherWord(_ word: String, than listed: String, pos: String?) -> Bool {
        // A past participle is no noun: "the planned renewal" is not a plan. Read as a noun only where
        // WordNet has it as one ("shed", "need").
        if pos == "noun", word.hasSuffix("ed"), word != listed {
            return !lemmas(word, .noun).contains(listed)
        }
        let wordBases = Set(POS.allCases.flatMap { lemmas(word, $0) })
        guard !wordBases.isEmpty else { return false }
        let listedPOS: [POS] = switch pos {
        case "noun": [.noun]
        case "verb": [.verb]
        case "adjective", "relational-adjective": [.adj]
        case "adverb": [.adv]
        default: POS.allCases
        }
        let listedBases = Set(listedPOS.flatMap { lemmas(listed, $0) }).union([listed])
        return wordBases.isDisjoint(with: listedBases)
    }

    /// Every base form a word may have, irregular ones included even where the word is a lemma of
    /// its own ("found": 'to found' and the past of 'find').
    func baseForms(_ word: String) -> [String] {
        var out: [String] = []
        for pos in POS.allCases {
            for base in lemmas(word, pos) + exceptions(word, pos) where !out.contains(base) { out.append(base) }
        }
        return out
    }

    /// Base forms of a word that WordNet lists under a part of speech (its "morphy").
    func lemmas(_ word: String, _ pos: POS) -> [String] {
        var candidates = [word]
        let rules: [(String, String)]
        switch pos {
        case .noun: rules = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")]
        case .verb: rules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
        case .adj: rules = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
        case .adv: rules = []
        }
        for (suffix, ending) in rules where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            candidates.append(String(word.dropLast(suffix.count)) + ending)
        }
        var seen = Set<String>()
        let found = candidates.filter { seen.insert($0).inserted && !synsets($0, pos).isEmpty }
        // Irregular forms ("went", "mice") only when the regular rules find nothing.
        return found.isEmpty ? exceptions(word, pos).filter { !synsets($0, pos).isEmpty } : found
    }

    /// Synset offsets of a lemma (spaces written as underscores, as WordNet does).
    func synsets(_ lemma: String, _ pos: POS) -> [Int] {
        guard let line = indexLine(lemma.replacingOccurrences(of: " ", with: "_"), pos) else { return [] }
        let f = line.split(separator: " ")
        // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
        guard f.count > 4, let count = Int(f[2]), let pointers = Int(f[3]), f.count >= 6 + pointers + count else { return [] }
        return f.suffix(count).compactMap { Int($0) }
    }

    /// The words WordNet gives as opposites of an adjective or adverb
    /// ("small" → "large", "successful" → "unsuccessful"); remembered per word.
    /// Nouns and verbs are left out: their many senses make opposites of
    /// ordinary words ("get" → "end").
    public func antonymWords(_ word: String) -> [String] {
        let x = word.lowercased()
        if let known = opposites.value(ByteKey(x)) { return known }
        var out: [String] = []
        // Senses in WordNet's order (most frequent first), each once: iterating a Set would give
        // another order, and another opposite reported, in every process.
        for pos in [POS.adj, .adv] {
            var seen = Set<Int>()
            for offset in lemmas(x, pos).flatMap({ synsets($0, pos) }) where seen.insert(offset).inserted {
                // A scale of three (early / middle / late): its midpoint, glossed "between …", is the
                // opposite of neither end, and no end is the midpoint's opposite.
                let targets = antonyms(offset, pos)
                if targets.count >= 2, isMidpoint(offset, pos) { continue }
                for target in targets.sorted() where targets.count < 2 || !isMidpoint(target, pos) {
                    for w in words(target, pos) where !out.contains(w) { out.append(w) }
                }
            }
        }
        opposites.store(ByteKey(x), out)
        return out
    }

    private let opposites = BoundedMemo<ByteKey, [String]>(capacity: 50_000)

    /// The words of a synset (underscores read as spaces, adjective markers dropped).
    func words(_ offset: Int, _ pos: POS) -> [String] {
        let f = dataFields(offset, pos)
        guard f.count > 4, let count = Int(f[3], radix: 16) else { return [] }
        return (0..<count).compactMap { k in
            let at = 4 + 2 * k
            guard at < f.count else { return nil }
            var w = String(f[at]).replacingOccurrences(of: "_", with: " ")
            if let paren = w.firstIndex(of: "(") { w = String(w[..<paren]) }
            return w.lowercased()
        }
    }

    private func dataFields(_ offset: Int, _ pos: POS) -> [Substring] {
        guard let d = data[pos], offset < d.count else { return [] }
        let line: Substring = d.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var end = offset
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            return Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self))
        }
        return line.split(separator: " ")
    }

    /// The synset's definition places it "between" or "intermediate" (before its examples): the
    /// middle of a scale ("between an earlier and a later period of time").
    private func isMidpoint(_ offset: Int, _ pos: POS) -> Bool {
        let f = dataFields(offset, pos)
        guard let bar = f.firstIndex(of: "|") else { return false }
        for word in f[(bar + 1)...] {
            if word.hasPrefix("\"") { break }
            let w = word.lowercased()
            if w.hasPrefix("between") || w.hasPrefix("intermediate") { return true }
            if word.hasSuffix(";") { break }
        }
        return false
    }

    /// Offsets of synsets an antonym pointer of this synset leads to.
    func antonyms(_ offset: Int, _ pos: POS) -> Set<Int> { pointers(offset, pos, "!") }

    /// Offsets of synsets the pointers with this symbol lead to ("!" antonym, "&" similar to).
    private func pointers(_ offset: Int, _ pos: POS, _ symbol: Substring) -> Set<Int> {
        let f = dataFields(offset, pos)
        // offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]…
        guard f.count > 4, let words = Int(f[3], radix: 16) else { return [] }
        let p = 4 + 2 * words
        guard f.count > p, let pointers = Int(f[p]) else { return [] }
        var out = Set<Int>()
        for k in 0..<pointers {
            let at = p + 1 + 4 * k
            guard at + 3 < f.count else { break }
            if f[at] == symbol, let target = Int(f[at + 1]) { out.insert(target) }
        }
        return out
    }

    /// The index line of a lemma.
    private func indexLine(_ lemma: String, _ pos: POS) -> Substring? {
        guard let d = index[pos] else { return nil }
        return Self.line(keyed: lemma, in: d)
    }

    /// The line whose first field is `key`, by binary search over a file sorted
    /// on that field (byte order; licence lines, which start with spaces, sort first).
    private static func line(keyed key: String, in d: Data) -> Substring? {
        let key = Array(key.utf8)
        return d.withUnsafeBytes { raw -> Substring? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lo = 0, hi = bytes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                var start = mid
                while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var i = 0
                var order = 0
                while true {
                    let c: Int = start + i < end && bytes[start + i] != 0x20 ? Int(bytes[start + i]) : -1
                    let k: Int = i < key.count ? Int(key[i]) : -1
                    if c != k { order = c < k ? -1 : 1; break }
                    if c == -1 { break }
                    i += 1
                }
                if order == 0 { return Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                if order < 0 { lo = end + 1 } else { hi = start }
            }
            return nil
        }
    }
}
