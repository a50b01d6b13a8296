import Foundation

/// Whether two names denote the same person, place or organisation.
public enum NameVerdict: String, Sendable {
    /// A standard rendering of the same name (Gallant, غالانت, גלנט, Галант).
    case same
    /// The same name spelt differently (Galanat, Anthony for Antony).
    case variant
    /// Another name (McCain for McGurk).
    case different
}

public struct NameComparison: Sendable {
    public let verdict: NameVerdict
    /// 0…1, higher is closer: at or above `NameMatcher.variantScore` a
    /// variant, at or above `NameMatcher.sameScore` the same name.
    public let score: Double
    public let a: NameKey
    public let b: NameKey
}

/// Compares names within and across scripts.
///
/// Latin against Hebrew, Arabic or Cyrillic words goes through a learned
/// edit model (edit_<lang>.tsv): how much cheaper the model spells the two
/// words together than chance spells them apart, per character, calibrated
/// to a probability on held-out data (params.tsv). Vowels and length count,
/// so Antony and Netanyahu never meet. Words in one alphabet, and foreign
/// words of two different alphabets, compare their spellings or
/// romanisations by a hand-weighted edit distance (latin_costs.tsv).
///
/// Multi-word names align monotonically: every word of the shorter name
/// meets one of the longer, whose other words (given names, particles) may
/// stay unmatched, so "Gallant" is "Yoav Gallant". Scores of every kind of
/// pair are mapped onto one scale, so thresholds are the same for all.
public struct NameMatcher: Sendable {
    public static let shared = NameMatcher()

    /// Score at or above which names are the same.
    public static let sameScore = 0.75
    /// Score at or above which names are variants of each other.
    public static let variantScore = 0.5

    /// Same alphabet: spellings this similar (hand-weighted edit distance) are variants.
    public var spellingThreshold = 0.80
    /// Two foreign alphabets without a direct model (Arabic against Russian):
    /// romanisations this similar are variants, and this similar the same.
    public var romanVariantThreshold = 0.75
    public var romanSameThreshold = 0.92

    let tables: NameTables

    public init() { tables = .shared }

    public func compare(_ a: String, _ b: String) -> NameComparison {
        compare(Self.key(a), Self.key(b))
    }

    /// Keys of names compared before: a checker compares the same lexicon forms with
    /// many spans, and romanising a name is most of a comparison's cost.
    private static let keys = BoundedMemo<ByteKey, NameKey>(capacity: 50_000)
    static func key(_ text: String) -> NameKey { keys.value(ByteKey(text)) { NameKey(text) } }

    public func compare(_ a: NameKey, _ b: NameKey) -> NameComparison {
        let (score, verdict) = align(a.tokens, b.tokens)
        return NameComparison(verdict: verdict, score: score, a: a, b: b)
    }

    /// The score of `compare`, in 0…1.
    public func similarity(_ a: NameKey, _ b: NameKey) -> Double {
        align(a.tokens, b.tokens).score
    }

    /// Monotone alignment in which every word of the shorter name is matched:
    /// the best mean word score, held below `same` (`variant`) when a matched
    /// word falls below it.
    func align(_ a: [NameToken], _ b: [NameToken]) -> (score: Double, verdict: NameVerdict) {
        guard !a.isEmpty, !b.isEmpty else { return (0, .different) }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count == 1 && long.count == 1 {
            let s = wordScore(short[0], long[0])
            return (s, verdict(s))
        }
        let scores = short.map { s in long.map { wordScore(s, $0) } }
        // best[i][j]: best total for the first i short words within the first j long words.
        let n = short.count, m = long.count
        var best = [[Double]](repeating: [Double](repeating: -.infinity, count: m + 1), count: n + 1)
        for j in 0...m { best[0][j] = 0 }
        for i in 1...n {
            for j in i...m {
                best[i][j] = max(best[i][j - 1], best[i - 1][j - 1] + scores[i - 1][j - 1])
            }
        }
        // Trace back for the weakest matched word.
        var weakest = Double.infinity
        var i = n, j = m
        while i > 0 {
            if j > i && best[i][j] == best[i][j - 1] { j -= 1; continue }
            weakest = min(weakest, scores[i - 1][j - 1])
            i -= 1; j -= 1
        }
        // A pair of words short of `same` keeps the whole name short of it.
        let mean = best[n][m] / Double(n)
        let ceiling = weakest >= Self.sameScore ? 1 : weakest >= Self.variantScore ? Self.sameScore.nextDown : Self.variantScore.nextDown
        let score = min(mean, ceiling)
        return (score, verdict(score))
    }

    private func verdict(_ score: Double) -> NameVerdict {
        score >= Self.sameScore ? .same : score >= Self.variantScore ? .variant : .different
    }

    /// One word against another on the common scale.
    func wordScore(_ a: NameToken, _ b: NameToken) -> Double {
        if a.alphabet == b.alphabet {
            if a.letters == b.letters { return 1 }
            let s = tables.latinCosts.similarity(a.roman, b.roman)
            return min(Self.scale(s, variant: spellingThreshold, same: 1), 0.74)
        }
        if let latin = a.latin ?? b.latin, case let foreign = a.latin == nil ? a : b, foreign.alphabet != .latin,
           let model = tables.editModel(foreign.alphabet),
           let slope = parameter(foreign.alphabet, "a"), let intercept = parameter(foreign.alphabet, "b") {
            let key = ModelScoreKey(alphabet: foreign.alphabet, foreign: foreign.letters, latin: a.latin == nil ? b.letters : a.letters)
            return Self.modelScores.value(key) {
                var x = -Double.infinity
                let single = (a.latin == nil ? b : a).latinSingle
                for form in foreign.foreign {
                    x = max(x, model.affinity(form, latin))
                    if let single { x = max(x, model.affinity(form, single)) }
                }
                let p = 1 / (1 + exp(-(slope * x + intercept)))
                return Self.scale(p, variant: parameter(foreign.alphabet, "variant") ?? 0.5,
                                  same: parameter(foreign.alphabet, "same") ?? 0.8)
            }
        }
        let s = max(tables.latinCosts.similarity(a.roman, b.roman),
                    tables.latinCosts.similarity(a.roman, b.roman, vowelIndel: 0.2) - 0.05)
        return Self.scale(s, variant: romanVariantThreshold, same: romanSameThreshold)
    }

    /// Scores of the edit models, remembered: the same names meet again in every translation of a
    /// story and across an archive, and the models' Viterbi search was a fifth of an audit's time.
    /// Keyed on letters and alphabet, all the score depends on (the tables are the shared ones).
    private static let modelScores = BoundedMemo<ModelScoreKey, Double>(capacity: 100_000)
    private struct ModelScoreKey: Hashable, Sendable {
        let alphabet: NameAlphabet
        let foreign: [Unicode.Scalar]
        let latin: [Unicode.Scalar]
    }

    private func parameter(_ alphabet: NameAlphabet, _ name: String) -> Double? {
        tables.parameters["\(alphabet.rawValue).\(name)"]
    }

    /// Maps a similarity with its own thresholds piecewise-linearly onto the
    /// common scale: [0, variant) → [0, 0.5), [variant, same) → [0.5, 0.75), [same, 1] → [0.75, 1].
    static func scale(_ s: Double, variant: Double, same: Double) -> Double {
        let v = variantScore, u = sameScore
        if s < variant { return v * max(s, 0) / variant }
        if s < same { return v + (u - v) * (s - variant) / (same - variant) }
        return same >= 1 ? 1 : u + (1 - u) * (min(s, 1) - same) / (1 - same)
    }
}
