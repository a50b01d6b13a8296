import Foundation

/// ICU's "Latin-ASCII" for Latin-script words, without ICU: the first ICU
/// transliterator a process opens builds ICU's whole transliterator registry
/// (~17 ms), which a pair in Latin-script languages otherwise pays for a few
/// accented words. Canonical decomposition with the marks dropped, and the
/// letters that do not decompose (ß, æ, ø, ł, đ, þ…) spelt as ICU spells them;
/// a test holds every letter of Latin-1 and Latin Extended-A/B to ICU's output.
public enum LatinASCII {
    /// The word in ASCII, or nil when it has a character this table does not
    /// know (another script, a symbol), so the caller asks ICU.
    public static func fold(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.value < 0x80 { out.append(scalar); continue }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            guard let spelled = letters[scalar] else { return nil }
            out.append(contentsOf: spelled.unicodeScalars)
        }
        return String(out)
    }

    private static let letters: [Unicode.Scalar: String] = [
        "Æ": "AE", "æ": "ae", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o", "Þ": "TH", "þ": "th", "ß": "ss", "ẞ": "SS",
        "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Ĳ": "IJ", "ĳ": "ij", "ĸ": "q", "Ŀ": "L", "ŀ": "l",
        "Ł": "L", "ł": "l", "ŉ": "'n", "Ŋ": "N", "ŋ": "n", "Œ": "OE", "œ": "oe", "Ŧ": "T", "ŧ": "t", "ſ": "s",
        "ƀ": "b", "Ɓ": "B", "Ƃ": "B", "ƃ": "b", "Ƈ": "C", "ƈ": "c", "Ɖ": "D", "Ɗ": "D", "Ƌ": "D", "ƌ": "d",
        "Ɛ": "E", "Ƒ": "F", "ƒ": "f", "Ɠ": "G", "ƕ": "hv", "Ɩ": "I", "Ɨ": "I", "Ƙ": "K", "ƙ": "k", "ƚ": "l",
        "Ɲ": "N", "ƞ": "n", "Ƣ": "OI", "ƣ": "oi", "Ƥ": "P", "ƥ": "p", "ƫ": "t", "Ƭ": "T", "ƭ": "t", "Ʈ": "T",
        "Ʋ": "V", "Ƴ": "Y", "ƴ": "y", "Ƶ": "Z", "ƶ": "z", "Ǆ": "DZ", "ǅ": "Dz", "ǆ": "dz", "Ǉ": "LJ", "ǈ": "Lj",
        "ǉ": "lj", "Ǌ": "NJ", "ǋ": "Nj", "ǌ": "nj", "Ǥ": "G", "ǥ": "g", "Ǳ": "DZ", "ǲ": "Dz", "ǳ": "dz",
        "ȡ": "d", "Ȥ": "Z", "ȥ": "z", "ȴ": "l", "ȵ": "n", "ȶ": "t", "ȷ": "j", "ȸ": "db", "ȹ": "qp", "Ⱥ": "A",
        "Ȼ": "C", "ȼ": "c", "Ƚ": "L", "Ⱦ": "T", "ȿ": "s", "ɀ": "z", "Ƀ": "B", "Ʉ": "U", "Ɇ": "E", "ɇ": "e",
        "Ɉ": "J", "ɉ": "j", "Ɍ": "R", "ɍ": "r", "Ɏ": "Y", "ɏ": "y",
        // Apostrophes inside words ("l’armée", "Ma’ariv").
        "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'",
    ]
}
