import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck glossary add`: a concept, a rendering or a name form, into a chosen file.
struct GlossaryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a concept, a rendering or a name form to a lexicon file.",
        discussion: """
        The file's kind comes from its folder: lexicons/terms/*.yml holds concepts, \
        lexicons/names/*.yml names. A form joins the entry with that id (in this file, or \
        in the file of the same folder that defines the id); an unknown id starts a new entry. \
        For names, --status preferred makes the canonical form, admitted an admitted form, \
        deprecated a known misspelling. The file's comments, order and formatting are kept; \
        the edit is linted first and refused with the reason; the write is atomic and locked, \
        so concurrent adds to one file all land. --from merges every entry of a YAML file in \
        the lexicon format (e.g. a reviewed 'glossary suggest' output).
        """
    )

    @Option(help: ArgumentHelp("The lexicon file to add to (created when missing).", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("The entry's id (lower-case ASCII letters, digits, hyphens).", valueName: "id")) var id: String?
    @Option(help: ArgumentHelp("Language of the form (BCP 47).", valueName: "tag")) var lang: String?
    @Option(help: ArgumentHelp("The form to add (a rendering or a name).", valueName: "text")) var form: String?
    @Option(help: ArgumentHelp("preferred, admitted or deprecated (names: also canonical, misspelling).", valueName: "status")) var status: String = "preferred"
    @Option(help: ArgumentHelp("Severity of a deprecated rendering: info, minor, major, critical.", valueName: "severity")) var severity: String?
    @Option(help: ArgumentHelp("What a deprecated rendering brings in (shown to editors).", valueName: "text")) var note: String?
    @Option(help: ArgumentHelp("Gloss of a new concept.", valueName: "text")) var gloss: String?
    @Option(help: ArgumentHelp("Part of speech of a new concept: noun, verb, adjective, adverb, phrase.", valueName: "pos")) var pos: String?
    @Option(help: ArgumentHelp("Kind of a new name: person, place, organisation.", valueName: "kind")) var kind: String = "person"
    @Option(help: ArgumentHelp("Role of a new name.", valueName: "text")) var role: String?
    @Option(help: ArgumentHelp("Merge the entries of this YAML file instead.", valueName: "file")) var from: String?
    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard let fileKind = GlossaryEditor.kind(of: url) else {
            throw InputError(path: file, problem: "not a lexicon file: it must be a .yml file in a names/ or terms/ folder (e.g. lexicons/terms/desk.yml)")
        }
        let changes: [GlossaryEditor.Change]
        if let from {
            do { changes = try GlossaryEditor.changes(fromFile: URL(fileURLWithPath: from), kind: fileKind) } catch {
                throw InputError(path: "\(Lexicons.displayPath(error.file)):\(error.line):\(error.column)", problem: error.problem)
            }
        } else {
            changes = [try change(kind: fileKind)]
        }
        let editor = GlossaryEditor(folders: try lexicon.selected())
        let outcomes: [GlossaryEditor.Outcome]
        do { outcomes = try editor.apply(changes, to: url) } catch let refusal as GlossaryEditor.Refusal {
            throw InputError(path: Lexicons.displayPath(refusal.file), problem: "refused: " + refusal.reasons.joined(separator: "; "))
        } catch {
            throw InputError(path: file, problem: "\(error)")
        }
        GlossaryAddOutput.print(outcomes)
    }

    private func change(kind fileKind: String) throws -> GlossaryEditor.Change {
        guard let id, let lang, let form else {
            throw InputError(path: file, problem: "give --id, --lang and --form (or --from FILE)")
        }
        let language: LanguageTag
        do { language = try LanguageTag(lang) } catch { throw InputError(path: file, problem: "unknown language tag '\(lang)' given with --lang") }
        let here = LexiconLocation(file: file, line: 1, column: 1)
        if fileKind == "names" {
            let statuses: [String: NameEntry.Status] = ["preferred": .canonical, "canonical": .canonical, "admitted": .admitted,
                                                        "deprecated": .misspelling, "misspelling": .misspelling]
            guard let formStatus = statuses[status] else { throw InputError(path: file, problem: "--status \(status) is not one of \(statuses.keys.sorted().joined(separator: ", "))") }
            guard let nameKind = NameEntry.Kind(rawValue: kind) else { throw InputError(path: file, problem: "--kind \(kind) is not one of person, place, organisation") }
            return .name(NameEntry(id: id, kind: nameKind, role: role, forms: [.init(text: form, language: language, status: formStatus, location: here)],
                                   titles: [:], location: here))
        }
        guard let termStatus = TermConcept.Status(rawValue: status) else {
            throw InputError(path: file, problem: "--status \(status) is not one of preferred, admitted, deprecated")
        }
        var level: Severity?
        if termStatus == .deprecated {
            guard let severity, let note else { throw InputError(path: file, problem: "a deprecated rendering needs --severity and --note (what it brings in)") }
            guard let s = Severity(name: severity) else { throw InputError(path: file, problem: "--severity \(severity) is not one of info, minor, major, critical") }
            _ = note
            level = s
        }
        let rendering = TermConcept.Rendering(form: form, language: language, status: termStatus, severity: level,
                                              note: termStatus == .deprecated ? note : nil, location: here)
        return .concept(TermConcept(id: id, gloss: gloss, partOfSpeech: pos, renderings: [rendering], location: here))
    }
}

/// What `add` and `suggest --apply` did, one line per form.
enum GlossaryAddOutput {
    static func print(_ outcomes: [GlossaryEditor.Outcome]) {
        var out = ""
        for outcome in outcomes {
            let path = Lexicons.displayPath(outcome.file)
            for line in outcome.added { out += "\(path): added \(line)\n" }
            for line in outcome.present { out += "\(path): already there: \(line)\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
