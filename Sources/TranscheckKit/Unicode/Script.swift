import CICU

/// The Unicode script of characters, as ICU reports it (UScriptCode).
public struct Script: Hashable, Sendable, CustomStringConvertible {
    public let code: Int32

    public static let common = Script(code: 0)
    public static let inherited = Script(code: 1)
    public static let arabic = Script(code: 2)
    public static let cyrillic = Script(code: 8)
    public static let greek = Script(code: 14)
    public static let han = Script(code: 17)
    public static let hangul = Script(code: 18)
    public static let hebrew = Script(code: 19)
    public static let hiragana = Script(code: 20)
    public static let katakana = Script(code: 22)
    public static let latin = Script(code: 25)

    /// The script of one scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Script {
        // Fast path for ASCII, which is most of what we see.
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) ? .latin : .common
        }
        return Script(code: tc_script_of(scalar.value))
    }

    /// The script of a letter, nil for anything that is not alphabetic. Letters
    /// below U+3000 come from a table made once: text scans ask this of every character.
    public static func ofLetter(_ scalar: Unicode.Scalar) -> Script? {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) ? .latin : nil }
        if v < UInt32(letterScripts.count) {
            let code = letterScripts[Int(v)]
            return code >= 0 ? Script(code: Int32(code)) : nil
        }
        return scalar.properties.isAlphabetic ? Script.of(scalar) : nil
    }

    /// `Unicode.Scalar.Properties.isAlphabetic`, from a table below U+3000 (the property
    /// lookup is the costliest part of counting letters).
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return v < UInt32(letterScripts.count) ? letterScripts[Int(v)] >= 0 : scalar.properties.isAlphabetic
    }

    /// `Unicode.Scalar.Properties.isUppercase`, from a table below U+3000 (asked of the first
    /// letter of nearly every word, in scripts that have no case as well).
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return v < UInt32(uppercase.count) ? uppercase[Int(v)] : scalar.properties.isUppercase
    }

    private static let uppercase: [Bool] = (0..<0x3000).map { v in Unicode.Scalar(UInt32(v))?.properties.isUppercase ?? false }

    /// Letters in a text.
    public static func letterCount(_ text: String) -> Int {
        var n = 0
        for scalar in text.unicodeScalars where isLetter(scalar) { n += 1 }
        return n
    }

    private static let letterScripts: [Int16] = (0..<0x3000).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)), scalar.properties.isAlphabetic else { return -1 }
        return Int16(Script.of(scalar).code)
    }

    /// ISO 15924 code ("Latn", "Arab").
    public var description: String {
        tc_script_short_name(code).map { String(cString: $0) } ?? "Zzzz"
    }

    /// Common and inherited characters belong to no particular script.
    public var isSpecific: Bool { code > 1 }

    /// Scripts that distinguish upper and lower case.
    public var isCased: Bool { self == .latin || self == .cyrillic || self == .greek }
}

extension Unicode.Scalar {
    /// Decimal digit value in any script (٣, ३, 3), or nil.
    public var decimalDigitValue: Int? {
        if value >= 0x30 && value <= 0x39 { return Int(value - 0x30) }
        if value < 0x80 { return nil }
        let d = tc_digit_value(value)
        return d >= 0 ? Int(d) : nil
    }
}

extension Script {
    /// The script a language is normally written in, or the tag's own script
    /// subtag ("sr-Latn"); nil when we do not know.
    public static func expected(for language: LanguageTag) -> Script? {
        for part in language.tag.split(separator: "-").dropFirst() where part.count == 4 {
            switch part {
            case "Latn": return .latin
            case "Cyrl": return .cyrillic
            case "Arab": return .arabic
            case "Hebr": return .hebrew
            case "Grek": return .greek
            default: return nil
            }
        }
        switch language.language {
        case "ar", "fa", "ur", "ps", "ckb": return .arabic
        case "he", "yi": return .hebrew
        case "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn": return .cyrillic
        case "el": return .greek
        case "en", "fr", "es", "de", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "ro", "hu", "sv", "da",
             "nb", "nn", "no", "fi", "et", "lv", "lt", "tr", "az", "id", "ms", "vi", "sq", "ca", "eu", "gl", "ga",
             "cy", "is", "mt", "sw", "so", "ha", "tl", "uz", "tk":
            return .latin
        default: return nil
        }
    }
}
