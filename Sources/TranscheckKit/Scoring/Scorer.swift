import Foundation

/// The MQM-style score and the verdict of a comparison.
public struct ScoreCard: Sendable, Equatable {
    /// 0…100, one decimal.
    public let score: Double
    /// Sum of the findings' weights (APT).
    public let penalty: Double
    /// Words of the original (EWC).
    public let words: Int
    public let passed: Bool
}

/// Turns findings into a score and a verdict:
/// `score = max(0, 100 × (1 − APT / EWC))`; fail when a finding reaches the
/// failing severity, any finding is critical, or the score is below the minimum.
public struct Scorer: Sendable {
    public var weights = SeverityWeights()
    public var failingSeverity = Severity.major
    public var minimumScore = 90.0

    public init() {}

    public func score(_ findings: [Finding], words: Int) -> ScoreCard {
        let penalty = findings.reduce(0) { $0 + ($1.weight ?? weights.weight($1.severity)) }
        let raw = words > 0 ? max(0, 100 * (1 - penalty / Double(words))) : (penalty > 0 ? 0 : 100)
        let score = (raw * 10).rounded() / 10
        let worst = findings.map(\.severity).max()
        let failed = worst.map { $0 >= failingSeverity || $0 == .critical } ?? false
        return ScoreCard(score: score, penalty: penalty, words: words, passed: !failed && score >= minimumScore)
    }
}
