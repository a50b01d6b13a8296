/// JUnit XML for CI test dashboards: one test case per finding, failing from
/// minor up; a pair with no finding is one passing case.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    public init() {}

    public func generateReport(_ report: Report) -> String {
        Self.declaration + Self.suite(report, name: "transcheck", indent: "")
    }

    /// `<testsuites>` holding a `<testsuite>` per pair, named by its id; a pair
    /// that could not be checked is one test case with an `<error>`.
    public func generateAudit(_ entries: [AuditEntry]) -> String {
        var tests = 0, failures = 0, errors = 0
        var suites = ""
        for entry in entries {
            switch entry.outcome {
            case .report(let report):
                tests += max(report.findings.count, 1)
                failures += report.findings.filter { $0.severity >= .minor }.count
                suites += Self.suite(report, name: entry.id, indent: "  ")
            case .error(let error):
                tests += 1
                errors += 1
                suites += "  <testsuite name=\"\(XMLText.escape(entry.id))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                suites += "    <properties>\n"
                for (name, value) in [("source", entry.sourcePath), ("target", entry.targetPath)] {
                    suites += "      <property name=\"\(name)\" value=\"\(XMLText.escape(value))\"/>\n"
                }
                suites += "    </properties>\n"
                suites += "    <testcase classname=\"transcheck\" name=\"pair\">\n"
                suites += "      <error type=\"input.error\" message=\"\(XMLText.escape(error.description))\"/>\n"
                suites += "    </testcase>\n"
                suites += "  </testsuite>\n"
            }
        }
        return Self.declaration
            + "<testsuites name=\"transcheck\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            + suites + "</testsuites>\n"
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// One pair's `<testsuite>`, each element's line after `indent` (text
    /// inside `<failure>` and `<system-out>` is left as it is).
    static func suite(_ report: Report, name: String, indent i: String) -> String {
        let failures = report.findings.filter { $0.severity >= .minor }.count
        var out = i + "<testsuite name=\"\(XMLText.escape(name))\" tests=\"\(max(report.findings.count, 1))\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        out += i + "  <properties>\n"
        for (name, value) in [("source", report.source.path), ("target", report.target.path),
                              ("score", JSONValue.number(report.card.score).serialized()), ("verdict", report.verdict)] {
            out += i + "    <property name=\"\(name)\" value=\"\(XMLText.escape(value))\"/>\n"
        }
        out += i + "  </properties>\n"
        if report.findings.isEmpty {
            out += i + "  <testcase classname=\"transcheck\" name=\"pair\"/>\n"
        }
        for f in report.findings {
            out += i + "  <testcase classname=\"\(XMLText.escape(f.family))\" name=\"\(XMLText.escape(Self.name(f, report)))\">\n"
            if f.severity >= .minor {
                out += i + "    <failure type=\"\(f.severity)\" message=\"\(XMLText.escape(f.message))\">"
                    + XMLText.escape(Self.details(f), attribute: false) + "</failure>\n"
            } else {
                out += i + "    <system-out>" + XMLText.escape(f.message + "\n" + Self.details(f), attribute: false) + "</system-out>\n"
            }
            out += i + "  </testcase>\n"
        }
        out += i + "</testsuite>\n"
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
