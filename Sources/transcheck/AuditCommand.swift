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
    @Option(name: .customLong("source-lang"), help: "Language of the originals in a directory convention (default: the config's, else en).")
    var sourceLanguage: String?
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A folder of lexicons added to the bundled ones (repeatable).", valueName: "dir"))
    var lexicons: [String] = []
    @OptionGroup var output: OutputOptions

    func run() throws {
        Warmup.start()
        let config = try output.config()
        var pairs: [AuditPair] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError(path: path, problem: "no such file or directory") }
            pairs += isDirectory.boolValue ? DirectoryPairs.pairs(in: path, sourceLanguage: sourceLanguage ?? config?.sourceLanguage ?? "en") : try AuditManifest.load(path)
        }
        if let config {
            // Ignored paths leave the audit; per-path languages fill in what the manifest or names leave open.
            pairs = pairs.filter { !config.isIgnored($0.source) && !config.isIgnored($0.target) }.map { p in
                let languages = config.languages(for: p.target)
                return AuditPair(id: p.id, source: p.source, target: p.target, sourceLanguage: p.sourceLanguage ?? languages.source,
                                 targetLanguage: p.targetLanguage ?? languages.target, problem: p.problem)
            }
        }
        guard !pairs.isEmpty else { throw InputError(path: paths.joined(separator: " "), problem: "no pairs found") }
        var checker = PairChecker(lexicons: try LexiconOptions.load((config?.lexicons ?? []) + lexicons))
        try output.configure(&checker, config)
        let showProgress = isatty(STDERR_FILENO) != 0
        let reporter = ReporterRegistry.reporter(for: output.format, color: output.useColor, width: output.terminalWidth)!
        // Formats of one piece per pair are rendered by the workers as pairs finish.
        let pieceReporter = reporter as? any EntryReporter
        let (entries, pieces) = AuditRunner(checker: checker).run(pairs, render: { pieceReporter?.generateEntry($0) ?? "" }) { done, total in
            guard showProgress else { return }
            let width = 30, filled = done * width / max(total, 1)
            FileHandle.standardError.write(Data("\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total)".utf8))
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        try output.write(pieceReporter != nil ? pieces.joined() : reporter.generateAudit(entries))
        try output.writeBaseline(entries.compactMap(\.report), checker: checker)
        let failed = entries.contains { $0.error != nil || $0.report?.card.passed == false }
        if failed && !output.exitZero { throw ExitCode(1) }
    }
}
