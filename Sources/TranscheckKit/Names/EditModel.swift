import Foundation

/// A learned joint edit model from one foreign alphabet to English letters
/// (edit_<lang>.tsv, trained by tools/names_train.py): ops turn 0–2 foreign
/// characters (with ^ and $ for the token's ends) into 0–3 English letters at
/// a cost of −ln p. A pair costs its cheapest op sequence (Viterbi).
struct EditModel: Sendable {
    /// Ops by packed source (see `sourceKey`).
    private var ops: [UInt64: [EditOp]] = [:]
    /// Insertion of an English letter, by letter code 1…26.
    private var insertion = [Double](repeating: .infinity, count: 27)
    /// Any foreign character → any one letter or nothing, any letter inserted:
    /// above every learned op, so unrelated pairs still get a finite cost.
    private(set) var backoff = 20.0

    init(rows: [[Substring]]) {
        var highest = 0.0
        for row in rows where row.count >= 3 {
            guard let cost = Double(row[2]), let target = LatinForm.code(row[1]) else { continue }
            highest = max(highest, cost)
            let source = Array(row[0].unicodeScalars)
            if source.isEmpty {
                if row[1].utf8.count == 1 { insertion[Int(target)] = cost }
                continue
            }
            guard source.count <= 2 else { continue }
            ops[Self.sourceKey(source[...]), default: []].append(EditOp(target: target, length: UInt8(row[1].utf8.count), cost: cost))
        }
        backoff = highest + 1
        for i in insertion.indices { insertion[i] = min(insertion[i], backoff) }
    }

    static func sourceKey(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var key: UInt64 = 0
        for s in scalars { key = key << 21 | UInt64(s.value) }
        return key | UInt64(scalars.count) << 60
    }

    /// The ops that apply at each position of a normalised foreign token.
    func prepare(_ scalars: [Unicode.Scalar], chance: BigramModel?) -> ForeignForm {
        let bounded = ["^"] + scalars + ["$"]
        var one: [[EditOp]] = [], two: [[EditOp]] = []
        for i in bounded.indices {
            one.append(ops[Self.sourceKey(bounded[i...i])] ?? [])
            two.append(i + 1 < bounded.count ? ops[Self.sourceKey(bounded[i...(i + 1)])] ?? [] : [])
        }
        return ForeignForm(length: scalars.count, one: one, two: two, chance: chance?.cost(scalars) ?? 0)
    }

    /// Viterbi cost of spelling the foreign and the English token together.
    func cost(_ f: ForeignForm, _ e: LatinForm) -> Double {
        let n = f.one.count, m = e.letters.count, width = m + 1
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: (n + 1) * width) { d in
            d.initialize(repeating: .infinity)
            d[0] = 0
            for i in 0...n {
                for j in 0...m {
                    let here = d[i * width + j]
                    if here == .infinity { continue }
                    if j < m {
                        let c = here + insertion[Int(e.letters[j])]
                        if c < d[i * width + j + 1] { d[i * width + j + 1] = c }
                    }
                    guard i < n else { continue }
                    let next = (i + 1) * width + j
                    let skip = here + backoff
                    if skip < d[next] { d[next] = skip }
                    if j < m && skip < d[next + 1] { d[next + 1] = skip }
                    for op in f.one[i] {
                        let l = Int(op.length)
                        if j + l <= m && e.code(j, l) == op.target, here + op.cost < d[next + l] { d[next + l] = here + op.cost }
                    }
                    guard i + 1 < n else { continue }
                    let after = next + width
                    for op in f.two[i] {
                        let l = Int(op.length)
                        if j + l <= m && e.code(j, l) == op.target, here + op.cost < d[after + l] { d[after + l] = here + op.cost }
                    }
                }
            }
            return d[n * width + m]
        }
    }

    /// Per-character pointwise mutual information of the pair: how much
    /// cheaper the edit model spells them together than chance spells them apart.
    func affinity(_ f: ForeignForm, _ e: LatinForm) -> Double {
        (f.chance + e.chance - cost(f, e)) / Double(f.length + e.letters.count)
    }
}

struct EditOp: Sendable {
    let target: UInt32
    let length: UInt8
    let cost: Double
}

/// A foreign token prepared for an edit model: the ops at each position of
/// "^" + token + "$" and the token's chance cost.
struct ForeignForm: Sendable {
    let length: Int
    let one: [[EditOp]]
    let two: [[EditOp]]
    let chance: Double
}

/// A normalised Latin token: letters as codes 1…26 and the codes of its
/// substrings of up to three letters.
struct LatinForm: Sendable {
    let letters: [UInt8]
    private let codes: [UInt32]
    let chance: Double

    init(_ ascii: [UInt8], chance: BigramModel?) {
        letters = ascii.map { $0 &- 0x60 }
        var codes = [UInt32](repeating: 0, count: (ascii.count + 1) * 4)
        for j in 0...ascii.count {
            var code: UInt32 = 0
            for l in 1..<4 where j + l <= ascii.count {
                code = code * 27 + UInt32(letters[j + l - 1])
                codes[j * 4 + l] = code
            }
        }
        self.codes = codes
        self.chance = chance?.cost(ascii.map { Unicode.Scalar($0) }) ?? 0
    }

    @inline(__always) func code(_ start: Int, _ length: Int) -> UInt32 { codes[start * 4 + length] }

    /// The code of a target string of a–z letters (nil when it has others).
    static func code(_ text: Substring) -> UInt32? {
        var code: UInt32 = 0
        for b in text.utf8 {
            guard b >= 0x61 && b <= 0x7A else { return nil }
            code = code * 27 + UInt32(b - 0x60)
        }
        return code
    }
}

/// Character bigram costs (−ln p) with ^ and $ as token ends: the chance
/// model a pair's edit cost is weighed against.
struct BigramModel: Sendable {
    private var costs: [UInt64: Double] = [:]
    private var unseen = 10.0

    init(rows: [[Substring]]) {
        for row in rows where row.count >= 3 {
            guard let cost = Double(row[2]), let a = row[0].unicodeScalars.first, let b = row[1].unicodeScalars.first else { continue }
            if row[0] == "?" && row[1] == "?" { unseen = cost } else { costs[Self.key(a, b)] = cost }
        }
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    func cost(_ scalars: [Unicode.Scalar]) -> Double {
        var total = 0.0
        var previous: Unicode.Scalar = "^"
        for s in scalars + ["$"] {
            total += costs[Self.key(previous, s)] ?? unseen
            previous = s
        }
        return total
    }
}
