import ArgumentParser
import Foundation
import TranscheckKit

/// The root command: `transcheck ORIGINAL TRANSLATED` is `transcheck check …`.
struct Transcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcheck",
        abstract: "Check a translated or republished news story against its original.",
        discussion: """
        Aligns the two texts sentence by sentence and reports every shift — numbers, \
        dates, added and omitted sentences, … — with evidence, a severity and a score.
        Exit codes: 0 pass, 1 findings at or above the failing severity (or score \
        below the minimum), 2 usage or input error.
        """,
        version: Tool.version,
        subcommands: [CheckCommand.self, AlignCommand.self, AuditCommand.self, BatchCommand.self, NamesCommand.self, GlossaryCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}

/// Parses, runs, and maps every failure to the documented exit codes: usage
/// and input errors print one line on stderr and exit 2.
@main
enum Main {
    static func main() {
        Warmup.startCommon()
        do {
            var command = try Transcheck.parseAsRoot()
            try command.run()
        } catch let error as InputError {
            fail("\(error)")
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            if Transcheck.exitCode(for: error) == .success {
                print(Transcheck.fullMessage(for: error))
                exit(0)
            }
            let message = Transcheck.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            fail(message + " (see 'transcheck --help')")
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("transcheck: error: \(message)\n".utf8))
        exit(2)
    }
}
