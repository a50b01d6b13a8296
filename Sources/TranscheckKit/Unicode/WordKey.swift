/// Comparison keys for words: NFKC with case folding, then the folds that
/// spelling conventions make meaningless in news copy (Arabic hamza seats,
/// taa marbuta, alef maqsura, tatweel and harakat; Hebrew niqqud; Russian ё;
/// typographic apostrophes). The original text is never changed.
public enum WordKey {
    public static func of(_ text: String) -> String {
        // ASCII needs only lower-casing (NFKC_Casefold of ASCII is its lower case).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? text.lowercased() : text
        }
        // Other words go through ICU: remembered, as running text repeats its words.
        return memo.value(ByteKey(text)) { fold(text) }
    }

    private static let memo = BoundedMemo<ByteKey, String>(capacity: 200_000)

    private static func fold(_ text: String) -> String {
        let folded = Normalizer.normalize(text, .nfkcCasefold)
        // Pure ASCII after folding needs nothing more.
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640, 0x0591...0x05BD, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7,
                 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x00AD:
                continue  // harakat, tatweel, niqqud, zero-width and bidi controls, soft hyphen
            case 0x0623, 0x0625, 0x0622, 0x0671: out.append("\u{0627}")  // أ إ آ ٱ → ا
            case 0x0629: out.append("\u{0647}")  // ة → ه
            case 0x0649: out.append("\u{064A}")  // ى → ي
            case 0x0624: out.append("\u{0648}")  // ؤ → و
            case 0x0626: out.append("\u{064A}")  // ئ → ي
            case 0x06A9: out.append("\u{0643}")  // Persian kaf → ك
            case 0x06CC: out.append("\u{064A}")  // Persian yeh → ي
            case 0x0451: out.append("\u{0435}")  // ё → е
            case 0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4: out.append("'")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
