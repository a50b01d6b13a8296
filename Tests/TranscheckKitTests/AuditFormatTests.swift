import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TranscheckKit

@Suite("Audit formats")
struct AuditFormatTests {
    static let frenchPlanted = Fixtures.corpus("translations/reuters.fr.planted.txt")
    static let arabicFaithful = Fixtures.corpus("translations/reuters.ar.faithful.txt")
    static let inputError = InputError(path: "x.txt", problem: "binary data")

    /// Two checked pairs (one failing, one passing) and one that could not be read.
    static func entries() throws -> [AuditEntry] {
        let checker = PairChecker()
        return [
            AuditEntry(id: "fr-planted", sourcePath: Fixtures.reuters, targetPath: frenchPlanted,
                       outcome: .report(try checker.check(sourcePath: Fixtures.reuters, targetPath: frenchPlanted))),
            AuditEntry(id: "ar-faithful", sourcePath: Fixtures.reuters, targetPath: arabicFaithful,
                       outcome: .report(try checker.check(sourcePath: Fixtures.reuters, targetPath: arabicFaithful))),
            AuditEntry(id: "bad", sourcePath: Fixtures.reuters, targetPath: "x.txt", outcome: .error(inputError)),
        ]
    }

    static let checked = Result { try entries() }

    static func reports() throws -> [(id: String, report: Report)] {
        try checked.get().compactMap { entry in entry.report.map { (entry.id, $0) } }
    }

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    static func score(_ report: Report) -> String { JSONValue.number(report.card.score).serialized() }

    @Test("The fixture has a failing pair, a passing pair and an error pair")
    func fixture() throws {
        let reports = try Self.reports()
        #expect(reports.map(\.report.verdict) == ["fail", "pass"])
        #expect(reports.allSatisfy { !$0.report.findings.isEmpty })
    }

    // MARK: Text

    @Test("text: a header per pair, its findings as the single report prints them, ERROR lines, totals")
    func text() throws {
        let entries = try Self.checked.get()
        let out = TextReporter(color: false, width: 100).generateAudit(entries)
        let lines = out.components(separatedBy: "\n")
        #expect(lines.contains("ERROR bad: x.txt: binary data"))
        for (id, report) in try Self.reports() {
            let header = "\(report.verdict.uppercased()) \(id): score \(Self.score(report)), \(report.findings.count) findings ("
                + AuditSummary.counts(report.findings) + ")"
            #expect(lines.contains(header))
            // The findings exactly as the single-pair report prints them, right after the header.
            let single = TextReporter(color: false, width: 100).generateReport(report)
            let findings = single.components(separatedBy: "\n").drop { !$0.hasPrefix("findings:") }.dropFirst().joined(separator: "\n")
            #expect(!findings.isEmpty && out.contains(header + "\n" + findings))
        }
        #expect(lines.contains("  pairs 3, passed 1, failed 1, errors 1"))
        let all = try Self.reports().flatMap(\.report.findings)
        let totals = AuditSummary.severities.map { s in String(all.filter { $0.severity == s }.count) } + [String(all.count)]
        let totalRow = try #require(lines.first { $0.hasPrefix("  total ") })
        #expect(totalRow.split(separator: " ").dropFirst().map(String.init) == totals)
        let ranking = lines.drop { $0 != "lowest scores" }.dropFirst().prefix { !$0.isEmpty }
        #expect(ranking.map { $0.split(separator: " ").first.map(String.init) } == ["fr-planted", "ar-faithful"])
    }

    // MARK: JSON and JSON Lines

    @Test("json: summary and pairs in contract order; a pair carries its JSON report or its error")
    func json() throws {
        let entries = try Self.checked.get()
        let text = JSONReporter().generateAudit(entries)
        let topKeys = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["schemaVersion", "tool", "summary", "pairs"])
        let audit = try #require(try Self.json(text) as? [String: Any])
        #expect(audit["schemaVersion"] as? Int == 1)
        #expect((audit["tool"] as? [String: String])?["name"] == "transcheck")
        let summary = try #require(audit["summary"] as? [String: Any])
        #expect(summary["pairs"] as? Int == 3 && summary["passed"] as? Int == 1)
        #expect(summary["failed"] as? Int == 1 && summary["errors"] as? Int == 1)
        let all = try Self.reports().flatMap(\.report.findings)
        let counts = try #require(summary["findings"] as? [String: [String: Int]])
        #expect(Set(counts.keys) == Set(all.map(\.family)))
        for (family, bySeverity) in counts {
            for s in Severity.allCases {
                #expect(bySeverity[s.description] == all.filter { $0.family == family && $0.severity == s }.count)
            }
        }
        let pairs = try #require(audit["pairs"] as? [[String: Any]])
        #expect(pairs.map { $0["id"] as? String } == entries.map(\.id))
        #expect(pairs.map { $0["target"] as? String } == entries.map(\.targetPath))
        for (pair, entry) in zip(pairs, entries) {
            if let report = entry.report {
                let single = try #require(try Self.json(JSONReporter().generateReport(report)) as? NSDictionary)
                #expect((pair["report"] as? NSDictionary)?.isEqual(single) == true)
                #expect(pair["error"] == nil)
            } else {
                #expect(pair["error"] as? String == "x.txt: binary data")
                #expect(pair["report"] == nil)
            }
        }
    }

    @Test("jsonl: one line per pair, byte for byte what `transcheck batch` emits")
    func jsonLines() throws {
        let entries = try Self.checked.get()
        let lines = JSONLinesReporter().generateAudit(entries).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == entries.count + 1 && lines.last == "")
        let batch = BatchRunner(checker: PairChecker())
        for (line, entry) in zip(lines, entries) {
            let object = try #require(try Self.json(String(line)) as? [String: Any])
            #expect(object["id"] as? String == entry.id)
            if entry.report != nil {
                let record = JSONValue.object([("id", .string(entry.id)), ("source", .string(entry.sourcePath)),
                                               ("target", .string(entry.targetPath))]).serialized(pretty: false)
                #expect(String(line) == batch.line(for: record, number: 1))
            } else {
                #expect(line == #"{"id":"bad","error":"x.txt: binary data"}"#)
            }
        }
    }

    // MARK: SARIF

    @Test("sarif: one run, rules once, every pair's results on its own translation, the error pair as input.error at 1:1")
    func sarif() throws {
        let entries = try Self.checked.get()
        let log = try #require(try Self.json(SARIFReporter().generateAudit(entries)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let rules = try #require(((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let ruleIds = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIds).count == ruleIds.count)
        let inputRule = try #require(rules.first { $0["id"] as? String == "input.error" })
        #expect((inputRule["defaultConfiguration"] as? [String: String])?["level"] == "error")
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        let reports = try Self.reports()
        #expect(results.count == reports.reduce(0) { $0 + $1.report.findings.count } + 1)
        func uri(_ result: [String: Any]) -> String? {
            let physical = ((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any]
            return ((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String)?.removingPercentEncoding
        }
        var offset = 0
        for (id, report) in reports {
            let mine = results[offset..<(offset + report.findings.count)]
            offset += report.findings.count
            for (result, finding) in zip(mine, report.findings) {
                #expect((result["properties"] as? [String: Any])?["pair"] as? String == id)
                #expect(result["ruleId"] as? String == finding.check)
                let index = try #require(result["ruleIndex"] as? Int)
                #expect(ruleIds.indices.contains(index) && ruleIds[index] == finding.check)
                #expect(uri(result) == report.target.path)
            }
        }
        let error = try #require(results.last)
        #expect(error["ruleId"] as? String == "input.error" && error["level"] as? String == "error")
        #expect(ruleIds[try #require(error["ruleIndex"] as? Int)] == "input.error")
        #expect((error["properties"] as? [String: Any])?["pair"] as? String == "bad")
        #expect(uri(error) == "x.txt")
        let region = (((error["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        #expect(region == ["startLine": 1, "startColumn": 1])
        #expect((error["message"] as? [String: String])?["text"]?.contains("binary data") == true)
    }

    // MARK: GitHub

    @Test("github: every pair's annotations in a group named by its id, ::error on the file of an error pair")
    func github() throws {
        let entries = try Self.checked.get()
        let lines = GitHubReporter().generateAudit(entries).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::group::") } == entries.map { "::group::" + $0.id })
        #expect(lines.filter { $0 == "::endgroup::" }.count == entries.count)
        var expected: [String] = []
        for (_, report) in try Self.reports() {
            expected += report.findings.map { GitHubReporter.command($0, targetPath: report.target.path) }
        }
        expected.append("::error file=x.txt::binary data")
        #expect(lines.filter { !$0.hasPrefix("::group::") && $0 != "::endgroup::" } == expected)
    }

    // MARK: XML

    /// An element with its attributes and children, enough to check structure.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        init(_ name: String, _ attributes: [String: String]) { self.name = name; self.attributes = attributes }
        func all(_ name: String) -> [Element] { children.filter { $0.name == name } }
    }

    final class TreeBuilder: NSObject, XMLParserDelegate {
        let root = Element("#document", [:])
        private var stack: [Element] = []
        override init() { super.init(); stack = [root] }
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = Element(name, attributes)
            stack.last?.children.append(element)
            stack.append(element)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }

    static func xml(_ text: String) throws -> Element {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = TreeBuilder()
        parser.delegate = builder
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        return try #require(builder.root.children.first)
    }

    @Test("junit: a <testsuite> per pair named by id; the error pair one test case with <error>; totals add up")
    func junit() throws {
        let entries = try Self.checked.get()
        let root = try Self.xml(JUnitReporter().generateAudit(entries))
        #expect(root.name == "testsuites")
        let suites = root.all("testsuite")
        #expect(suites.map { $0.attributes["name"] } == entries.map(\.id))
        var tests = 0, failures = 0
        for (suite, (_, report)) in zip(suites, try Self.reports()) {
            let failing = report.findings.filter { $0.severity >= .minor }.count
            #expect(suite.all("testcase").count == report.findings.count)
            #expect(suite.all("testcase").flatMap { $0.all("failure") }.count == failing)
            #expect(suite.attributes["tests"] == String(report.findings.count) && suite.attributes["failures"] == String(failing))
            tests += report.findings.count
            failures += failing
        }
        let bad = try #require(suites.last)
        #expect(bad.attributes["errors"] == "1" && bad.attributes["tests"] == "1")
        let cases = bad.all("testcase")
        #expect(cases.count == 1)
        #expect(cases.first?.all("error").first?.attributes["message"] == "x.txt: binary data")
        #expect(root.attributes["tests"] == String(tests + 1))
        #expect(root.attributes["failures"] == String(failures))
        #expect(root.attributes["errors"] == "1")
    }

    @Test("checkstyle: a <file> per translation with its findings; the error pair's file with one input.error")
    func checkstyle() throws {
        let entries = try Self.checked.get()
        let root = try Self.xml(CheckstyleReporter().generateAudit(entries))
        #expect(root.name == "checkstyle" && root.attributes["version"] == "4.3")
        let files = root.all("file")
        #expect(files.map { $0.attributes["name"] } == [Self.frenchPlanted, Self.arabicFaithful, "x.txt"])
        for (file, (_, report)) in zip(files, try Self.reports()) {
            let errors = file.all("error")
            #expect(errors.map { $0.attributes["source"] } == report.findings.map { "transcheck." + $0.check })
            #expect(errors.map { $0.attributes["message"] } == report.findings.map(\.message))
        }
        let error = try #require(files.last?.all("error"))
        #expect(error.count == 1)
        #expect(error.first?.attributes == ["line": "1", "severity": "error", "message": "binary data", "source": "transcheck.input.error"])
    }

    // MARK: Markdown

    @Test("markdown: a row per pair, the findings table of each failing pair, error pairs listed")
    func markdown() throws {
        let entries = try Self.checked.get()
        let text = MarkdownReporter().generateAudit(entries)
        #expect(text.hasPrefix("## transcheck audit: 3 pairs — 1 passed, 1 failed, 1 errors\n"))
        let lines = text.components(separatedBy: "\n")
        for (id, report) in try Self.reports() {
            let majors = report.findings.filter { $0.severity == .major }.count
            let criticals = report.findings.filter { $0.severity == .critical }.count
            #expect(lines.contains("| \(id) | \(report.verdict) | \(Self.score(report)) | \(majors) | \(criticals) |"))
        }
        #expect(lines.contains("| bad | error | — | — | — |"))
        let failing = try #require(try Self.reports().first { $0.id == "fr-planted" }?.report)
        #expect(lines.filter { $0.hasPrefix("### ") } == ["### fr-planted: fail — score \(Self.score(failing))/100", "### Not checked"])
        let table = text.components(separatedBy: "### fr-planted")[1].components(separatedBy: "### Not checked")[0]
        #expect(table.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == failing.findings.count + 1)
        #expect(lines.contains("- **bad**: `x.txt`: binary data"))
    }

    // MARK: Every format

    @Test("Every format names each pair (checkstyle by file), is deterministic and handles an empty audit",
          arguments: ReporterRegistry.identifiers)
    func everyFormat(_ identifier: String) throws {
        let entries = try Self.checked.get()
        let reporter = try #require(ReporterRegistry.reporter(for: identifier))
        let out = reporter.generateAudit(entries)
        let names = identifier == CheckstyleReporter.identifier ? entries.map { $0.error?.path ?? $0.targetPath } : entries.map(\.id)
        for name in names { #expect(out.contains(name), "\(identifier) lacks \(name)") }
        #expect(out.contains("binary data"))
        // Same entries, same bytes; and fresh reports of the same files, same bytes.
        #expect(reporter.generateAudit(entries) == out)
        #expect(reporter.generateAudit(try Self.entries()) == out)
        let coloured = try #require(ReporterRegistry.reporter(for: identifier, color: true))
        #expect(coloured.generateAudit(entries) == coloured.generateAudit(entries))
        // An empty audit still parses in the structured formats.
        let empty = reporter.generateAudit([])
        switch identifier {
        case JSONReporter.identifier, SARIFReporter.identifier: _ = try Self.json(empty)
        case JUnitReporter.identifier, CheckstyleReporter.identifier: _ = try Self.xml(empty)
        case JSONLinesReporter.identifier, GitHubReporter.identifier: #expect(empty.isEmpty)
        default: #expect(!empty.isEmpty)
        }
    }
}
