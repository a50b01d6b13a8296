import Foundation

/// What the aligner compares of a sentence: a weighted bag of keys (words,
/// romanised consonant skeletons across scripts, number and date values)
/// and its length in letters and digits.
struct SentenceProfile: Sendable {
    /// (key id, weight), sorted by key id.
    var keys: [(Int, Double)]
    var length: Double
    var paragraphStart: Bool
    /// A line without closing punctuation: a headline, dateline or byline,
    /// which translations keep on its own rather than merge with body text.
    var isHeading: Bool = false

    /// Profiles of both documents, with keys weighted by inverse document frequency
    /// over the sentences of both.
    static func profiles(source: AnalyzedDocument, target: AnalyzedDocument) -> ([SentenceProfile], [SentenceProfile]) {
        let crossScript = dominantScript(source.document) != dominantScript(target.document)
        var ids: [String: Int] = [:]
        func rawKeys(_ doc: AnalyzedDocument) -> [[Int]] {
            doc.document.sentences.map { sentence in
                var out: [Int] = []
                func add(_ key: String) {
                    let id = ids[key] ?? ids.count
                    ids[key] = id
                    out.append(id)
                }
                for token in doc.document.tokens(of: sentence) where token.kind == .word {
                    if crossScript {
                        if let skeleton = consonantSkeleton(token.text) { add("~" + skeleton) }
                    } else {
                        add(token.key)
                    }
                }
                let facts = doc.facts[sentence.index]
                for number in facts.numbers where !number.isWeak { add("#\(number.value)") }
                for date in facts.dates { add("@" + date.normalForm) }
                return out
            }
        }
        let sourceKeys = rawKeys(source), targetKeys = rawKeys(target)
        var df = [Int](repeating: 0, count: ids.count)
        for keys in sourceKeys + targetKeys { for id in Set(keys) { df[id] += 1 } }
        let n = Double(sourceKeys.count + targetKeys.count)
        let numberIDs = Set(ids.filter { $0.key.hasPrefix("#") || $0.key.hasPrefix("@") }.map(\.value))
        func build(_ doc: AnalyzedDocument, _ keys: [[Int]]) -> [SentenceProfile] {
            doc.document.sentences.enumerated().map { index, sentence in
                var weights: [Int: Double] = [:]
                for id in keys[index] {
                    let idf = max(log(n / Double(df[id])), 0.05)
                    weights[id, default: 0] += numberIDs.contains(id) ? 2 * idf : idf
                }
                let length = Double(doc.document.tokens(of: sentence).reduce(0) { $0 + $1.text.count })
                let paragraphStart = index == 0 || doc.document.sentences[index - 1].paragraph != sentence.paragraph
                let last = sentence.text.unicodeScalars.last { !QuoteDelimiters.allMarks.contains(Character($0)) && $0 != ")" }
                let closed = last.map { ".!?。؟।…:;".unicodeScalars.contains($0) } ?? false
                return SentenceProfile(keys: weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                       length: length, paragraphStart: paragraphStart, isHeading: !closed)
            }
        }
        return (build(source, sourceKeys), build(target, targetKeys))
    }

    static func dominantScript(_ document: Document) -> Script {
        var counts: [Script: Int] = [:]
        // Counted in runs: a dictionary write per word was most of this function's cost.
        var run: (script: Script, count: Int)? = nil
        for token in document.tokens.prefix(500) where token.kind == .word {
            guard let s = token.text.unicodeScalars.first else { continue }
            let script = Script.of(s)
            if run?.script == script { run!.count += 1; continue }
            if let r = run { counts[r.script, default: 0] += r.count }
            run = (script, 1)
        }
        if let r = run { counts[r.script, default: 0] += r.count }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.code > $1.key.code) }?.key ?? .latin
    }

    /// Romanised consonants of a word ("Blinken", "بلينكن", "Блинкен" → "blnkn"):
    /// a weak cross-script anchor for names and loanwords.
    static func consonantSkeleton(_ word: String) -> String? {
        let roman: String
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            roman = word.lowercased()  // already Latin: ICU would return it unchanged
        } else if let known = romanised.value(ByteKey(word)) {
            roman = known
        } else if let latin = LatinASCII.fold(word) {
            roman = latin.lowercased()  // accented Latin: ICU's Latin-ASCII, without opening ICU
        } else {
            guard let romaniser = try? Transliterator.named(Transliterator.toLatinASCII) else { return nil }
            roman = romaniser.transliterate(word).lowercased()
            romanised.store(ByteKey(word), roman)
        }
        var out = ""
        var previous: Character = " "
        for c in roman where c.isLetter && !"aeiouyhw'".contains(c) {
            let folded: Character = c == "k" || c == "q" ? "k" : c == "z" ? "s" : c
            if folded != previous { out.append(folded) }
            previous = folded
        }
        return out.count >= 3 ? out : nil
    }

    /// Romanisations already made in this process: ICU transliteration is the
    /// costly part of a skeleton, and a language's vocabulary repeats from one
    /// document to the next.
    private static let romanised = BoundedMemo<ByteKey, String>(capacity: 200_000)

    /// Merges the profiles of consecutive sentences.
    static func merge(_ profiles: ArraySlice<SentenceProfile>) -> SentenceProfile {
        guard profiles.count > 1 else { return profiles.first! }
        var weights: [Int: Double] = [:]
        for p in profiles { for (id, w) in p.keys { weights[id, default: 0] += w } }
        return SentenceProfile(keys: weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                               length: profiles.reduce(0) { $0 + $1.length },
                               paragraphStart: profiles.first!.paragraphStart,
                               isHeading: profiles.contains { $0.isHeading })
    }

    /// Weighted Dice overlap of two bags, 0…1.
    static func overlap(_ a: SentenceProfile, _ b: SentenceProfile) -> Double {
        var i = 0, j = 0, shared = 0.0, total = 0.0
        for (_, w) in a.keys { total += w }
        for (_, w) in b.keys { total += w }
        guard total > 0 else { return 0 }
        while i < a.keys.count && j < b.keys.count {
            if a.keys[i].0 == b.keys[j].0 {
                shared += 2 * min(a.keys[i].1, b.keys[j].1)
                i += 1; j += 1
            } else if a.keys[i].0 < b.keys[j].0 { i += 1 } else { j += 1 }
        }
        return shared / total
    }
}
