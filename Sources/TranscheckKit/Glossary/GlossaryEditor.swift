import Foundation

/// Adds entries, renderings and name forms to lexicon files the way the desk
/// would by hand: into the entry that already has the id (in whichever file
/// of the folder defines it), keeping the file's text otherwise untouched.
/// Every write is linted first — with the edited text in place of the file,
/// among all the lexicon folders — and refused with the linter's reasons;
/// it then happens under the file's lock and atomically (`LockedFile`).
public struct GlossaryEditor: Sendable {
    /// What to add: whole entries; the forms an entry already has are skipped.
    public enum Change: Sendable {
        case concept(TermConcept)
        case name(NameEntry)

        var id: String {
            switch self {
            case .concept(let c): c.id
            case .name(let n): n.id
            }
        }
    }

    /// What happened in one file.
    public struct Outcome: Sendable, Equatable {
        public let file: String
        /// One line per form added ("critical en deprecated: decisive").
        public var added: [String] = []
        /// Forms that were there already.
        public var present: [String] = []
    }

    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let reasons: [String]
        public var description: String { "\(Lexicons.displayPath(file)): refused: " + reasons.joined(separator: "; ") }
    }

    /// The lexicon folders the edited file is checked among (bundled first).
    public let folders: [URL]

    public init(folders: [URL]) { self.folders = folders }

    /// Applies the changes, to `file` or to the file that already defines an
    /// id in the same lexicon folder. Each file is one locked, linted write.
    public func apply(_ changes: [Change], to file: URL) throws -> [Outcome] {
        let file = file.standardizedFileURL
        guard let kind = Self.kind(of: file) else {
            throw Refusal(file: file.path, reasons: ["a lexicon file lives in a names/ or terms/ folder of a lexicon folder (e.g. lexicons/terms/desk.yml)"])
        }
        for change in changes {
            switch (change, kind) {
            case (.concept, "terms"), (.name, "names"): continue
            default: throw Refusal(file: file.path, reasons: ["\(change.id) is a \(kind == "terms" ? "name" : "term") entry; it belongs in a \(kind == "terms" ? "names" : "terms")/ folder"])
            }
        }
        let context = contextFolders(for: file)
        let (loaded, _) = Lexicons.read(context, overriding: [:])
        var byFile: [(URL, [Change])] = []
        for change in changes {
            let target = definingFile(change, in: loaded, folder: file.deletingLastPathComponent()) ?? file
            if let i = byFile.firstIndex(where: { $0.0 == target }) { byFile[i].1.append(change) } else { byFile.append((target, [change])) }
        }
        return try byFile.map { try apply($0.1, toOne: $0.0, context: context) }
    }

    /// The kind a file holds, from its folder: "names" or "terms".
    public static func kind(of file: URL) -> String? {
        let folder = file.deletingLastPathComponent().lastPathComponent
        return ["names", "terms"].contains(folder) && ["yml", "yaml"].contains(file.pathExtension) ? folder : nil
    }

    private func contextFolders(for file: URL) -> [URL] {
        let own = file.deletingLastPathComponent().deletingLastPathComponent().standardizedFileURL
        let standard = folders.map(\.standardizedFileURL)
        return standard.contains(own) ? standard : standard + [own]
    }

    /// Another file of the same folder that defines the id, if any: adding
    /// there keeps one definition per folder.
    private func definingFile(_ change: Change, in lexicons: Lexicons, folder: URL) -> URL? {
        let location: LexiconLocation?
        switch change {
        case .concept(let c): location = lexicons.terms.first { $0.id == c.id }.flatMap { concept in
                concept.renderings.map(\.location).first { URL(fileURLWithPath: $0.file).deletingLastPathComponent() == folder } ?? concept.location
            }
        case .name(let n): location = lexicons.names.first { $0.id == n.id }.flatMap { entry in
                entry.forms.map(\.location).first { URL(fileURLWithPath: $0.file).deletingLastPathComponent() == folder } ?? entry.location
            }
        }
        guard let location else { return nil }
        let url = URL(fileURLWithPath: location.file).standardizedFileURL
        return url.deletingLastPathComponent() == folder ? url : nil
    }

    private func apply(_ changes: [Change], toOne file: URL, context: [URL]) throws -> Outcome {
        var outcome = Outcome(file: file.path)
        _ = try LockedFile.update(file) { text in
            var edit = LexiconTextEdit(text)
            outcome = Outcome(file: file.path)
            // The file's entries are parsed again only after an edit: re-importing a glossary
            // whose forms are all there reads the file once, not twice per entry.
            var snapshot: FileSnapshot?
            do {
                for change in changes { try add(change, to: &edit, &snapshot, &outcome) }
            } catch let refusal as LexiconTextEdit.Refusal {
                throw Refusal(file: file.path, reasons: [refusal.description])
            }
            guard !outcome.added.isEmpty else { return nil }
            try lint(edit.text, was: text, file: file, context: context, changes: changes)
            return edit.text
        }
        return outcome
    }

    /// One form a change brings: where it goes and how to tell it is already there.
    private struct Item {
        let language: LanguageTag
        let text: String
        let status: String
        /// Whether a form already listed with this status counts as the same (no conflict).
        let agrees: (String) -> Bool
        let insert: (inout LexiconTextEdit) throws(LexiconTextEdit.Refusal) -> Void
    }

    private func items(_ change: Change) -> [Item] {
        switch change {
        case .concept(let concept):
            return concept.renderings.map { r in
                Item(language: r.language, text: r.form, status: r.status.rawValue, agrees: { $0 == r.status.rawValue },
                     insert: { edit throws(LexiconTextEdit.Refusal) in try edit.addRendering(r, to: concept.id) })
            }
        case .name(let name):
            return name.forms.map { f in
                // A canonical form asked for an entry that admits it already is no conflict.
                Item(language: f.language, text: f.text, status: f.status.rawValue,
                     agrees: { $0 == f.status.rawValue || (f.status != .misspelling && $0 != "misspelling") },
                     insert: { edit throws(LexiconTextEdit.Refusal) in try edit.addNameForm(f, to: name.id) })
            }
        }
    }

    private func add(_ change: Change, to edit: inout LexiconTextEdit, _ snapshot: inout FileSnapshot?, _ outcome: inout Outcome) throws {
        let kind = { if case .concept = change { "terms" } else { "names" } }()
        if snapshot == nil { snapshot = FileSnapshot(edit.text, kind: kind) }
        let line = { (item: Item) in "\(change.id) \(item.language) \(item.status): \(item.text)" }
        guard let existing = snapshot!.forms[change.id] else {
            switch change {
            case .concept(let c): try edit.append(entry: LexiconWriter.entry(c))
            case .name(let n): try edit.append(entry: LexiconWriter.entry(n))
            }
            outcome.added += items(change).map(line)
            snapshot = nil
            return
        }
        for item in items(change) {
            if let status = existing[FileSnapshot.key(item.language, item.text)] {
                guard item.agrees(status) else {
                    throw Refusal(file: outcome.file, reasons: ["\"\(item.text)\" is already listed in \(change.id) (\(item.language)) as \(status); change it by hand"])
                }
                outcome.present.append(line(item))
                continue
            }
            try item.insert(&edit)
            outcome.added.append(line(item))
            snapshot = nil
        }
    }

    /// Refuses the edit when it brings a lint problem the file did not have,
    /// or when the entry does not read back with what was added.
    private func lint(_ text: String, was old: String, file: URL, context: [URL], changes: [Change]) throws {
        let (after, errors) = Lexicons.read(context, overriding: [file.path: text])
        if !errors.isEmpty {
            let (_, before) = Lexicons.read(context, overriding: [file.path: old])
            let known = Set(before.map { $0.file + "\u{1}" + $0.problem })
            let new = errors.filter { !known.contains($0.file + "\u{1}" + $0.problem) }
            if !new.isEmpty { throw Refusal(file: file.path, reasons: new.map(\.description)) }
        }
        for change in changes {
            let found: Bool
            switch change {
            case .concept(let c):
                let have = Set(after.terms.first { $0.id == c.id }?.renderings.map { "\($0.language.tag)\u{1}\($0.form)" } ?? [])
                found = c.renderings.allSatisfy { have.contains("\($0.language.tag)\u{1}\($0.form)") }
            case .name(let n):
                let have = Set(after.names.first { $0.id == n.id }?.forms.map { "\($0.language.tag)\u{1}\($0.text)" } ?? [])
                found = n.forms.allSatisfy { have.contains("\($0.language.tag)\u{1}\($0.text)") }
            }
            if !found { throw Refusal(file: file.path, reasons: ["\(change.id) does not read back with the new forms (edit check)"]) }
        }
    }
}

extension GlossaryEditor {
    /// The entries of a YAML file in the lexicon format (names or terms, as
    /// `kind` says), e.g. a reviewed `glossary suggest` output, as changes.
    /// The first problem is thrown at the file's own line and column.
    public static func changes(fromFile file: URL, kind: String) throws(LexiconError) -> [Change] {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw LexiconError(file: file.path, line: 1, column: 1, problem: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: file.path, line: 1, column: 1, problem: "is not valid UTF-8")
        }
        let root = "/transcheck-from"
        let path = "\(root)/\(kind)/entries.yml"
        let (lexicons, errors) = Lexicons.read([URL(fileURLWithPath: root)], overriding: [path: text])
        if let first = errors.first {
            throw LexiconError(file: file.path, line: first.line, column: first.column, problem: first.problem)
        }
        return kind == "names" ? lexicons.names.map { .name($0) } : lexicons.terms.map { .concept($0) }
    }
}

/// The entries of one lexicon file's text: id → language and word key of each form → its status.
private struct FileSnapshot {
    let forms: [String: [String: String]]

    init(_ text: String, kind: String) {
        let path = "/transcheck-edit/\(kind)/entry.yml"
        let (lexicons, _) = Lexicons.read([URL(fileURLWithPath: "/transcheck-edit")], overriding: [path: text])
        var forms: [String: [String: String]] = [:]
        for concept in lexicons.terms {
            forms[concept.id, default: [:]].merge(concept.renderings.map { (Self.key($0.language, $0.form), $0.status.rawValue) }) { a, _ in a }
        }
        for entry in lexicons.names {
            forms[entry.id, default: [:]].merge(entry.forms.map { (Self.key($0.language, $0.text), $0.status.rawValue) }) { a, _ in a }
        }
        self.forms = forms
    }

    static func key(_ language: LanguageTag, _ text: String) -> String { language.tag.lowercased() + "\u{1}" + WordKey.of(text) }
}
