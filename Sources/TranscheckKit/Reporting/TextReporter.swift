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
        out += "score:       \(JSONValue.number(report.card.score).serialized())  "
            + "(penalty \(JSONValue.number(report.card.penalty).serialized()) over \(report.card.words) words)  \(verdict(report))\n"
        if report.findings.isEmpty {
            out += "\nNo findings.\n"
            return out
        }
        out += "findings:    \(report.findings.count) (" + AuditSummary.counts(report.findings) + ")\n"
        for finding in report.findings { out += block(finding) }
        return out
    }

    /// One finding as the report prints it: a blank line, the severity, check
    /// and message, then both sentences side by side with the span marked.
    private func block(_ finding: Finding) -> String {
        var out = ""
        let column = (width - 3) / 2
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
        return out
    }

    /// Per pair a header line and its findings (an error pair as `ERROR id:
    /// path: problem`), then the totals, findings by family and severity and
    /// the five lowest-scoring pairs.
    public func generateAudit(_ entries: [AuditEntry]) -> String {
        let summary = AuditSummary(entries)
        var out = style("transcheck \(Tool.version)", .bold) + " audit of \(entries.count) pair\(entries.count == 1 ? "" : "s")\n"
        for entry in entries {
            out += "\n"
            switch entry.outcome {
            case .error(let error):
                out += style("ERROR", .red) + " " + style(entry.id, .bold) + ": \(error.description)\n"
            case .report(let report):
                let findings = report.findings.isEmpty ? "no findings"
                    : "\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") (\(AuditSummary.counts(report.findings)))"
                out += verdict(report) + " " + style(entry.id, .bold) + ": score \(JSONValue.number(report.card.score).serialized()), \(findings)\n"
                for finding in report.findings { out += block(finding) }
            }
        }
        out += "\n" + style("summary", .bold) + "\n"
        out += "  pairs \(summary.pairs), passed \(summary.passed), failed \(summary.failed), errors \(summary.errors)\n"
        if summary.findings.isEmpty {
            out += "  no findings\n"
        } else {
            let header = ["family"] + AuditSummary.severities.map(\.description) + ["total"]
            var rows = summary.findings.map { row in
                [row.family] + row.counts.map { String($0.count) } + [String(row.counts.reduce(0) { $0 + $1.count })]
            }
            let totals = AuditSummary.severities.map { summary.total($0) }
            rows.append(["total"] + totals.map(String.init) + [String(totals.reduce(0, +))])
            out += table([header] + rows, rightAligned: 1...)
        }
        let worst = summary.worst()
        if !worst.isEmpty {
            out += "\n" + style("lowest scores", .bold) + "\n"
            out += table(worst.compactMap { entry in
                entry.report.map { [entry.id, JSONValue.number($0.card.score).serialized(), $0.verdict.uppercased()] }
            }, rightAligned: 1...1)
        }
        return out
    }

    private func verdict(_ report: Report) -> String { report.card.passed ? style("PASS", .green) : style("FAIL", .red) }

    /// Rows of plain cells in columns two spaces apart, indented two spaces.
    private func table(_ rows: [[String]], rightAligned: some RangeExpression<Int>) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            "  " + row.enumerated().map { c, cell in
                let fill = String(repeating: " ", count: widths[c] - cell.count)
                return rightAligned.contains(c) ? fill + cell : (c + 1 < row.count ? cell + fill : cell)
            }.joined(separator: "  ") + "\n"
        }.joined()
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
    /// Words between spaces, split on the bytes (a space is one byte in UTF-8, never part of another
    /// character's): splitting by characters was most of the report's cost.
    private static func words<S: StringProtocol>(_ text: S) -> [String] {
        text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    private func highlight(_ span: FindingSpan) -> [(String, Bool)] {
        let sentence = span.sentenceText
        // The span where it stands (the sentence may hold the same text earlier), else its first occurrence.
        let at = span.offsetInSentence.flatMap { offset -> Range<String.Index>? in
            let u = sentence.utf16
            guard offset + span.text.utf16.count <= u.count,
                  let a = u.index(u.startIndex, offsetBy: offset, limitedBy: u.endIndex),
                  let b = u.index(a, offsetBy: span.text.utf16.count, limitedBy: u.endIndex),
                  sentence[a..<b] == span.text else { return nil }
            return a..<b
        }
        guard !span.text.isEmpty, span.text != sentence, let r = at ?? sentence.range(of: span.text) else {
            return Self.words(sentence).map { ($0, false) }
        }
        let before = Self.words(sentence[..<r.lowerBound]).map { ($0, false) }
        let marked = Self.words(span.text).map { ($0, true) }
        let after = Self.words(sentence[r.upperBound...]).map { ($0, false) }
        // Punctuation glued to the span stays glued.
        var words = before
        var m = marked
        if !color, let first = marked.first, let last = marked.last {
            m[0] = ("⟦" + first.0, true)
            m[m.count - 1] = (m[m.count - 1].0 + "⟧", true)
            if marked.count == 1 { m[0] = ("⟦" + last.0 + "⟧", true) }
        }
        // A span starting inside a word ("Иссык-⟦Кульской⟧") stays on that word's line.
        if r.lowerBound > sentence.startIndex, sentence[sentence.index(before: r.lowerBound)] != " ", !m.isEmpty, let glued = words.popLast() {
            words.append((glued.0 + (color ? style(m[0].0, .underline) : m[0].0), false))
            m.removeFirst()
        }
        words += m
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
