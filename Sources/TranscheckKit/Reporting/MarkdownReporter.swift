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
        out += "\n### Findings\n\n| severity | check | original | translation | message |\n|---|---|---|---|---|\n"
        for f in report.findings {
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
