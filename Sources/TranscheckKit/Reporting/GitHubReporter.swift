/// GitHub Actions workflow commands: one annotation per finding, on the translation.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        report.findings.map { Self.command($0, targetPath: report.target.path) + "\n" }.joined()
    }

    /// The annotations of every pair in entry order, each pair in a log group
    /// named by its id (`::group::` adds no annotation); a pair that could not
    /// be checked is `::error file=PATH::problem` on the file that failed.
    public func generateAudit(_ entries: [AuditEntry]) -> String {
        entries.map { entry in
            let body = switch entry.outcome {
            case .report(let report): generateReport(report)
            case .error(let error): "::error file=" + Self.escapeProperty(error.path) + "::" + Self.escapeData(error.problem) + "\n"
            }
            return "::group::" + Self.escapeData(entry.id) + "\n" + body + "::endgroup::\n"
        }.joined()
    }

    /// The workflow command for one finding. An omission is annotated at the
    /// top of the translation, quoting the original; GitHub takes columns only within one line.
    public static func command(_ f: Finding, targetPath: String) -> String {
        var properties = [("file", targetPath)]
        if let span = f.target {
            let end = span.end
            properties.append(("line", String(span.line)))
            if end.line == span.line { properties.append(("col", String(span.column))) }
            properties.append(("endLine", String(end.line)))
            if end.line == span.line { properties.append(("endColumn", String(end.column))) }
        } else {
            properties.append(("line", "1"))
        }
        properties.append(("title", f.check))
        let parameters = properties.map { $0.0 + "=" + escapeProperty($0.1) }.joined(separator: ",")
        var message = f.message
        if f.target == nil, let source = f.source { message += "\nOriginal, line \(source.line): " + source.text }
        return "::" + command(for: f.severity) + " " + parameters + "::" + escapeData(message)
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .critical, .major: "error"
        case .minor: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF percent-encoded.
    public static func escapeData(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as a message, and `:` and `,` too.
    public static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
