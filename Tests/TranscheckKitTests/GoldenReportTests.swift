import Foundation
import Testing
@testable import TranscheckKit

/// Every reporter against a golden file: a small French pair with a name,
/// a number, a term and an intensity shift, rendered byte for byte. Set
/// TRANSCHECK_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change.
@Suite("Golden reports")
struct GoldenReportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let report: Report = PairChecker().check(
        source: TextFile(path: "original.txt", text: """
        Defense Secretary Lloyd Austin met Gallant on Monday. The meetings are extremely important, he said.
        The offensive has killed almost 37,600 people, according to health authorities.
        """),
        target: TextFile(path: "traduction.txt", text: """
        Le secrétaire à la Défense Lloyd Austen a rencontré M. Gallant lundi. Les réunions sont assez importantes, a-t-il dit.
        L'offensive a fait près de 37 500 blessés, selon les autorités sanitaires.
        """),
        sourceLanguage: LanguageTag(known: "en"), targetLanguage: LanguageTag(known: "fr"))

    static let extensions = ["text": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "github": "github.txt",
                             "junit": "junit.xml", "checkstyle": "checkstyle.xml", "markdown": "md"]

    @Test("Each format renders the golden report byte for byte", arguments: ReporterRegistry.identifiers)
    func golden(_ format: String) throws {
        let reporter = try #require(ReporterRegistry.reporter(for: format))
        let out = reporter.generateReport(Self.report).replacingOccurrences(of: Tool.version, with: "VERSION")
        let file = Self.golden.appendingPathComponent("report.\(Self.extensions[format] ?? format)")
        if ProcessInfo.processInfo.environment["TRANSCHECK_UPDATE_GOLDEN"] != nil {
            try out.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(out == expected, "\(format) differs from \(file.lastPathComponent)")
    }

    @Test("The golden pair has the shifts the files show")
    func shifts() {
        let checks = Set(Self.report.findings.map(\.check))
        #expect(checks.isSuperset(of: ["name.variant", "number.mismatch", "term.shift", "intensity.shift"]))
    }
}
