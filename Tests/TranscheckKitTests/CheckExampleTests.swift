import Testing
@testable import TranscheckKit

/// Every check is run against its own documented examples, so the
/// documentation cannot drift from the behaviour.
@Suite("Check examples")
struct CheckExampleTests {
    static let triggering = CheckRegistry.all.flatMap { check in check.description.triggeringExamples.map { (check.description.family, $0) } }
    static let nonTriggering = CheckRegistry.all.flatMap { check in check.description.nonTriggeringExamples.map { (check.description.family, $0) } }

    @Test("Triggering examples report their case", arguments: triggering)
    func triggers(family: String, example: CheckExample) {
        let report = Fixtures.check(example.source, example.sourceLanguage, example.target, example.targetLanguage)
        #expect(report.findings.contains { $0.check == example.expected }, "\(example.expected ?? "") not reported for: \(example.target)\nfound: \(report.findings.map(\.check))")
    }

    @Test("Non-triggering examples report nothing of the family", arguments: nonTriggering)
    func passes(family: String, example: CheckExample) {
        let report = Fixtures.check(example.source, example.sourceLanguage, example.target, example.targetLanguage)
        let hits = report.findings.filter { $0.family == family }
        #expect(hits.isEmpty, "unexpected \(hits.map(\.message)) for: \(example.target)")
    }

    @Test("Every check describes itself: family, cases with severities, examples in three languages or more")
    func descriptions() {
        for check in CheckRegistry.all {
            let d = check.description
            #expect(!d.summary.isEmpty)
            #expect(!d.cases.isEmpty)
            for c in d.cases { #expect(c.identifier.hasPrefix(d.family + ".")) }
            #expect(!d.triggeringExamples.isEmpty && !d.nonTriggeringExamples.isEmpty)
            let languages = Set((d.triggeringExamples + d.nonTriggeringExamples).flatMap { [$0.sourceLanguage, $0.targetLanguage] })
            #expect(languages.count >= 3, "\(d.family) examples cover only \(languages)")
            for example in d.triggeringExamples { #expect(d.cases.contains { $0.identifier == example.expected }) }
        }
    }
}
