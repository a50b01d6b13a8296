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
    /// 0…1, higher is closer.
    public let score: Double
    public let a: NameKey
    public let b: NameKey
}

/// Compares names within and across scripts: an edit similarity on the
/// romanisations together with a consonant-class similarity, so vowels and
/// length still count (Antony and Netanyahu never meet) while Hebrew and
/// Arabic, which write few vowels, still match their Latin forms.
public struct NameMatcher: Sendable {
    public static let shared = NameMatcher()

    /// Cross-script: at or above `same` is a standard rendering, at or above `variant` the same name misspelt.
    public var sameThreshold = 0.80
    public var variantThreshold = 0.70
    /// Same script: different spellings at or above this are variants.
    public var spellingThreshold = 0.82

    public init() {}

    public func compare(_ a: String, _ b: String) -> NameComparison {
        compare(NameKey(a), NameKey(b))
    }

    public func compare(_ a: NameKey, _ b: NameKey) -> NameComparison {
        let score = similarity(a, b)
        let verdict: NameVerdict
        if a.script == b.script || a.script == .common || b.script == .common {
            if a.roman == b.roman { verdict = .same } else { verdict = score >= spellingThreshold ? .variant : .different }
        } else {
            verdict = score >= sameThreshold ? .same : score >= variantThreshold ? .variant : .different
        }
        return NameComparison(verdict: verdict, score: score, a: a, b: b)
    }

    /// Word-aligned similarity: each word of the shorter name is matched to its
    /// best counterpart in the longer, in order, so "Blinken" meets "Antony Blinken".
    public func similarity(_ a: NameKey, _ b: NameKey) -> Double {
        let aw = a.roman.split(separator: " "), bw = b.roman.split(separator: " ")
        let ak = a.skeleton.split(separator: " "), bk = b.skeleton.split(separator: " ")
        guard !aw.isEmpty, !bw.isEmpty else { return 0 }
        let crossScript = a.script != b.script
        let (short, long, shortK, longK) = aw.count <= bw.count ? (aw, bw, ak, bk) : (bw, aw, bk, ak)
        var total = 0.0
        var start = 0
        for (i, word) in short.enumerated() {
            var best = 0.0, bestJ = start
            for j in start..<long.count where long.count - j >= short.count - i {
                let s = wordSimilarity(word, long[j], i < shortK.count ? shortK[i] : "", j < longK.count ? longK[j] : "", crossScript: crossScript)
                if s > best { best = s; bestJ = j }
            }
            total += best
            start = bestJ + 1
        }
        return total / Double(short.count)
    }

    func wordSimilarity(_ a: Substring, _ b: Substring, _ ak: Substring, _ bk: Substring, crossScript: Bool) -> Double {
        let roman = StringDistance.jaroWinkler(Array(a.utf8), Array(b.utf8))
        guard crossScript else { return roman }
        let skeleton = 1 - StringDistance.normalizedLevenshtein(Array(ak.utf8), Array(bk.utf8))
        return (roman + skeleton) / 2
    }
}

/// Edit measures over byte arrays (romanisations are ASCII).
enum StringDistance {
    static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    static func normalizedLevenshtein(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let n = max(a.count, b.count)
        return n == 0 ? 0 : Double(levenshtein(a, b)) / Double(n)
    }

    static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(max(a.count, b.count) / 2 - 1, 0)
        var aMatched = [Bool](repeating: false, count: a.count), bMatched = [Bool](repeating: false, count: b.count)
        var matches = 0
        for i in a.indices {
            let lo = max(0, i - window), hi = min(b.count - 1, i + window)
            guard lo <= hi else { continue }
            for j in lo...hi where !bMatched[j] && a[i] == b[j] {
                aMatched[i] = true; bMatched[j] = true; matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0, k = 0
        for i in a.indices where aMatched[i] {
            while !bMatched[k] { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
