/// The hand-weighted edit distance between two normalised Latin spellings
/// (latin_costs.tsv): vowels, doubled letters and h are cheap to drop, letters
/// of one class (c/k/q, s/z, f/v/w…) cheap to swap, so Galant meets Gallant
/// and Anthony meets Antony while McCain stays away from McGurk.
struct LatinCosts: Sendable {
    private var substitution = [[Double]](repeating: [Double](repeating: 1, count: 27), count: 27)
    private var indelDouble = 0.25, indelH = 0.3, indelVowel = 0.6, indelOther = 1.0

    init(rows: [[Substring]] = []) {
        var classes: [Set<UInt8>] = []
        var constants: [Substring: Double] = [:]
        for row in rows where row.count >= 3 {
            if row[0] == "class" { classes.append(Set(row[2].utf8)) } else if let v = Double(row[2]) { constants[row[1]] = v }
        }
        let vowels = Set("aeiouy".utf8)
        for x in UInt8(ascii: "a")...UInt8(ascii: "z") {
            for y in UInt8(ascii: "a")...UInt8(ascii: "z") {
                let cost: Double
                if x == y { cost = 0 } else if vowels.contains(x) && vowels.contains(y) {
                    cost = constants["sub_vowel"] ?? 0.5
                } else if classes.dropFirst().contains(where: { $0.contains(x) && $0.contains(y) }) {
                    cost = constants["sub_class"] ?? 0.5
                } else {
                    cost = constants["sub_other"] ?? 1
                }
                substitution[Int(x - 0x60)][Int(y - 0x60)] = cost
            }
        }
        indelDouble = constants["indel_double"] ?? indelDouble
        indelH = constants["indel_h"] ?? indelH
        indelVowel = constants["indel_vowel"] ?? indelVowel
        indelOther = constants["indel_other"] ?? indelOther
    }

    private func indel(_ s: [UInt8], _ k: Int, vowel: Double) -> Double {
        let c = s[k]
        if (k > 0 && s[k - 1] == c) || (k + 1 < s.count && s[k + 1] == c) { return indelDouble }
        if c == UInt8(ascii: "h") { return indelH }
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return vowel
        default: return indelOther
        }
    }

    func distance(_ a: [UInt8], _ b: [UInt8], vowelIndel: Double? = nil) -> Double {
        let vowel = vowelIndel ?? indelVowel
        let da = a.indices.map { indel(a, $0, vowel: vowel) }, db = b.indices.map { indel(b, $0, vowel: vowel) }
        var previous = [0.0]
        for j in b.indices { previous.append(previous[j] + db[j]) }
        var current = previous
        for i in a.indices {
            current[0] = previous[0] + da[i]
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + da[i], current[j] + db[j],
                                     previous[j] + substitution[Int(a[i] &- 0x60) % 27][Int(b[j] &- 0x60) % 27])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 1 − distance / longer length, in 0…1.
    func similarity(_ a: [UInt8], _ b: [UInt8], vowelIndel: Double? = nil) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return max(0, 1 - distance(a, b, vowelIndel: vowelIndel) / Double(max(a.count, b.count)))
    }
}
