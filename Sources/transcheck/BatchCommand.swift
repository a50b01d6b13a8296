import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck batch`: JSON Lines in, JSON Lines out, for Spark's RDD.pipe and shell pipelines.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Check pairs streamed as JSON Lines on standard input; one JSON line out per line in, in order.",
        discussion: """
        Each input line is {"id", "source", "target", "sourceLang", "targetLang"} with paths, or \
        "sourceText"/"targetText" with the texts inline. Each output line is {"id", "report"} \
        (the JSON report) or {"id", "error"} for a bad record; the stream always goes on.
        """
    )

    @Option(name: .customLong("lexicons"), help: ArgumentHelp("A folder of lexicons added to the bundled ones (repeatable).", valueName: "dir"))
    var lexicons: [String] = []

    func run() throws {
        Warmup.start()
        let runner = BatchRunner(checker: PairChecker(lexicons: try LexiconOptions.load(lexicons)))
        var buffer = ""
        runner.run(next: { readLine(strippingNewline: true) }, emit: { line in
            buffer += line + "\n"
            if buffer.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(buffer.utf8)); buffer = "" }
        })
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }
}
