/// Checkstyle XML, for tools that collect lint results: every finding as an
/// error of the translation file (an omission at line 1).
public struct CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        Self.header + Self.file(report.target.path, Self.errors(report.findings)) + Self.footer
    }

    /// One `<file>` per file, in order of first appearance: the findings of
    /// every pair on its translation, and an error pair's problem at line 1 of
    /// the file that failed, from source `transcheck.input.error`.
    public func generateAudit(_ entries: [AuditEntry]) -> String {
        var files: [(path: String, errors: String)] = []
        var index: [String: Int] = [:]
        for entry in entries {
            let (path, errors) = switch entry.outcome {
            case .report(let report): (report.target.path, Self.errors(report.findings))
            case .error(let error):
                (error.path, "    <error line=\"1\" severity=\"error\" message=\"\(XMLText.escape(error.problem))\" source=\"transcheck.input.error\"/>\n")
            }
            if let i = index[path] {
                files[i].errors += errors
            } else {
                index[path] = files.count
                files.append((path, errors))
            }
        }
        return Self.header + files.map { Self.file($0.path, $0.errors) }.joined() + Self.footer
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    static let footer = "</checkstyle>\n"

    static func file(_ path: String, _ errors: String) -> String {
        "  <file name=\"\(XMLText.escape(path))\">\n" + errors + "  </file>\n"
    }

    /// An `<error>` line per finding, on the translation (an omission at line 1).
    static func errors(_ findings: [Finding]) -> String {
        findings.map { f in
            let line = f.target?.line ?? 1, column = f.target?.column ?? 1
            return "    <error line=\"\(line)\" column=\"\(column)\" severity=\"\(severity(f.severity))\" "
                + "message=\"\(XMLText.escape(f.message))\" source=\"transcheck.\(XMLText.escape(f.check))\"/>\n"
        }.joined()
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical, .major: "error"
        case .minor: "warning"
        case .info: "info"
        }
    }
}
