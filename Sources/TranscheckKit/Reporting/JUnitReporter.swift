/// JUnit XML for CI test dashboards: one test case per finding, failing from
/// minor up; a pair with no finding is one passing case.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        let failures = report.findings.filter { $0.severity >= .minor }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuite name=\"transcheck\" tests=\"\(max(report.findings.count, 1))\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        out += "  <properties>\n"
        for (name, value) in [("source", report.source.path), ("target", report.target.path),
                              ("score", JSONValue.number(report.card.score).serialized()), ("verdict", report.verdict)] {
            out += "    <property name=\"\(name)\" value=\"\(XMLText.escape(value))\"/>\n"
        }
        out += "  </properties>\n"
        if report.findings.isEmpty {
            out += "  <testcase classname=\"transcheck\" name=\"pair\"/>\n"
        }
        for f in report.findings {
            out += "  <testcase classname=\"\(XMLText.escape(f.family))\" name=\"\(XMLText.escape(Self.name(f, report)))\">\n"
            if f.severity >= .minor {
                out += "    <failure type=\"\(f.severity)\" message=\"\(XMLText.escape(f.message))\">"
                    + XMLText.escape(Self.details(f), attribute: false) + "</failure>\n"
            } else {
                out += "    <system-out>" + XMLText.escape(f.message + "\n" + Self.details(f), attribute: false) + "</system-out>\n"
            }
            out += "  </testcase>\n"
        }
        out += "</testsuite>\n"
        return out
    }

    /// "check at FILE:LINE:COL", on the translation, or on the original for an omission.
    static func name(_ f: Finding, _ report: Report) -> String {
        if let t = f.target { return "\(f.check) at \(report.target.path):\(t.line):\(t.column)" }
        if let s = f.source { return "\(f.check) at \(report.source.path):\(s.line):\(s.column)" }
        return "\(f.check) at \(report.target.path)"
    }

    static func details(_ f: Finding) -> String {
        var lines: [String] = []
        if let e = f.expected { lines.append("expected: \(e)") }
        if let found = f.found { lines.append("found: \(found)") }
        if let s = f.source { lines.append("original \(s.line):\(s.column): \(s.text)") }
        if let t = f.target { lines.append("translation \(t.line):\(t.column): \(t.text)") }
        if let evidence = f.evidence { lines.append("evidence: \(evidence)") }
        return lines.joined(separator: "\n")
    }
}
