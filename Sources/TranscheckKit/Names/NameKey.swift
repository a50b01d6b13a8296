/// The comparison keys of a name: its script, a Latin ASCII romanisation and
/// a consonant-class skeleton (what survives Arabic and Hebrew dropping vowels).
public struct NameKey: Sendable, Equatable {
    public let text: String
    /// The main script of the letters (Latin, Arabic, Hebrew, Cyrillic…).
    public let script: Script
    /// Lower-case ASCII letters, words separated by one space ("yoav gallant").
    public let roman: String
    /// Consonant classes per word ("ghlnt" style, see `ConsonantClasses`).
    public let skeleton: String

    public init(_ text: String) {
        self.text = text
        var counts: [Script: Int] = [:]
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            let script = Script.of(scalar)
            if script.isSpecific { counts[script, default: 0] += 1 }
        }
        script = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.code > $1.key.code) }?.key ?? .common
        roman = NameRomaniser.romanise(text, script: script)
        skeleton = roman.split(separator: " ").map { ConsonantClasses.skeleton(of: $0) }.joined(separator: " ")
    }

    /// The romanised words.
    public var words: [Substring] { roman.split(separator: " ") }
}

/// Romanises names to lower-case ASCII through ICU, one transliterator per
/// script (Any-Latin is much slower than a script-specific chain).
enum NameRomaniser {
    static func romanise(_ text: String, script: Script) -> String {
        let id: String
        switch script {
        case .latin, .common: id = "Latin-ASCII"
        case .cyrillic: id = "Russian-Latin/BGN; Latin-ASCII"
        case .arabic: id = "Arabic-Latin; Latin-ASCII"
        case .hebrew: id = "Hebrew-Latin; Latin-ASCII"
        case .greek: id = "Greek-Latin/UNGEGN; Latin-ASCII"
        default: id = Transliterator.toLatinASCII
        }
        let latin = ((try? Transliterator.named(id)) ?? (try? Transliterator.named(Transliterator.toLatinASCII)))?
            .transliterate(text) ?? text
        var out = ""
        var pendingSpace = false
        for scalar in latin.lowercased().unicodeScalars {
            if scalar.value >= 0x61 && scalar.value <= 0x7A {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\u{2010}" {
                pendingSpace = true
            }
            // Apostrophes, hamza marks and other signs are dropped.
        }
        return out
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
