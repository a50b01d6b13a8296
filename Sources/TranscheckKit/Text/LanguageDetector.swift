/// Guesses a text's language: its dominant script first, then, for scripts
/// several languages share, distinctive letters (Cyrillic, Arabic) or
/// function-word profiles (Latin).
public enum LanguageDetector {
    public static func detect(_ text: String) -> LanguageTag {
        var counts: [Script: Int] = [:]
        var letters = 0
        for scalar in text.unicodeScalars.prefix(20_000) where scalar.properties.isAlphabetic {
            counts[Script.of(scalar), default: 0] += 1
            letters += 1
        }
        guard let (script, _) = counts.filter({ $0.key.isSpecific }).max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.code > $1.key.code) }) else {
            return LanguageTag(known: "en")
        }
        func has(_ chars: String) -> Int { text.unicodeScalars.prefix(20_000).filter { chars.unicodeScalars.contains($0) }.count }
        switch script {
        case .arabic:
            if has("ۓےٹڈڑں") > 2 { return LanguageTag(known: "ur") }
            if has("پچژگ") > 3 && has("ة") == 0 { return LanguageTag(known: "fa") }
            return LanguageTag(known: "ar")
        case .hebrew: return LanguageTag(known: "he")
        case .cyrillic:
            if has("ґєїі") > 2 { return LanguageTag(known: "uk") }
            if has("ў") > 1 { return LanguageTag(known: "be") }
            if has("ыэ") == 0 && has("ъ") > 2 { return LanguageTag(known: "bg") }
            if has("ђћџљњ") > 1 { return LanguageTag(known: "sr") }
            return LanguageTag(known: "ru")
        case .greek: return LanguageTag(known: "el")
        case .hangul: return LanguageTag(known: "ko")
        case .hiragana, .katakana: return LanguageTag(known: "ja")
        case .han: return (counts[.hiragana] ?? 0) + (counts[.katakana] ?? 0) > 0 ? LanguageTag(known: "ja") : LanguageTag(known: "zh")
        case .latin: return LanguageTag(known: latinLanguage(text))
        default:
            // Scripts of one main language: Thai, Armenian, Georgian, Devanagari (Hindi)…
            let byScript = ["Thai": "th", "Armn": "hy", "Geor": "ka", "Deva": "hi", "Beng": "bn", "Taml": "ta", "Ethi": "am"]
            return byScript[script.description].map { LanguageTag(known: $0) } ?? LanguageTag(known: "en")
        }
    }

    /// The profiled language whose function words cover most of the text.
    static func latinLanguage(_ text: String) -> String {
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).prefix(3000).map { WordKey.of(String($0)) }
        var best = "en", bestScore = 0
        for language in FunctionWords.profiled {
            let profile = FunctionWords.of(language).words
            let score = words.reduce(0) { $0 + (profile.contains($1) ? 1 : 0) }
            if score > bestScore { best = language; bestScore = score }
        }
        return best
    }
}
