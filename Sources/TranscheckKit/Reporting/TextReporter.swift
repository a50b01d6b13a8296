/// A report for people: verdict first, then each finding, most serious
/// first, with the original and the translation side by side.
public struct TextReporter: Reporter {
    public static let identifier = "text"

    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 100) {
        self.color = color
        self.width = max(width, 60)
    }

    public func generateReport(_ report: Report) -> String {
        var out = ""
        func describe(_ d: DocumentSummary) -> String {
            "\(d.path) (\(d.language.tag)\(d.languageDetected ? ", detected" : ""); \(d.sentences) sentences, \(d.words) words)"
        }
        out += style("transcheck \(Tool.version)", .bold) + "\n"
        out += "original:    " + describe(report.source) + "\n"
        out += "translation: " + describe(report.target) + "\n"
        let pairs = report.alignment.filter { !$0.source.isEmpty && !$0.target.isEmpty }.count
        let omitted = report.alignment.filter(\.isOmission).reduce(0) { $0 + $1.source.count }
        let added = report.alignment.filter(\.isAddition).reduce(0) { $0 + $1.target.count }
        out += "alignment:   \(pairs) aligned groups, \(omitted) sentences omitted, \(added) added\n"
        let verdict = report.card.passed ? style("PASS", .green) : style("FAIL", .red)
        out += "score:       \(JSONValue.number(report.card.score).serialized())  "
            + "(penalty \(JSONValue.number(report.card.penalty).serialized()) over \(report.card.words) words)  \(verdict)\n"
        if report.findings.isEmpty {
            out += "\nNo findings.\n"
            return out
        }
        let counts = Severity.allCases.reversed().compactMap { s -> String? in
            let n = report.findings.filter { $0.severity == s }.count
            return n > 0 ? "\(n) \(s)" : nil
        }
        out += "findings:    \(report.findings.count) (" + counts.joined(separator: ", ") + ")\n"
        let column = (width - 3) / 2
        for finding in report.findings {
            out += "\n" + style(finding.severity.description.uppercased(), severityStyle(finding.severity))
                + "  " + style(finding.check, .bold) + "  " + finding.message + "\n"
            if let e = finding.expected, let f = finding.found { out += "  expected «\(e)», found «\(f)»\n" }
            if let evidence = finding.evidence { out += "  evidence: \(evidence)\n" }
            let left = finding.source.map { "original \($0.line):\($0.column)" } ?? "original —"
            let right = finding.target.map { "translation \($0.line):\($0.column)" } ?? "translation —"
            out += "  " + pad(left, column - 2) + " │ " + right + "\n"
            let leftLines = wrap(finding.source.map { highlight($0) } ?? [], column - 2)
            let rightLines = wrap(finding.target.map { highlight($0) } ?? [], column)
            for i in 0..<max(leftLines.count, rightLines.count) {
                let l = i < leftLines.count ? leftLines[i] : ("", 0)
                let r = i < rightLines.count ? rightLines[i].0 : ""
                out += "  " + l.0 + String(repeating: " ", count: max(0, column - 2 - l.1)) + " │ " + r + "\n"
            }
        }
        return out
    }

    // MARK: Layout

    private enum Style { case bold, red, green, yellow, magenta, dim, underline }

    private func severityStyle(_ s: Severity) -> Style {
        switch s {
        case .critical: .magenta
        case .major: .red
        case .minor: .yellow
        case .info: .dim
        }
    }

    private func style(_ text: String, _ style: Style) -> String {
        guard color else { return text }
        let code = switch style {
        case .bold: "1"
        case .red: "1;31"
        case .green: "1;32"
        case .yellow: "33"
        case .magenta: "1;35"
        case .dim: "2"
        case .underline: "4;1"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }

    /// The sentence as words, the finding's span marked (underlined in colour, ⟦…⟧ without).
    private func highlight(_ span: FindingSpan) -> [(String, Bool)] {
        let sentence = span.sentenceText
        guard !span.text.isEmpty, span.text != sentence, let r = sentence.range(of: span.text) else {
            return sentence.split(separator: " ").map { (String($0), false) }
        }
        let before = sentence[..<r.lowerBound].split(separator: " ").map { (String($0), false) }
        let marked = span.text.split(separator: " ").map { (String($0), true) }
        let after = sentence[r.upperBound...].split(separator: " ").map { (String($0), false) }
        // Punctuation glued to the span stays glued.
        var words = before
        if !color, let first = marked.first, let last = marked.last {
            var m = marked
            m[0] = ("⟦" + first.0, true)
            m[m.count - 1] = (m[m.count - 1].0 + "⟧", true)
            if marked.count == 1 { m[0] = ("⟦" + last.0 + "⟧", true) }
            words += m
        } else {
            words += marked
        }
        if let next = after.first, !sentence[r.upperBound...].hasPrefix(" "), var last = words.popLast() {
            last.0 += next.0
            words.append(last)
            return words + after.dropFirst()
        }
        return words + after
    }

    /// Greedy word wrap; returns each line with its visible width.
    private func wrap(_ words: [(String, Bool)], _ width: Int) -> [(String, Int)] {
        var lines: [(String, Int)] = []
        var line = "", visible = 0
        for (word, marked) in words {
            let w = word.count
            if visible > 0 && visible + 1 + w > width {
                lines.append((line, visible))
                line = ""
                visible = 0
            }
            if visible > 0 { line += " "; visible += 1 }
            line += marked ? style(word, .underline) : word
            visible += w
        }
        if visible > 0 { lines.append((line, visible)) }
        return lines
    }
}
