/// Markdown for a pull-request comment: verdict and score, counts by family
/// and severity, then every finding with both texts.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        let score = JSONValue.number(report.card.score).serialized()
        var out = "## transcheck: \(report.verdict == "pass" ? "pass" : "fail") — score \(score)/100\n\n"
        func describe(_ d: DocumentSummary) -> String {
            "`\(d.path)` (\(d.language.tag), \(d.sentences) sentences, \(d.words) words)"
        }
        out += "Original \(describe(report.source)); translation \(describe(report.target)). "
        out += "Penalty \(JSONValue.number(report.card.penalty).serialized()) over \(report.card.words) words.\n\n"
        if report.findings.isEmpty {
            out += "No findings.\n"
            return out
        }
        let severities = Severity.allCases.reversed()
        var families: [String] = []
        for f in report.findings where !families.contains(f.family) { families.append(f.family) }
        families.sort()
        out += "### Summary\n\n| family | " + severities.map(\.description).joined(separator: " | ") + " | total |\n"
        out += "|---|" + severities.map { _ in "---:|" }.joined() + "---:|\n"
        func row(_ label: String, _ findings: [Finding]) -> String {
            "| \(label) | " + severities.map { s in String(findings.filter { $0.severity == s }.count) }.joined(separator: " | ")
                + " | \(findings.count) |\n"
        }
        for family in families { out += row(Self.cell(family), report.findings.filter { $0.family == family }) }
        out += row("**total**", report.findings)
        out += "\n### Findings\n\n" + Self.findingsTable(report.findings)
        return out
    }

    /// A table of every pair (verdict, score, major and critical counts), then
    /// the findings of each failing pair and the pairs that could not be checked.
    public func generateAudit(_ entries: [AuditEntry]) -> String {
        let summary = AuditSummary(entries)
        var out = "## transcheck audit: \(summary.pairs) pairs — \(summary.passed) passed, \(summary.failed) failed, \(summary.errors) errors\n\n"
        guard !entries.isEmpty else { return out + "No pairs.\n" }
        out += "| pair | verdict | score | major | critical |\n|---|---|---:|---:|---:|\n"
        for entry in entries {
            let cells = switch entry.outcome {
            case .report(let r):
                [r.verdict, JSONValue.number(r.card.score).serialized(),
                 String(r.findings.filter { $0.severity == .major }.count), String(r.findings.filter { $0.severity == .critical }.count)]
            case .error: ["error", "—", "—", "—"]
            }
            out += "| " + ([Self.cell(entry.id)] + cells).joined(separator: " | ") + " |\n"
        }
        for entry in entries {
            guard let report = entry.report, !report.card.passed else { continue }
            out += "\n### \(Self.cell(entry.id)): fail — score \(JSONValue.number(report.card.score).serialized())/100\n\n"
            out += "Original `\(report.source.path)`; translation `\(report.target.path)`.\n\n"
            out += report.findings.isEmpty ? "No findings; the score is below the threshold.\n" : Self.findingsTable(report.findings)
        }
        let errors = entries.compactMap { entry in entry.error.map { (entry.id, $0) } }
        if !errors.isEmpty {
            out += "\n### Not checked\n\n"
            for (id, error) in errors { out += "- **\(Self.cell(id))**: `\(error.path)`: \(Self.cell(error.problem))\n" }
        }
        return out
    }

    /// A row per finding: severity, check, both spans, message.
    static func findingsTable(_ findings: [Finding]) -> String {
        var out = "| severity | check | original | translation | message |\n|---|---|---|---|---|\n"
        for f in findings {
            let cells = [f.severity.description, "`\(f.check)`", f.source.map { Self.cell($0.text) } ?? "—",
                         f.target.map { Self.cell($0.text) } ?? "—", Self.cell(f.message)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Table cell text: `|` escaped, line breaks as `<br>`, HTML specials as entities.
    public static func cell(_ s: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n" where previousCR: break
            case "\n", "\r", "\u{2028}", "\u{2029}": out += "<br>"
            case "|": out += "\\|"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
            previousCR = scalar == "\r"
        }
        return out
    }
}
