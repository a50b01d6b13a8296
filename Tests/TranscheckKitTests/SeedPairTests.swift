import Testing
@testable import TranscheckKit

/// The seed wire copies: what an editor must see on them.
@Suite("Seed pairs")
struct SeedPairTests {
    let checker = PairChecker()

    @Test("Reuters vs the Arabic outlet: dropped 37,600 and 1,200 figures are reported")
    func arabicOutletNumbers() throws {
        let report = try checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet)
        let missing = report.findings.filter { $0.check == "number.missing" }.compactMap(\.source?.text)
        #expect(missing.contains("37,600"))
        #expect(missing.contains("1,200"))
        #expect(report.verdict == "fail")
    }

    @Test("Reuters vs the Arabic outlet: corresponding sentences are aligned")
    func arabicOutletAlignment() throws {
        let report = try checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet)
        let pairs = Set(report.alignment.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { "\($0.source):\($0.target)" })
        // Body paragraphs, one for one, including a sentence the outlet split in two.
        for expected in ["[7]:[2, 3]", "[8]:[4]", "[9]:[5]", "[10]:[6]", "[11]:[7]", "[12]:[8]", "[13]:[9]", "[14]:[10]",
                         "[15]:[11]", "[16]:[12]", "[17]:[13]", "[18]:[14]", "[19]:[15]", "[20]:[16]"] {
            #expect(pairs.contains(expected), "missing bead \(expected)")
        }
        // The Oct. 7 tallies and the casualty figure have no counterpart.
        #expect(report.alignment.contains { $0.source == [21] && $0.target.isEmpty })
        #expect(report.alignment.contains { $0.source == [22] && $0.target.isEmpty })
    }

    @Test("Reuters vs the Arabic outlet: a reworded quotation names the words as the texts write them")
    func quoteWordsAsWritten() throws {
        let report = try checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet)
        let altered = report.findings.filter { $0.check == "quote.altered" }
        #expect(!altered.isEmpty)
        for finding in altered {
            // Every word quoted in the message is a word of the original or the translated quotation.
            let written = Set(NameIndex.wordKeys(of: (finding.expected ?? "") + " " + (finding.found ?? "")))
            let quoted = finding.message.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.flatMap { $0.element.split(separator: " ").map(String.init) }
            for word in quoted { #expect(written.contains(word), "\(word) in \(finding.message)") }
        }
        #expect(altered.contains { $0.message.contains("\"decisive\"") || $0.message.contains("\"critical\"") })
    }

    @Test("Reuters vs MEMO: 7 October, curly quotes and US spelling are not findings")
    func memoFormatting() throws {
        let report = try checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.memo)
        let numberOrDate = report.findings.filter { $0.family == "number" || $0.family == "date" }
        #expect(numberOrDate.isEmpty, "\(numberOrDate.map(\.message))")
        // The inserted Haaretz paragraph is an addition.
        #expect(report.findings.contains { $0.check == "addition.sentence" && ($0.target?.sentenceText.contains("Haaretz") ?? false) })
    }

    @Test("The same input gives the same bytes, every time")
    func deterministic() throws {
        let a = JSONReporter().generateReport(try checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet))
        let b = JSONReporter().generateReport(try checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet))
        #expect(a == b)
    }
}
