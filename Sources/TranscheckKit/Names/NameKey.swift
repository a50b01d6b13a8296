import Foundation

/// The comparison keys of a name: its script, its words normalised per
/// alphabet (and prepared for the learned edit models), a Latin ASCII
/// romanisation and a consonant-class skeleton. Build a key once per mention
/// and compare it many times.
public struct NameKey: Sendable, Equatable {
    public let text: String
    /// The main script of the letters (Latin, Arabic, Hebrew, Cyrillic…).
    public let script: Script
    /// Lower-case ASCII letters, words separated by one space ("yoav gallant").
    public let roman: String
    /// Consonant classes per word ("ghlnt" style, see `ConsonantClasses`).
    public let skeleton: String
    /// The words as the matcher compares them.
    let tokens: [NameToken]

    public init(_ text: String) {
        self.text = text
        var counts: [Script: Int] = [:]
        for scalar in text.unicodeScalars where Script.isLetter(scalar) {
            let script = Script.of(scalar)
            if script.isSpecific { counts[script, default: 0] += 1 }
        }
        script = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.code > $1.key.code) }?.key ?? .common
        tokens = NameToken.tokens(of: text, script: script, tables: .shared)
        roman = tokens.map { String(decoding: $0.roman, as: UTF8.self) }.joined(separator: " ")
        skeleton = roman.split(separator: " ").map { ConsonantClasses.skeleton(of: $0) }.joined(separator: " ")
    }

    /// The romanised words.
    public var words: [Substring] { roman.split(separator: " ") }

    public static func == (a: NameKey, b: NameKey) -> Bool { a.text == b.text }
}

/// One word of a name, normalised for its alphabet (normalise.tsv): Latin as
/// a–z, Hebrew/Arabic/Cyrillic as their letters with final forms, marks and
/// letter variants folded and every geresh written "'".
struct NameToken: Sendable {
    let alphabet: NameAlphabet
    /// Normalised letters (a–z for Latin).
    let letters: [Unicode.Scalar]
    /// Lower-case ASCII romanisation (the letters themselves for Latin).
    let roman: [UInt8]
    /// Latin words: ready for the edit models.
    let latin: LatinForm?
    /// Latin words with a doubled letter: also without it ("Qattan" as "qatan"), as Arabic and
    /// Hebrew write one letter where Latin doubles (قطان), and the models learnt few such pairs.
    let latinSingle: LatinForm?
    /// Foreign words: ready for their alphabet's edit model; Arabic words
    /// with the article also without it (الأسد → Assad).
    let foreign: [ForeignForm]

    static func tokens(of text: String, script: Script, tables: NameTables) -> [NameToken] {
        var alphabet = NameAlphabet(script)
        var source = text
        if alphabet == .latin && script != .latin && script != .common {
            // Greek, Armenian…: no tables of ours, ICU romanises.
            source = NameRomaniser.icu(text, script: script)
            alphabet = .latin
        }
        return words(of: source).compactMap { NameToken($0, alphabet: alphabet, tables: tables) }
    }

    /// Words split at spaces, hyphens and punctuation, apostrophes and geresh kept.
    static func words(of text: String) -> [String] {
        var out: [String] = [], word = ""
        for scalar in text.unicodeScalars {
            let keep = Script.isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark
                || apostrophes.contains(scalar.value)
            if keep { word.unicodeScalars.append(scalar) } else if !word.isEmpty { out.append(word); word = "" }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    private static let apostrophes: Set<UInt32> = [0x27, 0x2019, 0x2018, 0x60, 0x2032, 0x2BC, 0x2B9, 0xB4, 0x5F3]

    init?(_ word: String, alphabet: NameAlphabet, tables: NameTables) {
        let letters = Self.normalise(word, alphabet: alphabet, folding: tables.folding)
        guard !letters.isEmpty else { return nil }
        self.alphabet = alphabet
        self.letters = letters
        if alphabet == .latin {
            roman = letters.map { UInt8($0.value) }
            latin = LatinForm(roman, chance: tables.chance(.latin))
            var single: [UInt8] = []
            for c in roman where single.last != c { single.append(c) }
            latinSingle = single.count < roman.count ? LatinForm(single, chance: tables.chance(.latin)) : nil
            foreign = []
        } else {
            let romanised = tables.romanisation[alphabet]?.romanise(letters) ?? NameRomaniser.icu(word, script: .common)
            roman = Array(romanised.utf8.filter { $0 >= 0x61 && $0 <= 0x7A })
            latin = nil
            latinSingle = nil
            if let model = tables.editModel(alphabet) {
                var forms = [model.prepare(letters, chance: tables.chance(alphabet))]
                if alphabet == .arabic && letters.count >= 4 && letters[0] == "\u{627}" && letters[1] == "\u{644}" {
                    forms.append(model.prepare(Array(letters.dropFirst(2)), chance: tables.chance(alphabet)))
                }
                foreign = forms
            } else {
                foreign = []
            }
        }
    }

    /// normalise.tsv applied. Latin: NFKD, lower case, marks dropped, a–z kept.
    /// Others: NFC, lower case, letters of the alphabet and "'" kept (not leading).
    static func normalise(_ word: String, alphabet: NameAlphabet, folding: [Unicode.Scalar: String]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        if alphabet == .latin {
            for scalar in word.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                for s in folding[scalar]?.unicodeScalars.map({ $0 }) ?? [scalar] where alphabet.contains(s) { out.append(s) }
            }
            return out
        }
        for scalar in word.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            for s in folding[scalar]?.unicodeScalars.map({ $0 }) ?? [scalar] where alphabet.contains(s) || (s == "'" && !out.isEmpty) {
                out.append(s)
            }
        }
        return out
    }
}

/// ICU romanisation for scripts without tables of ours.
enum NameRomaniser {
    static func icu(_ text: String, script: Script) -> String {
        let id: String
        switch script {
        case .latin, .common:
            if let folded = LatinASCII.fold(text) { return folded }
            id = "Latin-ASCII"
        case .cyrillic: id = "Russian-Latin/BGN; Latin-ASCII"
        case .greek: id = "Greek-Latin/UNGEGN; Latin-ASCII"
        default: id = Transliterator.toLatinASCII
        }
        return ((try? Transliterator.named(id)) ?? (try? Transliterator.named(Transliterator.toLatinASCII)))?
            .transliterate(text) ?? text
    }
}

/// Consonant classes shared by English, Arabic, Hebrew and Russian
/// romanisations: letters that scripts render interchangeably fall together
/// (g/j for Arabic ج, k/c/q, s/z/c, f/p/v for Hebrew פ, w/v), vowels vanish
/// except a word-initial one, and doubled classes collapse.
enum ConsonantClasses {
    static func skeleton(of word: Substring) -> String {
        var out: [UInt8] = []
        let bytes = Array(word.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
            var cls: UInt8
            var advance = 1
            switch c {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
                cls = i == 0 ? UInt8(ascii: "a") : 0
            case UInt8(ascii: "h"):
                cls = 0
            case UInt8(ascii: "c"):
                if next == UInt8(ascii: "h") { cls = UInt8(ascii: "s"); advance = 2 } else { cls = UInt8(ascii: "k") }
            case UInt8(ascii: "s"):
                if next == UInt8(ascii: "h") { advance = 2 }
                cls = UInt8(ascii: "s")
            case UInt8(ascii: "z"): cls = UInt8(ascii: "s")
            case UInt8(ascii: "k"), UInt8(ascii: "q"), UInt8(ascii: "x"): cls = UInt8(ascii: "k")
            case UInt8(ascii: "g"), UInt8(ascii: "j"): cls = UInt8(ascii: "g")
            case UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "b"):
                if c == UInt8(ascii: "p") && next == UInt8(ascii: "h") { advance = 2 }
                cls = UInt8(ascii: "b")
            case UInt8(ascii: "v"), UInt8(ascii: "w"): cls = UInt8(ascii: "v")
            case UInt8(ascii: "t"):
                if next == UInt8(ascii: "h") { advance = 2 }
                cls = UInt8(ascii: "t")
            case UInt8(ascii: "d"): cls = UInt8(ascii: "t")
            default: cls = c
            }
            if cls != 0 && out.last != cls { out.append(cls) }
            i += advance
        }
        return String(decoding: out, as: UTF8.self)
    }
}
