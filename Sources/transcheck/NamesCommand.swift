import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck names …`: name matching for glossary maintenance.
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Compare names across scripts.",
        subcommands: [NamesCompareCommand.self]
    )
}

/// `transcheck names compare A B`, or `--batch` over `A<TAB>B` lines on stdin.
struct NamesCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Say whether two names are the same, a variant, or different, with the score and the keys.",
        discussion: """
        With --batch, reads A<TAB>B lines on standard input (extra columns ignored, a header \
        line starting with 'foreign' skipped) and writes 'same', 'variant' or 'different', \
        a tab and the score for each.
        """
    )

    @Argument(help: "Two names, in any script.") var names: [String] = []
    @Flag(help: "Read A<TAB>B lines from standard input.") var batch = false

    func validate() throws {
        if batch && !names.isEmpty { throw ValidationError("--batch reads names from standard input; give no names") }
        if !batch && names.count != 2 { throw ValidationError("give exactly two names (or --batch)") }
    }

    func run() throws {
        let matcher = NameMatcher.shared
        guard batch else {
            let result = matcher.compare(names[0], names[1])
            print("\(result.verdict.rawValue)\t\(format(result.score))")
            for key in [result.a, result.b] {
                print("  \(key.text)\t\(key.script)\troman=\(key.roman)\tskeleton=\(key.skeleton)")
            }
            return
        }
        var out = ""
        var first = true
        while let line = readLine(strippingNewline: true) {
            defer { first = false }
            if first && line.hasPrefix("foreign") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if columns.count < 2 {
                out += "different\t0.000\n"
                continue
            }
            let result = matcher.compare(String(columns[0]), String(columns[1]))
            out += "\(result.verdict.rawValue)\t\(format(result.score))\n"
            if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func format(_ score: Double) -> String { String(format: "%.3f", score) }
}
