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
            for elided in ["l'", "d'", "qu'", "j'", "n'", "s'", "c'", "m'", "t'"] where key.hasPrefix(elided) { add(key.dropFirst(elided.count)) }
        }
        return out
    }
}

/// Finds the phrases of a word list in a sentence, longest first, each token
/// used once. Phrases are sequences of word keys; a word matches by its key,
/// its clitic-free forms, or (single words) its Snowball stem.
struct PhraseFinder: Sendable {
    struct Hit: Sendable, Equatable {
        let entry: Int
        /// Token positions inside the sentence.
        let tokens: Range<Int>
    }

    // Keys hashed as bytes: lexicon keys and token forms are both normalised,
    // and String's Unicode-aware hashing of non-Latin words dominated the search.
    private let byFirst: [ByteKey: [Int]]
    private let phrases: [[String]]
    private let stemmed: [ByteKey: [Int]]
    let language: String
    private let stemmer: Stemmer
    /// Distinct per finder made in this process: the key of its cached hits.
    let id: Int = PhraseFinderIDs.next()

    /// Whether a single word may also match by its stem (not for closed classes like
    /// negation, where French "personnes" must not read as "personne", nobody).
    let useStems: Bool

    init(_ phrases: [String], language: String, useStems: Bool = true) {
        self.language = language
        self.useStems = useStems
        stemmer = Stemmer(language: language)
        // Split as the word breaker splits running text: "post-war" is two tokens there.
        let keyed = phrases.map { NameIndex.wordKeys(of: $0) }
        self.phrases = keyed
        var byFirst: [ByteKey: [Int]] = [:], stemmed: [ByteKey: [Int]] = [:]
        for (i, p) in keyed.enumerated() where !p.isEmpty {
            byFirst[ByteKey(p[0]), default: []].append(i)
            if p.count == 1 { stemmed[ByteKey(stemmer.stem(p[0])), default: []].append(i) }
        }
        for (k, v) in byFirst { byFirst[k] = v.sorted { keyed[$0].count > keyed[$1].count } }
        self.byFirst = byFirst
        self.stemmed = stemmed
    }

    func find(in tokens: [Token]) -> [Hit] {
        find(in: tokens, words: SentenceWords(tokens, language: language))
    }

    /// With the sentence's word forms and stems computed once for every list searched.
    func find(in tokens: [Token], words: SentenceWords) -> [Hit] {
        var hits: [Hit] = []
        var i = 0
        let forms = words.forms
        while i < tokens.count {
            var best: Hit? = nil
            for form in forms[i] {
                for p in byFirst[ByteKey(form)] ?? [] {
                    let phrase = phrases[p]
                    guard i + phrase.count <= tokens.count, phrase.count > (best.map { $0.tokens.count } ?? 0) else { continue }
                    if (1..<max(phrase.count, 1)).allSatisfy({ k in k >= phrase.count || forms[i + k].contains { ByteKey($0) == ByteKey(phrase[k]) } }) {
                        best = Hit(entry: p, tokens: i..<(i + phrase.count))
                    }
                }
            }
            if best == nil, useStems, tokens[i].kind == .word {
                for stem in words.stems[i] {
                    if let p = stemmed[ByteKey(stem)]?.first { best = Hit(entry: p, tokens: i..<(i + 1)); break }
                }
            }
            if let best {
                hits.append(best)
                i = best.tokens.upperBound
            } else {
                i += 1
            }
        }
        return hits
    }
}

/// The lookup forms and stems of every token of a sentence, computed once and
/// shared by all the word lists a check searches.
public struct SentenceWords: Sendable {
    let forms: [[String]]
    let stems: [[String]]

    init(_ tokens: [Token], language: String) {
        let stemmer = Stemmer(language: language)
        var forms: [[String]] = [], stems: [[String]] = []
        forms.reserveCapacity(tokens.count)
        stems.reserveCapacity(tokens.count)
        for token in tokens {
            // A word's forms and stems depend on the word alone: remembered across sentences and pairs.
            let key = language + "|" + token.key
            if let known = Self.memo.value(key) {
                forms.append(known.forms)
                stems.append(token.kind == .word ? known.stems : [])
                continue
            }
            let f = WordForms.of(token.key, language: language)
            let s = f.map(stemmer.stem)
            Self.memo.store(key, Known(forms: f, stems: s))
            forms.append(f)
            stems.append(token.kind == .word ? s : [])
        }
        self.forms = forms
        self.stems = stems
    }

    private struct Known: Sendable { let forms: [String]; let stems: [String] }
    private static let memo = BoundedMemo<String, Known>(capacity: 200_000)
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
