import Foundation
import Testing
@testable import TranscheckKit

/// `.transcheck.yml` and baselines: what a CI setup relies on.
@Suite("Config and baseline")
struct ConfigTests {
    static func write(_ text: String, name: String = ".transcheck.yml") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("ar/drafts"), withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("Settings are read, paths are relative to the config, and found from a subfolder")
    func load() throws {
        let url = try Self.write("""
        lexicons: [desk]
        sourceLang: en
        failOn: critical
        minScore: 80
        severity: {term.missing: info, name: minor}
        disable: [wording]
        ignore: ["**/drafts/**", "*.bak.txt"]
        paths:
          - {match: "ar/**", targetLang: ar}
        """)
        let config = try ProjectConfig.load(url)
        let dir = url.deletingLastPathComponent()
        #expect(config.lexicons == [dir.appendingPathComponent("desk").standardized.path])
        #expect(config.failOn == .critical && config.minScore == 80)
        #expect(config.isIgnored(dir.appendingPathComponent("ar/drafts/story.txt").path))
        #expect(config.isIgnored(dir.appendingPathComponent("fr/old.bak.txt").path))
        #expect(!config.isIgnored(dir.appendingPathComponent("ar/story.txt").path))
        #expect(config.languages(for: dir.appendingPathComponent("ar/story.txt").path) == ("en", "ar"))
        #expect(config.languages(for: dir.appendingPathComponent("fr/story.txt").path) == ("en", nil))
        #expect(ProjectConfig.find(from: dir.appendingPathComponent("ar/drafts"))?.standardized.path == url.standardized.path)
    }

    @Test("Overrides and disabled checks change the findings of a real check")
    func apply() throws {
        let url = try Self.write("severity: {name.variant: critical}\ndisable: [term, quote.altered]\n")
        var checker = PairChecker()
        checker.config = try ProjectConfig.load(url)
        let report = try checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.corpus("translations/reuters.fr.planted.txt"))
        #expect(report.findings.contains { $0.check == "name.variant" && $0.severity == .critical })
        #expect(!report.findings.contains { $0.family == "term" || $0.check == "quote.altered" })
    }

    @Test("A broken setting is reported at its line and column")
    func broken() throws {
        let url = try Self.write("failOn: major\nseverity:\n  term.missing: loud\n")
        #expect(throws: InputError.self) { try ProjectConfig.load(url) }
        do { _ = try ProjectConfig.load(url) } catch { #expect(error.path.hasSuffix(".transcheck.yml:3:17")) }
    }

    @Test("A baseline hides recorded findings, survives moved lines, and lets new ones through")
    func baseline() throws {
        let checker = PairChecker()
        let text = try String(contentsOfFile: Fixtures.corpus("translations/reuters.ru.planted.txt"), encoding: .utf8)
        let source = try TextFile.load(path: Fixtures.reuters)
        let first = checker.check(source: source, target: TextFile(path: "ru.txt", text: text))
        var baseline = Baseline()
        baseline.add(first.findings, relativePath: "ru.txt")
        let round = try Baseline.load(try Self.write(baseline.serialized(), name: "base.json").path)
        #expect(round == baseline)
        var again = checker
        again.baseline = round
        let moved = again.check(source: source, target: TextFile(path: "ru.txt", text: "\n\n" + text))
        #expect(moved.findings.isEmpty)
        let changed = again.check(source: source, target: TextFile(path: "ru.txt", text: text.replacingOccurrences(of: "Голант", with: "Гaлант")))
        #expect(changed.findings.contains { $0.check == "name.confusable" })
    }
}
