import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck glossary …`: maintaining the lexicons.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Maintain the lexicons (names, terms): look up, add, learn from pairs, exchange with CAT tools.",
        subcommands: [GlossaryFindCommand.self, GlossaryAddCommand.self, GlossarySuggestCommand.self,
                      GlossaryImportCommand.self, GlossaryExportCommand.self, GlossaryLintCommand.self]
    )
}

/// `transcheck glossary lint`: every problem in the lexicons, one per line as
/// `file:line:column: problem`; exit 1 when there is any.
struct GlossaryLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the lexicon files; print each problem as file:line:column.",
        discussion: "Exit codes: 0 clean, 1 problems found, 2 usage error."
    )

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let selected = try lexicon.selected()
        let errors = Lexicons.lint(selected)
        for error in errors { print(error) }
        if let loaded = try? Lexicons.load(selected) {
            let forms = loaded.names.reduce(0) { $0 + $1.forms.count }
            let renderings = loaded.terms.reduce(0) { $0 + $1.renderings.count }
            FileHandle.standardError.write(Data("glossary lint: \(loaded.names.count) names (\(forms) forms), \(loaded.terms.count) concepts (\(renderings) renderings) in \(selected.count) folder(s): ok\n".utf8))
        } else {
            FileHandle.standardError.write(Data("glossary lint: \(errors.count) problem(s)\n".utf8))
            throw ExitCode(1)
        }
    }
}
