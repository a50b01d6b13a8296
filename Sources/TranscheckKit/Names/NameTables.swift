import Foundation

/// The writing systems the name matcher has tables for; anything else is
/// romanised through ICU and compared as Latin.
enum NameAlphabet: String, Sendable, CaseIterable {
    case latin = "la", hebrew = "he", arabic = "ar", cyrillic = "ru"

    init(_ script: Script) {
        switch script {
        case .hebrew: self = .hebrew
        case .arabic: self = .arabic
        case .cyrillic: self = .cyrillic
        default: self = .latin
        }
    }

    /// Whether a scalar is a letter of this alphabet (the normalised forms keep only these).
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch self {
        case .hebrew: return (0x0590...0x05FF).contains(v) || (0xFB1D...0xFB4F).contains(v)
        case .arabic: return (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0xFB50...0xFEFF).contains(v)
        case .cyrillic: return (0x0400...0x052F).contains(v)
        case .latin: return v >= 0x61 && v <= 0x7A
        }
    }
}

/// The data of `lexicons/names/matching/`, read once: character folding,
/// romanisation, Latin edit costs, the learned edit models, the chance
/// (bigram) models and the calibration. Missing files leave empty tables;
/// the matcher then falls back to comparing romanisations.
struct NameTables: Sendable {
    static let shared = NameTables(folder: "names/matching")

    /// normalise.tsv: character → replacement (empty deletes).
    var folding: [Unicode.Scalar: String] = [:]
    /// romanise.tsv per alphabet.
    var romanisation: [NameAlphabet: RomanisationTable] = [:]
    var latinCosts = LatinCosts()
    /// edit_<lang>.tsv and lm_<lang>.tsv, read the first time a name in that alphabet is compared
    /// (a check of two English texts never pays for the Arabic, Hebrew and Russian models).
    private let models: AlphabetModels

    /// The foreign → English edit model of an alphabet.
    func editModel(_ alphabet: NameAlphabet) -> EditModel? { models.get(alphabet).edit }
    /// The character bigram costs of an alphabet (lm_en.tsv for Latin).
    func chance(_ alphabet: NameAlphabet) -> BigramModel? { models.get(alphabet).chance }
    /// params.tsv: name → value.
    var parameters: [String: Double] = [:]

    init(folder: String) {
        @Sendable func rows(_ file: String) -> [[Substring]] {
            (LexiconDirectory.lines("\(folder)/\(file)") ?? []).compactMap { line in
                if line.isEmpty || line.hasPrefix("#") { return nil }
                return LexiconDirectory.fields(line, separator: 0x09)
            }
        }
        for row in rows("normalise.tsv") where row.count >= 2 {
            let to = row.count > 2 ? String(row[2]) : ""
            for scalar in Self.scalars(row[1]) { folding[scalar] = to }
        }
        for row in rows("romanise.tsv") where row.count >= 3 {
            guard let alphabet = NameAlphabet(rawValue: String(row[0])) else { continue }
            romanisation[alphabet, default: RomanisationTable()].add(
                source: String(row[1]), context: String(row[2]), latin: row.count > 3 ? String(row[3]) : "")
        }
        latinCosts = LatinCosts(rows: rows("latin_costs.tsv"))
        models = AlphabetModels { alphabet in
            let code = alphabet == .latin ? "en" : alphabet.rawValue
            let lm = rows("lm_\(code).tsv")
            let edit = alphabet == .latin ? [] : rows("edit_\(code).tsv")
            return (lm.isEmpty ? nil : BigramModel(rows: lm), edit.isEmpty ? nil : EditModel(rows: edit))
        }
        for row in rows("params.tsv") where row.count >= 2 {
            if let value = Double(row[1]) { parameters[String(row[0])] = value }
        }
    }

    /// "x", "U+XXXX" or "U+XXXX-U+YYYY".
    private static func scalars(_ field: Substring) -> [Unicode.Scalar] {
        guard field.hasPrefix("U+") else { return Array(field.unicodeScalars) }
        let bounds = field.split(separator: "-").compactMap { UInt32($0.dropFirst(2), radix: 16) }
        guard let lo = bounds.first else { return [] }
        let hi = bounds.count > 1 ? bounds[1] : lo
        return (lo...max(lo, hi)).compactMap(Unicode.Scalar.init)
    }
}

/// romanise.tsv for one alphabet: one- and two-character sources, each with
/// outputs by position (initial, medial, final, any).
struct RomanisationTable: Sendable {
    private var rules: [String: [String: String]] = [:]

    mutating func add(source: String, context: String, latin: String) {
        rules[source, default: [:]][context] = latin
    }

    /// Longest match left to right; unknown characters are dropped.
    func romanise(_ scalars: [Unicode.Scalar]) -> String {
        var out = ""
        var i = 0
        while i < scalars.count {
            var advance = 1
            for length in [2, 1] where i + length <= scalars.count {
                var source = ""
                source.unicodeScalars.append(contentsOf: scalars[i..<(i + length)])
                guard let byContext = rules[source] else { continue }
                let context = i == 0 ? "initial" : i + length == scalars.count ? "final" : "medial"
                if let latin = byContext[context] ?? byContext["any"] {
                    out += latin
                    advance = length
                    break
                }
            }
            i += advance
        }
        return out
    }
}

import Foundation

/// Per-alphabet models loaded on first use, once, under a lock.
final class AlphabetModels: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [NameAlphabet: (chance: BigramModel?, edit: EditModel?)] = [:]
    private let load: @Sendable (NameAlphabet) -> (BigramModel?, EditModel?)

    init(_ load: @escaping @Sendable (NameAlphabet) -> (BigramModel?, EditModel?)) { self.load = load }

    func get(_ alphabet: NameAlphabet) -> (chance: BigramModel?, edit: EditModel?) {
        lock.lock()
        defer { lock.unlock() }
        if let hit = loaded[alphabet] { return hit }
        let made = load(alphabet)
        loaded[alphabet] = (made.0, made.1)
        return (made.0, made.1)
    }
}
