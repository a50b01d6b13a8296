import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TranscheckKit

@Suite("Reporter formats")
struct ReporterFormatTests {
    static let checker = PairChecker()
    static let frenchPlanted = Fixtures.corpus("translations/reuters.fr.planted.txt")
    static let pairs = [(Fixtures.reuters, Fixtures.arabicOutlet), (Fixtures.reuters, frenchPlanted)]

    static func report(_ source: String, _ target: String) throws -> Report {
        try checker.check(sourcePath: source, targetPath: target)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// A real report with its findings replaced.
    static func report(_ base: Report, findings: [Finding]) -> Report {
        Report(source: base.source, target: base.target, card: base.card, alignment: base.alignment,
               findings: findings, comparison: base.comparison)
    }

    static func span(_ text: String, line: Int = 2, column: Int = 3) -> FindingSpan {
        FindingSpan(sentence: 0, text: text, line: line, column: column, sentenceText: text, range: 0..<text.utf16.count)
    }

    /// The text between two 1-based (line, column) positions of a file, counting scalars.
    static func text(of file: String, from start: (Int, Int), to end: (Int, Int)) -> String? {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in file.unicodeScalars {
            lines[lines.count - 1].append(scalar)
            if scalar == "\n" { lines.append([]) }
        }
        func offset(_ p: (Int, Int)) -> Int? {
            guard p.0 >= 1, p.0 <= lines.count, p.1 >= 1, p.1 - 1 <= lines[p.0 - 1].count else { return nil }
            return lines[..<(p.0 - 1)].reduce(0) { $0 + $1.count } + p.1 - 1
        }
        guard let a = offset(start), let b = offset(end), a <= b else { return nil }
        var out = ""
        out.unicodeScalars.append(contentsOf: lines.joined().dropFirst(a).prefix(b - a))
        return out
    }

    // MARK: SARIF

    @Test("SARIF: 2.1.0, rules for every result, levels by severity, 1-based regions on the target text", arguments: pairs)
    func sarif(_ source: String, _ target: String) throws {
        let report = try Self.report(source, target)
        #expect(!report.findings.isEmpty)
        let log = try #require(try Self.json(SARIFReporter().generateReport(report)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "transcheck")
        #expect(driver["version"] as? String == Tool.version)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIds = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIds).count == ruleIds.count)
        for c in CheckRegistry.all.flatMap(\.description.cases) { #expect(ruleIds.contains(c.identifier)) }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        let file = try String(contentsOfFile: target, encoding: .utf8)
        let levels: [Severity: String] = [.critical: "error", .major: "error", .minor: "warning", .info: "note"]
        for (result, finding) in zip(results, report.findings) {
            let ruleId = try #require(result["ruleId"] as? String)
            #expect(ruleId == finding.check)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIds.indices.contains(index) && ruleIds[index] == ruleId)
            #expect(result["level"] as? String == levels[finding.severity])
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(uri.removingPercentEncoding == target)
            let region = try #require(physical["region"] as? [String: Any])
            let start = (try #require(region["startLine"] as? Int), try #require(region["startColumn"] as? Int))
            #expect(start.0 >= 1 && start.1 >= 1)
            if let span = finding.target {
                let end = (try #require(region["endLine"] as? Int), try #require(region["endColumn"] as? Int))
                #expect((region["snippet"] as? [String: String])?["text"] == span.text)
                #expect(Self.text(of: file, from: start, to: end) == span.text, "\(finding.check) at \(start)")
                if let found = finding.found, span.text == found { #expect(Self.text(of: file, from: start, to: end) == found) }
            } else {
                #expect(start == (1, 1))
                #expect(result["relatedLocations"] != nil)
            }
            if finding.source != nil {
                let related = try #require((result["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
                #expect(((related["artifactLocation"] as? [String: Any])?["uri"] as? String)?.removingPercentEncoding == source)
            }
            let fingerprint = try #require((result["partialFingerprints"] as? [String: String])?["transcheck/v1"])
            #expect(fingerprint.prefix { $0 != ":" }.count == 16 && fingerprint.prefix(16).allSatisfy(\.isHexDigit))
        }
        let prints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["transcheck/v1"] }
        #expect(Set(prints).count == prints.count)
    }

    @Test("SARIF fingerprints are stable across runs and ignore lines moving")
    func fingerprints() throws {
        func prints(_ report: Report) throws -> [String] {
            let log = try #require(try Self.json(SARIFReporter().generateReport(report)) as? [String: Any])
            let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["transcheck/v1"] }
        }
        let report = try Self.report(Fixtures.reuters, Fixtures.arabicOutlet)
        let first = try prints(report)
        #expect(first.count == report.findings.count)
        #expect(try prints(try Self.report(Fixtures.reuters, Fixtures.arabicOutlet)) == first)
        let shiftedPath = Fixtures.temporaryFile(Array(("\n" + (try String(contentsOfFile: Fixtures.arabicOutlet, encoding: .utf8))).utf8),
                                                 name: "shifted.txt")
        let shifted = try Self.report(Fixtures.reuters, shiftedPath)
        #expect(shifted.findings.compactMap { $0.target?.line } == report.findings.compactMap { $0.target.map { $0.line + 1 } })
        #expect(try prints(shifted).sorted() == first.sorted())
    }

    // MARK: GitHub

    @Test("GitHub: one command per finding, severity as error/warning/notice")
    func githubCommands() throws {
        let report = try Self.report(Fixtures.reuters, Fixtures.arabicOutlet)
        let lines = GitHubReporter().generateReport(report).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == report.findings.count)
        let commands: [Severity: String] = [.critical: "::error ", .major: "::error ", .minor: "::warning ", .info: "::notice "]
        for (line, finding) in zip(lines, report.findings) {
            #expect(line.hasPrefix(commands[finding.severity]! + "file="))
            #expect(line.contains(",title=\(finding.check)::"))
            if let span = finding.target { #expect(line.contains(",line=\(span.line),")) }
        }
    }

    @Test("GitHub: message and property values escaped")
    func githubEscaping() {
        let finding = Finding(check: "number.mismatch", severity: .minor, message: "100% wrong, see: a\r\nb",
                              source: nil, target: Self.span("1,400"), bead: 0)
        let command = GitHubReporter.command(finding, targetPath: "out/a,b:c%.txt")
        #expect(command == "::warning file=out/a%2Cb%3Ac%25.txt,line=2,col=3,endLine=2,endColumn=8,title=number.mismatch::100%25 wrong, see: a%0D%0Ab")
        #expect(GitHubReporter.escapeProperty("x:y,z%\n") == "x%3Ay%2Cz%25%0A")
    }

    // MARK: XML

    final class XMLCounter: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var attributes: [String: [[String: String]]] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            self.attributes[name, default: []].append(attributes)
        }
    }

    static func parse(_ xml: String) throws -> XMLCounter {
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = XMLCounter()
        parser.delegate = counter
        let parsed = parser.parse()
        #expect(parsed, "\(String(describing: parser.parserError))")
        return counter
    }

    @Test("JUnit: well-formed, a test case per finding, failures from minor up", arguments: pairs)
    func junit(_ source: String, _ target: String) throws {
        let report = try Self.report(source, target)
        let xml = try Self.parse(JUnitReporter().generateReport(report))
        let failing = report.findings.filter { $0.severity >= .minor }.count
        #expect(xml.elements["testsuite"] == 1)
        #expect(xml.elements["testcase"] == report.findings.count)
        #expect(xml.elements["failure", default: 0] == failing)
        #expect(xml.elements["system-out", default: 0] == report.findings.count - failing)
        let suite = try #require(xml.attributes["testsuite"]?.first)
        #expect(suite["name"] == "transcheck")
        #expect(suite["tests"] == String(report.findings.count))
        #expect(suite["failures"] == String(failing))
        #expect(xml.attributes["failure"]?.map { $0["type"] } == report.findings.filter { $0.severity >= .minor }.map(\.severity.description))
        #expect(xml.attributes["testcase"]?.map { $0["classname"] } == report.findings.map(\.family))
    }

    @Test("JUnit: a clean pair is one passing test case; XML specials and control characters escaped")
    func junitEdges() throws {
        let base = try Self.report(Fixtures.reuters, Fixtures.arabicOutlet)
        let clean = try Self.parse(JUnitReporter().generateReport(Self.report(base, findings: [])))
        #expect(clean.elements["testcase"] == 1 && clean.elements["failure"] == nil)
        #expect(clean.attributes["testcase"]?.first?["name"] == "pair")
        let message = "Tom & Jerry <said> \"no\" 'yes'\u{1}\tend\nnext"
        let finding = Finding(check: "quote.altered", severity: .major, message: message,
                              source: Self.span("a < b"), target: Self.span("a & b\u{7}"), bead: 0)
        for output in [JUnitReporter().generateReport(Self.report(base, findings: [finding])),
                       CheckstyleReporter().generateReport(Self.report(base, findings: [finding]))] {
            let xml = try Self.parse(output)
            let attributes = (xml.attributes["failure"] ?? xml.attributes["error"])?.first
            #expect(attributes?["message"] == "Tom & Jerry <said> \"no\" 'yes'\u{FFFD}\tend\nnext")
        }
    }

    @Test("Checkstyle: well-formed, an error per finding on the translation", arguments: pairs)
    func checkstyle(_ source: String, _ target: String) throws {
        let report = try Self.report(source, target)
        let xml = try Self.parse(CheckstyleReporter().generateReport(report))
        #expect(xml.attributes["checkstyle"]?.first?["version"] == "4.3")
        #expect(xml.attributes["file"]?.map { $0["name"] } == [target])
        let errors = try #require(xml.attributes["error"])
        #expect(errors.count == report.findings.count)
        let severities: [Severity: String] = [.critical: "error", .major: "error", .minor: "warning", .info: "info"]
        for (error, finding) in zip(errors, report.findings) {
            #expect(error["source"] == "transcheck." + finding.check)
            #expect(error["severity"] == severities[finding.severity])
            #expect(error["line"] == String(finding.target?.line ?? 1))
            #expect(error["message"] == finding.message)
        }
    }

    // MARK: JSON Lines and Markdown

    @Test("jsonl: the JSON report on exactly one line", arguments: pairs)
    func jsonLines(_ source: String, _ target: String) throws {
        let report = try Self.report(source, target)
        let text = JSONLinesReporter().generateReport(report)
        #expect(text.hasSuffix("\n"))
        #expect(text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count == 1)
        let line = try #require(try Self.json(text) as? NSDictionary)
        let pretty = try #require(try Self.json(JSONReporter().generateReport(report)) as? NSDictionary)
        #expect(line.isEqual(pretty))
        #expect(JSONReporter.value(of: report).serialized() + "\n" == JSONReporter().generateReport(report))
    }

    @Test("Markdown: verdict and score, a row per finding, table cells escaped")
    func markdown() throws {
        let report = try Self.report(Fixtures.reuters, Fixtures.arabicOutlet)
        let text = MarkdownReporter().generateReport(report)
        let heading = try #require(text.split(separator: "\n").first)
        #expect(heading.hasPrefix("## ") && heading.contains(report.verdict) && heading.contains(JSONValue.number(report.card.score).serialized()))
        let rows = text.components(separatedBy: "### Findings")[1].split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == report.findings.count + 1)
        for (row, finding) in zip(rows.dropFirst(), report.findings) {
            #expect(row.hasPrefix("| \(finding.severity) | `\(finding.check)` |"))
        }
        let piped = Finding(check: "wording.changed", severity: .minor, message: "two\nlines",
                            source: Self.span("a | b"), target: Self.span("c|d"), bead: 0)
        let escaped = MarkdownReporter().generateReport(Self.report(report, findings: [piped]))
        #expect(escaped.contains("| minor | `wording.changed` | a \\| b | c\\|d | two<br>lines |"))
    }

    @Test("Every format is registered")
    func registry() {
        for identifier in ["text", "json", "jsonl", "sarif", "github", "junit", "checkstyle", "markdown"] {
            #expect(ReporterRegistry.identifiers.contains(identifier))
            #expect(ReporterRegistry.reporter(for: identifier) != nil)
        }
    }
}
