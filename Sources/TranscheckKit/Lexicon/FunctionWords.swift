/// The most frequent function words of a language, from
/// `lexicons/languages/<lang>.txt`: used to tell Latin-script languages
/// apart and to know which words usually start a sentence.
public struct FunctionWords: Sendable {
    public let language: String
    public let words: Set<String>

    private static let cache = PerLanguageCache { language in FunctionWords.load(language) }

    /// The bundled list for a language (empty when there is none).
    public static func of(_ language: String) -> FunctionWords { cache(language) }

    /// Languages with a bundled list.
    public static let profiled: [String] = ["en", "fr", "es", "de", "it", "pt", "nl"]

    /// The words again, byte-hashed: asked of many tokens per sentence.
    private let keys: Set<ByteKey>

    init(language: String, words: Set<String>) {
        self.language = language
        self.words = words
        keys = Set(words.map(ByteKey.init))
    }

    public func contains(_ word: String) -> Bool { keys.contains(ByteKey(WordKey.of(word))) }

    /// `contains` for a token's key (`WordKey.of`, as tokens carry it).
    public func contains(key: String) -> Bool { keys.contains(ByteKey(key)) }

    static func load(_ language: String) -> FunctionWords {
        let words = Set(LexiconDirectory.listedWords("languages/\(language).txt").map { WordKey.of(String($0)) })
        return FunctionWords(language: language, words: words)
    }
}
