import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck check ORIGINAL TRANSLATED`: the editor's check of one pair.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compare a translation with its original and report every shift."
    )

    @Argument(help: ArgumentHelp("The original text ('-' for standard input).", valueName: "original"))
    var original: String

    @Argument(help: ArgumentHelp("The translated or republished text ('-' for standard input).", valueName: "translated"))
    var translated: String

    @OptionGroup var pair: PairOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let config = try output.config()
        let loaded = try pair.load(source: original, target: translated, config: config)
        var checker = PairChecker(lexicons: loaded.lexicons, languages: loaded.languages)
        try output.configure(&checker, config)
        let report = checker.check(source: loaded.source, target: loaded.target,
                                   sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage, detected: loaded.detected)
        try output.writeBaseline([report], checker: checker)
        let reporter = ReporterRegistry.reporter(for: output.format, color: output.useColor, width: output.terminalWidth)!
        try output.write(reporter.generateReport(report))
        // Ends the process here: freeing the lexicons, indexes and analysed texts before exiting
        // is about 2 % of a one-pair check, and the system takes the memory back anyway.
        Foundation.exit(!report.card.passed && !output.exitZero ? 1 : 0)
    }
}
