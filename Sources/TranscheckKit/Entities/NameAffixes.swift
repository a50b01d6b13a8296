/// The forms a name token takes in running text, reduced to the key the
/// lexicon lists: Arabic proclitics (وبغالانت), Hebrew prefixes (לגלנט),
/// Slavic case endings (Галанта, Блинкеном), French elision (d'Antony) and
/// possessives (Gallant's). Candidates over-generate on purpose: a candidate
/// only counts when the lexicon holds it.
public enum NameAffixes {
    /// Keys a text token may stand for, the token's own key first.
    public static func candidates(_ key: String, language: String) -> [String] {
        // Remembered per word: name pairing reads every word of a sentence with a name in it.
        memos(language).value(ByteKey(key)) { reduced(key, language: language) }
    }

    private static let memos = PerLanguageCache { _ in BoundedMemo<ByteKey, [String]>(capacity: 100_000) }

    private static func reduced(_ key: String, language: String) -> [String] {
        var out = [key]
        func add(_ s: Substring) { if s.count >= 2, !out.contains(String(s)) { out.append(String(s)) } }
        let scalars = key.unicodeScalars
        guard let first = scalars.first else { return out }
        switch first.value {
        case 0x0600...0x06FF:
            // A short remainder is more often a word than a name (كبار is not ك + بار).
            for prefix in arabicPrefixes where key.hasPrefix(prefix) && key.count - prefix.count >= 4 {
                add(key.dropFirst(prefix.count))
            }
        case 0x0590...0x05FF:
            // At most two prefix letters, and a remainder of four letters or more:
            // ה+מ+ל stripped from המלחמה ("the war") would leave חמה (Hama).
            var rest = Substring(key)
            for _ in 0..<2 {
                guard let c = rest.first, hebrewPrefixLetters.contains(c), rest.count - 1 >= 4 else { break }
                rest = rest.dropFirst()
                add(rest)
            }
        case 0x0400...0x04FF:
            for ending in slavicEndings where key.hasSuffix(ending) && key.count - ending.count >= 3 {
                add(key.dropLast(ending.count))
            }
        default:
            for elided in ["l'", "d'", "qu'", "j'", "n'", "s'", "dell'", "all'"] where key.hasPrefix(elided) {
                add(key.dropFirst(elided.count))
            }
            if key.hasSuffix("'s") { add(key.dropLast(2)) }
            // Acronyms written with periods ("U.N", "U.S") are the lexicon's plain ones ("UN", "US").
            if key.contains("."), key.split(separator: ".").allSatisfy({ $0.count == 1 }) { add(Substring(key.filter { $0 != "." })) }
            if key.hasSuffix("'") { add(key.dropLast()) }
            if language == "de", key.hasSuffix("s") { add(key.dropLast()) }
        }
        return out
    }

    /// Extra keys under which a lexicon form is indexed, so an inflected text
    /// token reduced by `candidates` still meets it (Зеленский → зеленск).
    public static func indexKeys(_ key: String) -> [String] {
        guard let first = key.unicodeScalars.first, (0x0400...0x04FF).contains(first.value) else { return [key] }
        var out = [key]
        for ending in ["ий", "ый", "ой", "ая", "а", "я", "ь", "й"] where key.hasSuffix(ending) && key.count - ending.count >= 3 {
            out.append(String(key.dropLast(ending.count)))
        }
        return out
    }

    /// و/ف, then ب/ل, then the article (ك, 'like', seldom stands before a name); longest first so "وبال" is tried before "و".
    static let arabicPrefixes: [String] = {
        var out: Set<String> = []
        for conj in ["", "و", "ف"] {
            for prep in ["", "ب", "ل"] {
                for article in ["", "ال"] {
                    let p = conj + prep + article
                    if !p.isEmpty { out.insert(p) }
                }
            }
            out.insert(conj + "لل")
        }
        return out.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }()

    static let hebrewPrefixLetters: Set<Character> = ["ו", "ה", "ב", "ל", "מ", "ש", "כ"]

    static let slavicEndings = ["ами", "ями", "ого", "его", "ому", "ему", "ом", "ем", "ём", "ой", "ей", "ым", "им", "ых", "их",
                                "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и"]
}
