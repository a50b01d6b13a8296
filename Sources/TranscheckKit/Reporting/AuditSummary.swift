/// The totals of an audit that every audit rendering states: pairs by
/// outcome, findings by family and severity, the worst pairs by score.
public struct AuditSummary: Sendable {
    /// Severities in the order audits list them: most serious first.
    public static let severities = Array(Severity.allCases.reversed())

    public let pairs: Int
    public let passed: Int
    public let failed: Int
    public let errors: Int
    /// Families with at least one finding, alphabetically; per family a count
    /// for every severity, in `severities` order.
    public let findings: [(family: String, counts: [(severity: Severity, count: Int)])]
    /// Checked pairs by score, lowest first; ties keep entry order.
    public let ranked: [AuditEntry]

    public init(_ entries: [AuditEntry]) {
        pairs = entries.count
        let reports = entries.compactMap(\.report)
        passed = reports.filter(\.card.passed).count
        failed = reports.count - passed
        errors = entries.count - reports.count
        let all = reports.flatMap(\.findings)
        findings = Set(all.map(\.family)).sorted().map { family in
            let mine = all.filter { $0.family == family }
            return (family, Self.severities.map { s in (s, mine.filter { $0.severity == s }.count) })
        }
        ranked = entries.enumerated()
            .compactMap { item in item.element.report.map { (item.offset, item.element, $0.card.score) } }
            .sorted { ($0.2, $0.0) < ($1.2, $1.0) }
            .map(\.1)
    }

    /// The `n` lowest-scoring checked pairs.
    public func worst(_ n: Int = 5) -> [AuditEntry] { Array(ranked.prefix(n)) }

    /// Findings of one severity across all families.
    public func total(_ severity: Severity) -> Int {
        findings.reduce(0) { sum, row in sum + (row.counts.first { $0.severity == severity }?.count ?? 0) }
    }

    /// The counts of a list of findings, most serious first, zeros left out ("2 critical, 1 minor").
    static func counts(_ findings: [Finding]) -> String {
        severities.compactMap { s -> String? in
            let n = findings.filter { $0.severity == s }.count
            return n > 0 ? "\(n) \(s)" : nil
        }.joined(separator: ", ")
    }
}
