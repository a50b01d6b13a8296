/// Words that stand before a name without being part of it ("Secretary",
/// "M.", "السيد", "министр"), from `lexicons/titles/<lang>.txt`.
public struct TitleWords: Sendable {
    public let words: Set<String>

    private static let cache = PerLanguageCache { language in TitleWords.load(language) }

    public static func of(_ language: String) -> TitleWords { cache(language) }

    public func contains(_ key: String) -> Bool { words.contains(key) }

    static func load(_ language: String) -> TitleWords {
        var words: Set<String> = []
        for raw in LexiconDirectory.lines("titles/\(language).txt") ?? [] {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                words.insert(WordKey.of(String(word)))
            }
        }
        return TitleWords(words: words)
    }
}
