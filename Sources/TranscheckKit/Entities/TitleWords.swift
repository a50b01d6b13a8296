/// Words that stand before a name without being part of it ("Secretary",
/// "M.", "السيد", "министр"), from `lexicons/titles/<lang>.txt`; and, in
/// the same format, words that make a capitalised run a body or a place
/// rather than a person ("Bank", "Palace", "Turkish"), from `lexicons/bodies/<lang>.txt`.
public struct TitleWords: Sendable {
    public let words: Set<String>

    private static let cache = PerLanguageCache { language in TitleWords.load("titles/\(language).txt") }
    private static let bodyCache = PerLanguageCache { language in TitleWords.load("bodies/\(language).txt") }

    public static func of(_ language: String) -> TitleWords { cache(language) }

    /// Institution, place and nationality words of a language.
    public static func bodies(_ language: String) -> TitleWords { bodyCache(language) }

    public func contains(_ key: String) -> Bool { words.contains(key) }

    static func load(_ path: String) -> TitleWords {
        let words = Set(LexiconDirectory.listedWords(path).map { WordKey.of(String($0)) })
        return TitleWords(words: words)
    }
}
