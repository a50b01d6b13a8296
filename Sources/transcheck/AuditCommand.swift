import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck audit PATH…`: many pairs at once, on all cores, for CI and archives.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check many pairs: from manifests (.jsonl, .csv, .tsv, .yml, .json) or directories (story.en.txt next to story.ar.txt, or en/story.txt next to ar/story.txt).",
        discussion: """
        A pair that cannot be read (missing partner, binary or empty file) is reported as an error \
        for that pair in every format; the others are checked. Exit code: 0 when every pair passes, \
        1 when a pair fails or has an error (0 with --exit-zero), 2 for a usage error or an unreadable manifest.
        """
    )

    @Argument(help: "Manifests or directories.") var paths: [String]
    @Option(name: .customLong("source-lang"), help: "Language of the originals in a directory convention (default en).")
    var sourceLanguage = "en"
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A folder of lexicons added to the bundled ones (repeatable).", valueName: "dir"))
    var lexicons: [String] = []
    @OptionGroup var output: OutputOptions
    @Flag(name: .customLong("exit-zero"), help: "Exit 0 whatever the findings (reporting-only runs).") var exitZero = false

    func run() throws {
        var pairs: [AuditPair] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError(path: path, problem: "no such file or directory") }
            pairs += isDirectory.boolValue ? DirectoryPairs.pairs(in: path, sourceLanguage: sourceLanguage) : try AuditManifest.load(path)
        }
        guard !pairs.isEmpty else { throw InputError(path: paths.joined(separator: " "), problem: "no pairs found") }
        var checker = PairChecker(lexicons: try LexiconOptions.load(lexicons))
        checker.scorer.failingSeverity = Severity(name: output.failOn) ?? .major
        checker.scorer.minimumScore = output.minScore
        let showProgress = isatty(STDERR_FILENO) != 0
        let entries = AuditRunner(checker: checker).run(pairs) { done, total in
            guard showProgress else { return }
            let width = 30, filled = done * width / max(total, 1)
            FileHandle.standardError.write(Data("\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total)".utf8))
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        let reporter = ReporterRegistry.reporter(for: output.format, color: output.useColor, width: output.terminalWidth)!
        try output.write(reporter.generateAudit(entries))
        let failed = entries.contains { $0.error != nil || $0.report?.card.passed == false }
        if failed && !exitZero { throw ExitCode(1) }
    }
}
