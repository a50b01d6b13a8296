/// Guesses a text's language: its dominant script first, then, for scripts
/// several languages share, distinctive letters (Cyrillic, Arabic) or
/// function-word profiles (Latin).
public enum LanguageDetector {
    public static func detect(_ text: String) -> LanguageTag {
        var counts: [Script: Int] = [:]
        var letters = 0
        // Letters of the first 20,000 characters, counted per script; runs of one script
        // are counted without a dictionary write per letter.
        var run: (script: Script, count: Int)? = nil
        var seen = 0
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 20_000 { break }
            guard let script = Script.ofLetter(scalar) else { continue }
            letters += 1
            if run?.script == script { run!.count += 1; continue }
            if let r = run { counts[r.script, default: 0] += r.count }
            run = (script, 1)
        }
        if let r = run { counts[r.script, default: 0] += r.count }
        guard let (script, _) = counts.filter({ $0.key.isSpecific }).max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.code > $1.key.code) }) else {
            return LanguageTag(known: "en")
        }
        // Letters that tell languages of one script apart, counted in one pass when asked.
        var distinctive: [Unicode.Scalar: Int]? = nil
        func has(_ chars: String) -> Int {
            if distinctive == nil {
                var counts: [Unicode.Scalar: Int] = [:]
                var seen = 0
                for scalar in text.unicodeScalars {
                    seen += 1
                    if seen > 20_000 { break }
                    let v = Int(scalar.value) - 0x400
                    if v >= 0, v < Self.distinctiveLetters.count, Self.distinctiveLetters[v] { counts[scalar, default: 0] += 1 }
                }
                distinctive = counts
            }
            return chars.unicodeScalars.reduce(0) { $0 + (distinctive?[$1] ?? 0) }
        }
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

    /// Every letter `has` is asked about below (all in U+0400…U+06FF), as a table from U+0400.
    private static let distinctiveLetters: [Bool] = {
        var table = [Bool](repeating: false, count: 0x300)
        for scalar in "ۓےٹڈڑںپچژگةґєїіўъыэђћџљњ".unicodeScalars { table[Int(scalar.value) - 0x400] = true }
        return table
    }()

    /// The profiled language whose function words cover most of the text.
    static func latinLanguage(_ text: String) -> String {
        // The first 1,000 words (function words are a third to a half of any text, so a few hundred
        // decide), split at anything but letters and apostrophes; each word looked up once in all profiles.
        var scores = [Int](repeating: 0, count: FunctionWords.profiled.count)
        func count(_ word: Substring.UnicodeScalarView) {
            guard let mask = profileMasks[ByteKey(WordKey.of(String(word)))] else { return }
            for b in scores.indices where mask & (1 << b) != 0 { scores[b] += 1 }
        }
        var words = 0
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index? = nil
        var i = scalars.startIndex
        while i < scalars.endIndex, words < 1000 {
            let scalar = scalars[i], v = scalar.value
            let letter = v < 0x80 ? (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x27
                : Script.isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark
            if letter {
                if start == nil { start = i }
            } else if let s = start {
                count(Substring(text)[s..<i].unicodeScalars)
                words += 1
                start = nil
                // Settled early when one language's function words outnumber the next's threefold.
                if words % 50 == 0, words >= 200, settled(scores) { break }
            }
            i = scalars.index(after: i)
        }
        if let s = start, words < 1000 { count(Substring(text)[s..<i].unicodeScalars) }
        var best = "en", bestScore = 0
        for (b, language) in FunctionWords.profiled.enumerated() where scores[b] > bestScore {
            best = language
            bestScore = scores[b]
        }
        return best
    }

    /// Whether the leading language is far enough ahead that more words would not change it.
    private static func settled(_ scores: [Int]) -> Bool {
        var first = 0, second = 0
        for score in scores {
            if score > first { second = first; first = score } else if score > second { second = score }
        }
        return first >= 40 && first >= 3 * second
    }

    /// Each function word of the profiled languages → the languages that list it
    /// (bit b: `FunctionWords.profiled[b]`).
    private static let profileMasks: [ByteKey: UInt8] = {
        var masks: [ByteKey: UInt8] = [:]
        for (b, language) in FunctionWords.profiled.enumerated() {
            for word in FunctionWords.of(language).words { masks[ByteKey(word), default: 0] |= 1 << b }
        }
        return masks
    }()
}
