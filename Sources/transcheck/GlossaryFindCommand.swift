import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck glossary find TEXT`: every entry matching the text in any language.
struct GlossaryFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find the lexicon entries that match a text in any language (form, stem or name).",
        discussion: """
        Matches exact forms (case and Unicode normalisation folded), Snowball stems of \
        each rendering's language, single words of multi-word renderings, and names across \
        scripts (Галант, Galanat and غالانت all find Yoav Gallant). Shows every rendering \
        with its status and the file:line of the entry. Exit 1 when nothing matches.
        """
    )

    @Argument(help: "The text to look up.") var text: String
    @OptionGroup var lexicon: LexiconOptions
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let hits = GlossaryFinder(lexicons: try lexicon.loadSelected()).find(text)
        let out = json ? GlossaryFindOutput.json(text, hits) : GlossaryFindOutput.text(hits)
        FileHandle.standardOutput.write(Data(out.utf8))
        if hits.isEmpty {
            if !json { FileHandle.standardError.write(Data("glossary find: no entry matches \"\(text)\"\n".utf8)) }
            throw ExitCode(1)
        }
    }
}
