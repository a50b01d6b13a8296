import Dispatch

/// Process-wide resources a run will need (for a single pair, those of its two
/// languages), prepared on another core while the calling thread loads the lexicons
/// (a second core is otherwise idle then).
/// Everything here is built once per process behind its own lock, so a worker that
/// needs one before it is ready waits for it instead of building it twice; and none of
/// it depends on the order things are built in, so the output is the same.
public enum Warmup {
    /// At process start, before the arguments are parsed: tables every pair reads whatever
    /// its languages (the letter-script table and function-word profiles language detection
    /// scans with, the name-matching tables and Latin letter model), built on the second core
    /// while this one parses arguments and reads the lexicons (~20 million instructions that
    /// were on a single check's critical path).
    public static func startCommon() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = Script.ofLetter("\u{03B1}")
            _ = LanguageDetector.latinLanguage("the")
            _ = NameMatcher.shared
            _ = NameTables.shared.chance(.latin)
        }
    }

    /// For runs whose languages are not known yet (audits, batches): ICU's
    /// transliterator registry (~17 ms on first use), for names and words across scripts.
    public static func start() {
        DispatchQueue.global(qos: .userInitiated).async { warmTransliteration() }
    }

    /// For a pair in these languages: their number words, calendar words and
    /// degree scales, and the transliterator registry only when one of them is
    /// not written in Latin script (Latin words are folded without ICU).
    public static func start(languages: [LanguageTag]) {
        DispatchQueue.global(qos: .userInitiated).async {
            if languages.contains(where: { Script.expected(for: $0) != .latin }) { warmTransliteration() }
            for language in languages {
                _ = SpelledNumbers.of(language)
                _ = CalendarWords.of(language)
                _ = ScaleLexicon.of(language.language)
            }
        }
    }

    private static func warmTransliteration() {
        _ = try? Transliterator.named(Transliterator.toLatinASCII)
    }
}
