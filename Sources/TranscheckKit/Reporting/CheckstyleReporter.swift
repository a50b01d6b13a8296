/// Checkstyle XML, for tools that collect lint results: every finding as an
/// error of the translation file (an omission at line 1).
public struct CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        out += "  <file name=\"\(XMLText.escape(report.target.path))\">\n"
        for f in report.findings {
            let line = f.target?.line ?? 1, column = f.target?.column ?? 1
            out += "    <error line=\"\(line)\" column=\"\(column)\" severity=\"\(Self.severity(f.severity))\" "
                + "message=\"\(XMLText.escape(f.message))\" source=\"transcheck.\(XMLText.escape(f.check))\"/>\n"
        }
        out += "  </file>\n</checkstyle>\n"
        return out
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical, .major: "error"
        case .minor: "warning"
        case .info: "info"
        }
    }
}
