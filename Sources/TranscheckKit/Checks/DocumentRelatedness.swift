/// Whether two texts are versions of one story at all. When too little of
/// either aligns with real shared evidence, one `document.unrelated` finding
/// replaces the hundreds of additions and omissions an alignment of two
/// different stories would otherwise report.
public struct DocumentRelatedness: Sendable {
    /// Below this share of the original and of the translation in evidenced beads, the texts are unrelated.
    public var minimumCoverage = 0.4
    /// Shorter texts are not judged as a whole.
    public var minimumSentences = 4

    public init() {}

    public static let description = CheckDescription(
        family: "document",
        name: "Unrelated documents",
        summary: "The two texts are not versions of one story: too little of either aligns with shared names, numbers, words or translations.",
        cases: [CheckCase("document.unrelated", .critical, "The translation is not a version of the original (it weighs what its unaligned content weighs).")],
        triggeringExamples: [],
        nonTriggeringExamples: []
    )

    /// The finding for an unrelated pair, or nil when the texts are versions of one story.
    public func finding(_ alignment: SentenceAligner.Alignment, _ comparison: Comparison) -> Finding? {
        let coverage = max(alignment.sourceCoverage, alignment.targetCoverage)
        // A few sentences a side are judged sentence by sentence (additions and omissions), not as a whole.
        guard coverage < minimumCoverage, comparison.source.document.sentences.count >= minimumSentences,
              comparison.target.document.sentences.count >= minimumSentences else { return nil }
        let words = Double(comparison.source.document.wordCount)
        return Finding(
            check: "document.unrelated", severity: .critical,
            message: "The texts are not versions of one story: \(Self.percent(alignment.sourceCoverage)) of the original and \(Self.percent(alignment.targetCoverage)) of the translation align with shared evidence.",
            source: comparison.span(.source, sentence: 0), target: comparison.span(.target, sentence: 0),
            evidence: "aligned coverage \(Self.percent(alignment.sourceCoverage)) / \(Self.percent(alignment.targetCoverage)), below \(Self.percent(minimumCoverage))",
            bead: 0, weight: (words * (1 - alignment.sourceCoverage)).rounded())
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
