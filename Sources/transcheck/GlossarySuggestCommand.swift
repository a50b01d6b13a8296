import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck glossary suggest ORIGINAL TRANSLATED`: lexicon additions learnt from a pair.
struct GlossarySuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose lexicon additions from an aligned pair, as lexicon text to review.",
        discussion: """
        Proposes: names of the translation written off a lexicon entry's forms (as \
        misspellings), name pairs across scripts the lexicon does not know, renderings of \
        lexicon concepts the concept does not list (the same word wherever the concept occurs), \
        and word substitutions no lexicon or WordNet relation explains (as deprecated renderings \
        marked REVIEW). Each proposal is numbered and says where it was seen.
        Output: the names proposals then the terms proposals on standard output; with \
        --output DIR, a lexicon folder (DIR/names/suggested.yml, DIR/terms/suggested.yml) that \
        'glossary lint --lexicons DIR' and 'check --lexicons DIR' read. With --apply FILE \
        (a names/ or terms/ file), the proposals (or those chosen with --accept) are added \
        there, the other kind to the file of the same name in the sibling folder.
        """
    )

    @Argument(help: ArgumentHelp("The original text.", valueName: "original")) var original: String
    @Argument(help: ArgumentHelp("The translated or republished text.", valueName: "translated")) var translated: String
    @OptionGroup var pair: PairOptions
    @Flag(name: .customLong("no-bundled"), help: "Use only the --lexicons folders, not the bundled lexicons.") var noBundled = false
    @Option(help: ArgumentHelp("Write the proposals as a lexicon folder here.", valueName: "dir")) var output: String?
    @Option(help: ArgumentHelp("Add the proposals to this lexicon file.", valueName: "file")) var apply: String?
    @Option(help: ArgumentHelp("With --apply: only these proposal numbers (e.g. 1,3).", valueName: "numbers")) var accept: String?

    func run() throws {
        let loaded = try pair.load(source: original, target: translated)
        let languages: Set<String> = [loaded.sourceLanguage ?? loaded.detected.source, loaded.targetLanguage ?? loaded.detected.target]
            .compactMap { $0?.language }.reduce(into: []) { $0.insert($1) }
        let lexicons = try LexiconOptions.load(folders: try folders(), languages: languages)
        let checker = PairChecker(lexicons: lexicons)
        let report = checker.check(source: loaded.source, target: loaded.target,
                                   sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage, detected: loaded.detected)
        var suggestions = GlossarySuggester(lexicons: lexicons).suggestions(for: report)
        if let accept {
            let chosen = Set(accept.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) })
            suggestions = suggestions.enumerated().filter { chosen.contains($0.offset + 1) }.map(\.element)
        }
        let names = GlossarySuggester.yaml(suggestions, kind: "names"), terms = GlossarySuggester.yaml(suggestions, kind: "terms")
        if let apply {
            try applyTo(apply, suggestions)
        } else if let output {
            let dir = URL(fileURLWithPath: output)
            for (kind, text) in [("names", names), ("terms", terms)] {
                let folder = dir.appendingPathComponent(kind)
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try LockedFile.replace(folder.appendingPathComponent("suggested.yml"), with: Data(text.utf8))
                } catch { throw InputError(path: folder.path, problem: "cannot write (\(error))") }
            }
            FileHandle.standardError.write(Data("glossary suggest: \(suggestions.count) proposal(s) in \(output)/names/suggested.yml and \(output)/terms/suggested.yml\n".utf8))
        } else {
            let header = "# transcheck glossary suggest: \(suggestions.count) proposal(s) from \(original) → \(translated)\n"
            print(header + "\n# ==> names/suggested.yml <==\n" + names + "\n# ==> terms/suggested.yml <==\n" + terms, terminator: "")
        }
    }

    private func folders() throws(InputError) -> [URL] {
        let all = try LexiconOptions.folders(pair.lexicons)
        return noBundled ? Array(all.suffix(pair.lexicons.count)) : all
    }

    private func applyTo(_ path: String, _ suggestions: [GlossarySuggestion]) throws {
        let url = URL(fileURLWithPath: path)
        guard let kind = GlossaryEditor.kind(of: url) else {
            throw InputError(path: path, problem: "not a lexicon file: it must be a .yml file in a names/ or terms/ folder")
        }
        let sibling = url.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(kind == "names" ? "terms" : "names").appendingPathComponent(url.lastPathComponent)
        var names: [GlossaryEditor.Change] = [], terms: [GlossaryEditor.Change] = []
        for s in suggestions {
            if case .name = s.change { names.append(s.change) } else { terms.append(s.change) }
        }
        let editor = GlossaryEditor(folders: try folders())
        var outcomes: [GlossaryEditor.Outcome] = []
        do {
            for (changes, target) in [(names, kind == "names" ? url : sibling), (terms, kind == "terms" ? url : sibling)] where !changes.isEmpty {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                outcomes += try editor.apply(changes, to: target)
            }
        } catch let refusal as GlossaryEditor.Refusal {
            throw InputError(path: Lexicons.displayPath(refusal.file), problem: "refused: " + refusal.reasons.joined(separator: "; "))
        }
        GlossaryAddOutput.print(outcomes)
    }
}
