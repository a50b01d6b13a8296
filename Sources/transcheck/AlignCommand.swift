import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck align ORIGINAL TRANSLATED`: prints the sentence alignment.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Print the sentence alignment of a pair."
    )

    @Argument(help: ArgumentHelp("The original text ('-' for standard input).", valueName: "original"))
    var original: String

    @Argument(help: ArgumentHelp("The translated text ('-' for standard input).", valueName: "translated"))
    var translated: String

    @OptionGroup var pair: PairOptions

    @Option(help: ArgumentHelp("Output: text (side by side), json, vecalign ([0]:[0, 1] per bead).", valueName: "format"))
    var format: String = "text"

    @Flag(help: "Each input line is one sentence (gold data that is already segmented).")
    var segmented = false

    @Option(name: .customLong("explain"), help: ArgumentHelp("Also print the similarity of source sentence S with target sentences near it.", valueName: "S"))
    var explain: Int?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard ["text", "json", "vecalign"].contains(format) else {
            throw ValidationError("unknown format '\(format)'; expected text, json or vecalign")
        }
    }

    func run() throws {
        let loaded = try pair.load(source: original, target: translated)
        let checker = PairChecker(lexicons: loaded.lexicons)
        let source = checker.analyze(loaded.source, language: loaded.sourceLanguage, segmented: segmented, detected: loaded.detected.source)
        let target = checker.analyze(loaded.target, language: loaded.targetLanguage, segmented: segmented, detected: loaded.detected.target)
        let beads = checker.aligner.align(source, target)
        var out = AlignmentFormatter.render(beads, source: source.document, target: target.document, format: format)
        if let s = explain, s >= 0, s < source.document.sentences.count {
            let centre = s * target.document.sentences.count / max(source.document.sentences.count, 1)
            let count = target.document.sentences.count
            for t in max(0, centre - 8)..<min(count, centre + 9) {
                let one = checker.aligner.similarity(source, target, source: s..<(s + 1), target: t..<(t + 1))
                let two = t + 1 < count ? checker.aligner.similarity(source, target, source: s..<(s + 1), target: t..<(t + 2)) : 0
                out += "similarity [\(s)]:[\(t)] = \(String(format: "%.3f", one))  [\(s)]:[\(t), \(t + 1)] = \(String(format: "%.3f", two))  \(target.document.sentences[t].text.prefix(50))\n"
            }
        }
        try OutputOptions.write(out, to: output)
    }
}
