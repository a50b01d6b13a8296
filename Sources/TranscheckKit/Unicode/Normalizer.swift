import CICU

/// Unicode normalization forms ICU provides.
public enum NormalizationForm: Sendable {
    case nfc, nfd, nfkc, nfkd
    /// NFKC followed by case folding: the comparison key form.
    case nfkcCasefold

    var code: Int32 {
        switch self {
        case .nfc: Int32(TC_NFC)
        case .nfd: Int32(TC_NFD)
        case .nfkc: Int32(TC_NFKC)
        case .nfkd: Int32(TC_NFKD)
        case .nfkcCasefold: Int32(TC_NFKC_CASEFOLD)
        }
    }
}

/// ICU Normalizer2 over Swift strings. The normalizer instances are ICU
/// singletons, so this is safe from any thread.
public enum Normalizer {
    /// The text in the given normalization form.
    public static func normalize(_ text: String, _ form: NormalizationForm) -> String {
        if text.isEmpty { return text }
        // ASCII text is already NFC/NFD/NFKC/NFKD.
        if form != .nfkcCasefold, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let source = Array(text.utf16)
        let out = (try? source.withUnsafeBufferPointer { src in
            try icuUTF16("normalize", capacity: source.count * 2 + 4) { dest, cap, status in
                tc_normalize(form.code, src.baseAddress, Int32(src.count), dest, cap, &status)
            }
        }) ?? source
        return String(utf16Units: out)
    }

    /// Whether the text is already in the given form.
    public static func isNormalized(_ text: String, _ form: NormalizationForm) -> Bool {
        // Swift's String == is canonical equivalence; compare the scalars themselves.
        normalize(text, form).unicodeScalars.elementsEqual(text.unicodeScalars)
    }

    /// The comparison key of a word: NFKC with case folding.
    public static func key(_ text: String) -> String { normalize(text, .nfkcCasefold) }
}
