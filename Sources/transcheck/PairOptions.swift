import ArgumentParser
import TranscheckKit

/// Options shared by every command that reads a pair.
struct PairOptions: ParsableArguments {
    @Option(name: .customLong("source-lang"), help: "BCP 47 tag of the original (detected when omitted).")
    var sourceLanguage: String?

    @Option(name: .customLong("target-lang"), help: "BCP 47 tag of the translation (detected when omitted).")
    var targetLanguage: String?

    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A folder of lexicons added to the bundled ones (repeatable).", valueName: "dir"))
    var lexicons: [String] = []

    /// Validated language tags; an unknown tag is an input error naming the file it was meant for.
    func languages(source: String, target: String) throws(InputError) -> (LanguageTag?, LanguageTag?) {
        func parse(_ text: String?, file: String, option: String) throws(InputError) -> LanguageTag? {
            guard let text else { return nil }
            do { return try LanguageTag(text) } catch {
                throw InputError(path: file, problem: "unknown language tag '\(text)' given with \(option)")
            }
        }
        return (try parse(sourceLanguage, file: source, option: "--source-lang"),
                try parse(targetLanguage, file: target, option: "--target-lang"))
    }


    /// Reads both texts, settles their languages (given or detected), then loads only
    /// the lexicon forms of those two languages. Input errors come before any output.
    func load(source: String, target: String, config: ProjectConfig? = nil) throws(InputError) -> LoadedPair {
        if source == "-" && target == "-" {
            throw InputError(path: "-", problem: "only one of the two texts can come from standard input")
        }
        var (sourceTag, targetTag) = try languages(source: source, target: target)
        // The config's languages for this path stand in for missing --source-lang / --target-lang.
        if let config {
            let defaults = config.languages(for: target)
            if sourceTag == nil, let tag = defaults.source { sourceTag = try? LanguageTag(tag) }
            if targetTag == nil, let tag = defaults.target { targetTag = try? LanguageTag(tag) }
        }
        let sourceFile = try TextFile.load(path: source), targetFile = try TextFile.load(path: target)
        let sourceLanguage = sourceTag ?? LanguageDetector.detect(sourceFile.text)
        let targetLanguage = targetTag ?? LanguageDetector.detect(targetFile.text)
        Warmup.start(languages: [sourceLanguage, targetLanguage])
        let lexicons = try LexiconOptions.load((config?.lexicons ?? []) + lexicons, languages: [sourceLanguage.language, targetLanguage.language])
        return LoadedPair(source: sourceFile, target: targetFile, sourceLanguage: sourceTag, targetLanguage: targetTag,
                          detected: (sourceTag == nil ? sourceLanguage : nil, targetTag == nil ? targetLanguage : nil), lexicons: lexicons)
    }
}

/// Two texts ready to check, with their languages and the lexicons for them.
struct LoadedPair {
    let source: TextFile, target: TextFile
    /// As given on the command line; nil when detected (the report says so).
    let sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?
    /// Languages detected here, so the checker does not detect them again.
    let detected: (source: LanguageTag?, target: LanguageTag?)
    let lexicons: Lexicons

    /// The two languages, given or detected.
    var languages: [LanguageTag] { [sourceLanguage ?? detected.source, targetLanguage ?? detected.target].compactMap { $0 } }
}

/// `--lexicons DIR` for commands that read lexicons but no pair.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A folder of lexicons added to the bundled ones (repeatable).", valueName: "dir"))
    var lexicons: [String] = []

    @Flag(name: .customLong("no-bundled"), help: "Use only the --lexicons folders, not the bundled lexicons.")
    var noBundled = false

    /// The folders this command reads: the bundled one (unless --no-bundled) and the --lexicons folders.
    func selected() throws(InputError) -> [URL] {
        let all = try Self.folders(lexicons)
        return noBundled ? Array(all.suffix(lexicons.count)) : all
    }

    /// The lexicons of the selected folders.
    func loadSelected(languages: Set<String>? = nil) throws(InputError) -> Lexicons {
        try Self.load(folders: try selected(), languages: languages)
    }

    /// Loads these folders; a broken entry is an input error at file:line:column.
    static func load(folders: [URL], languages: Set<String>? = nil) throws(InputError) -> Lexicons {
        do { return try Lexicons.load(folders, languages: languages) } catch {
            throw InputError(path: "\(Lexicons.displayPath(error.file)):\(error.line):\(error.column)", problem: error.problem)
        }
    }

    /// The folders to read: the bundled one, then each `--lexicons` folder (validated).
    static func folders(_ dirs: [String]) throws(InputError) -> [URL] {
        for dir in dirs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) else {
                throw InputError(path: dir, problem: "no such lexicon folder")
            }
            guard isDirectory.boolValue else { throw InputError(path: dir, problem: "is a file, not a lexicon folder") }
        }
        return Lexicons.folders(adding: dirs.map { URL(fileURLWithPath: $0) })
    }

    /// Loads the lexicons; a broken entry is an input error at file:line:column.
    static func load(_ dirs: [String], languages: Set<String>? = nil) throws(InputError) -> Lexicons {
        try load(folders: try folders(dirs), languages: languages)
    }
}

/// Options for where and how a report is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Report format: \(ReporterRegistry.identifiers.joined(separator: ", ")).", valueName: "format"))
    var format: String = "text"

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .customLong("no-color"), help: "Never colour the text report (NO_COLOR is honoured too).")
    var noColor = false

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Lowest severity that fails: info, minor, major, critical (default major, or the config's).", valueName: "severity"))
    var failOnOption: String?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Fail below this score (default 90, or the config's).", valueName: "score"))
    var minScoreOption: Double?

    @Option(name: .customLong("config"), help: ArgumentHelp("Project settings (default: the nearest .transcheck.yml upwards).", valueName: "file"))
    var configPath: String?

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Report only findings not recorded in this baseline.", valueName: "file"))
    var baselinePath: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record the current findings as the baseline in this file.", valueName: "file"))
    var writeBaselinePath: String?

    @Flag(name: .customLong("exit-zero"), help: "Exit 0 whatever the findings (reporting-only runs).")
    var exitZero = false

    var failOn: String { failOnOption ?? "major" }
    var minScore: Double { minScoreOption ?? 90 }

    /// The project config: --config, or the nearest .transcheck.yml; nil when there is none.
    func config() throws(InputError) -> ProjectConfig? {
        if let configPath {
            guard FileManager.default.fileExists(atPath: configPath) else { throw InputError(path: configPath, problem: "no such config file") }
            return try ProjectConfig.load(URL(fileURLWithPath: configPath))
        }
        return try ProjectConfig.find().map { url throws(InputError) in try ProjectConfig.load(url) }
    }

    /// Applies config, command-line settings (which win) and the baseline to a checker.
    func configure(_ checker: inout PairChecker, _ config: ProjectConfig?) throws(InputError) {
        checker.config = config
        checker.scorer.failingSeverity = failOnOption.flatMap { Severity(name: $0) } ?? config?.failOn ?? .major
        checker.scorer.minimumScore = minScoreOption ?? config?.minScore ?? 90
        if let baselinePath { checker.baseline = try Baseline.load(baselinePath) }
    }

    /// Records the findings of reports as a baseline file (when --write-baseline is given).
    func writeBaseline(_ reports: [Report], checker: PairChecker) throws(InputError) {
        guard let writeBaselinePath else { return }
        var baseline = Baseline()
        for report in reports { baseline.add(report.findings, relativePath: checker.relativePath(report.target.path)) }
        try Self.write(baseline.serialized(), to: writeBaselinePath)
    }

    func validate() throws {
        guard ReporterRegistry.identifiers.contains(format) else {
            throw ValidationError("unknown format '\(format)'; expected one of \(ReporterRegistry.identifiers.joined(separator: ", "))")
        }
        guard failOnOption.map({ Severity(name: $0) != nil }) ?? true else {
            throw ValidationError("unknown severity '\(failOn)' for --fail-on; expected info, minor, major or critical")
        }
        guard (0...100).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 100") }
        if baselinePath != nil && writeBaselinePath != nil { throw ValidationError("give --baseline or --write-baseline, not both") }
    }

    /// Colour only on a terminal, never with NO_COLOR, --no-color or --output.
    var useColor: Bool {
        let env = ProcessInfo.processInfo.environment
        return !noColor && output == nil && env["NO_COLOR"] == nil && env["TERM"] != "dumb" && isatty(STDOUT_FILENO) == 1
    }

    var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }

    /// Writes the whole report at once: to standard output, or atomically to the output file.
    func write(_ text: String) throws(InputError) { try Self.write(text, to: output) }

    static func write(_ text: String, to output: String?) throws(InputError) {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            // Renaming a temporary file over a device or pipe (-o /dev/stdout) would replace it.
            var info = stat()
            let special = stat(output, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: special ? [] : .atomic)
        } catch {
            throw InputError(path: output, problem: "cannot write the report (\(error.localizedDescription))")
        }
    }
}

import Foundation
