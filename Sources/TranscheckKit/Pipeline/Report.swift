/// The name and version of this tool, as reports state them.
public enum Tool {
    public static let name = "transcheck"
    public static let version = "0.1.0"
}

/// One side of a checked pair, as a report describes it.
public struct DocumentSummary: Sendable, Equatable {
    public let path: String
    public let language: LanguageTag
    /// True when the language was detected rather than given.
    public let languageDetected: Bool
    public let sentences: Int
    public let words: Int

    init(_ document: Document) {
        path = document.file.path
        language = document.language
        languageDetected = document.languageDetected
        sentences = document.sentences.count
        words = document.wordCount
    }
}

/// Everything a check of one pair produced: what reporters render.
public struct Report: Sendable {
    public let source: DocumentSummary
    public let target: DocumentSummary
    public let card: ScoreCard
    public let alignment: [Bead]
    /// In report order: most serious first, then by position.
    public let findings: [Finding]
    /// The comparison the findings come from (sentences, offsets); nil in audit
    /// entries, which keep only what reporters render.
    public let comparison: Comparison?

    public var verdict: String { card.passed ? "pass" : "fail" }

    public init(source: DocumentSummary, target: DocumentSummary, card: ScoreCard, alignment: [Bead], findings: [Finding], comparison: Comparison?) {
        self.source = source
        self.target = target
        self.card = card
        self.alignment = alignment
        self.findings = findings
        self.comparison = comparison
    }

    /// The same report without the analysed texts.
    public func withoutComparison() -> Report {
        Report(source: source, target: target, card: card, alignment: alignment, findings: findings, comparison: nil)
    }
}
