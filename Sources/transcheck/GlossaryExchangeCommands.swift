import ArgumentParser
import Foundation
import TranscheckKit

/// `transcheck glossary import FILE`: a TBX or CSV/TSV glossary as lexicon entries.
struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TBX (TBX-Basic, TBX-Min, TBX v2 martif) or CSV/TSV glossary as lexicon entries.",
        discussion: """
        Writes the lexicon format on standard output, or with --output adds the entries to a \
        lexicon file (created when missing; entries it already has gain only the new forms; \
        linted first, atomic and locked like 'glossary add'). TBX statuses preferred / \
        admitted / deprecated, superseded, notRecommended, obsolete map to preferred / admitted / \
        deprecated; concepts whose subjectField is person, place or organisation are names. \
        CSV: a header of language codes or names (CAT-tool styles understood), '|' between \
        synonyms, optional status, note and part-of-speech columns; a headerless file needs \
        --languages. XML is read without DTDs or external entities, with bounded entity \
        expansion and a size limit.
        """
    )

    @Argument(help: ArgumentHelp("The glossary file (.tbx, .xml, .csv, .tsv).", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("tbx, csv or tsv (default: from the extension).", valueName: "format")) var format: String?
    @Option(help: ArgumentHelp("Languages of a headerless CSV/TSV's columns, e.g. en,fr.", valueName: "tags")) var languages: String?
    @Option(help: ArgumentHelp("terms or names (default: the --output folder's kind, else terms when the file has any).", valueName: "kind")) var kind: String?
    @Option(name: .customLong("default-severity"), help: ArgumentHelp("Severity of deprecated terms whose note names none.", valueName: "severity")) var defaultSeverity = "major"
    @Option(name: .customLong("max-bytes"), help: ArgumentHelp("Refuse larger files unread.", valueName: "n")) var maxBytes = 64 << 20
    @Option(name: [.short, .long], help: ArgumentHelp("Add the entries to this lexicon file.", valueName: "file")) var output: String?
    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        var glossaryFormat: GlossaryFormat?
        if let format {
            guard let f = GlossaryFormat(rawValue: format) else { throw InputError(path: file, problem: "--format \(format) is not one of tbx, csv, tsv") }
            glossaryFormat = f
        }
        var tags: [LanguageTag] = []
        for text in (languages ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            do { tags.append(try LanguageTag(text)) } catch { throw InputError(path: file, problem: "unknown language tag '\(text)' given with --languages") }
        }
        guard let severity = Severity(name: defaultSeverity) else {
            throw InputError(path: file, problem: "--default-severity \(defaultSeverity) is not one of info, minor, major, critical")
        }
        let imported: ImportedGlossary
        do {
            imported = try GlossaryImport.read(URL(fileURLWithPath: file), format: glossaryFormat, languages: tags,
                                               defaultSeverity: severity, maxBytes: maxBytes)
        } catch {
            throw InputError(path: error.line.map { "\(error.file):\($0)" } ?? error.file, problem: error.problem)
        }
        for warning in imported.warnings { FileHandle.standardError.write(Data("glossary import: warning: \(warning)\n".utf8)) }
        let outputKind = output.flatMap { GlossaryEditor.kind(of: URL(fileURLWithPath: $0)) }
        if let output, outputKind == nil {
            throw InputError(path: output, problem: "not a lexicon file: it must be a .yml file in a names/ or terms/ folder")
        }
        let chosen = kind ?? outputKind ?? (imported.concepts.isEmpty && !imported.names.isEmpty ? "names" : "terms")
        guard chosen == "terms" || chosen == "names" else { throw InputError(path: file, problem: "--kind \(chosen) is not one of terms, names") }
        if let outputKind, outputKind != chosen {
            throw InputError(path: output!, problem: "a \(outputKind)/ file cannot take \(chosen) entries")
        }
        let skipped = chosen == "terms" ? imported.names.count : imported.concepts.count
        if skipped > 0 {
            FileHandle.standardError.write(Data("glossary import: \(skipped) \(chosen == "terms" ? "name" : "term") entr\(skipped == 1 ? "y" : "ies") left out (use --kind \(chosen == "terms" ? "names" : "terms"))\n".utf8))
        }
        guard let output else {
            let header = "Imported from \(URL(fileURLWithPath: file).lastPathComponent) by transcheck glossary import."
            let text = chosen == "terms" ? LexiconWriter.termsFile(imported.concepts, header: header)
                                         : LexiconWriter.namesFile(imported.names, header: header)
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let changes: [GlossaryEditor.Change] = chosen == "terms" ? imported.concepts.map { .concept($0) } : imported.names.map { .name($0) }
        do {
            let outcomes = try GlossaryEditor(folders: try lexicon.selected()).apply(changes, to: URL(fileURLWithPath: output))
            let added = outcomes.reduce(0) { $0 + $1.added.count }, present = outcomes.reduce(0) { $0 + $1.present.count }
            FileHandle.standardError.write(Data("glossary import: \(changes.count) entries: \(added) form(s) added, \(present) already there\n".utf8))
        } catch let refusal as GlossaryEditor.Refusal {
            throw InputError(path: Lexicons.displayPath(refusal.file), problem: "refused: " + refusal.reasons.joined(separator: "; "))
        }
    }
}

/// `transcheck glossary export --format tbx|csv|tsv`: the lexicons for CAT tools.
struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the lexicons as TBX-Basic or CSV/TSV.",
        discussion: "Terms and names (names as concepts with subjectField person, place or organisation). Same lexicons, same bytes."
    )

    @Option(help: ArgumentHelp("tbx, csv or tsv.", valueName: "format")) var format = "tbx"
    @Option(help: ArgumentHelp("all, terms or names.", valueName: "kind")) var kind = "all"
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        guard let glossaryFormat = GlossaryFormat(rawValue: format) else { throw InputError(path: "--format", problem: "\(format) is not one of tbx, csv, tsv") }
        guard ["all", "terms", "names"].contains(kind) else { throw InputError(path: "--kind", problem: "\(kind) is not one of all, terms, names") }
        let lexicons = try lexicon.loadSelected()
        let concepts = kind == "names" ? [] : lexicons.terms, names = kind == "terms" ? [] : lexicons.names
        let text: String
        switch glossaryFormat {
        case .tbx: text = GlossaryExport.tbx(concepts: concepts, names: names)
        case .csv: text = GlossaryExport.csv(concepts: concepts, names: names)
        case .tsv: text = GlossaryExport.csv(concepts: concepts, names: names, delimiter: "\t")
        }
        if let output {
            do { try LockedFile.replace(URL(fileURLWithPath: output), with: Data(text.utf8)) } catch {
                throw InputError(path: output, problem: "cannot write (\(error))")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
