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
            do {
                for change in changes { try add(change, to: &edit, &outcome) }
            } catch let refusal as LexiconTextEdit.Refusal {
                throw Refusal(file: file.path, reasons: [refusal.description])
            }
            guard !outcome.added.isEmpty else { return nil }
            try lint(edit.text, was: text, file: file, context: context, changes: changes)
            return edit.text
        }
        return outcome
    }

    private func add(_ change: Change, to edit: inout LexiconTextEdit, _ outcome: inout Outcome) throws {
        let present = try edit.entry(change.id) != nil
        switch change {
        case .concept(let concept):
            guard present else {
                try edit.append(entry: LexiconWriter.entry(concept))
                outcome.added += concept.renderings.map { "\(concept.id) \($0.language) \($0.status.rawValue): \($0.form)" }
                return
            }
            let existing = try existingForms(edit, concept.id, kind: "terms")
            for rendering in concept.renderings {
                let line = "\(concept.id) \(rendering.language) \(rendering.status.rawValue): \(rendering.form)"
                if let status = existing[rendering.language.tag.lowercased() + "\u{1}" + WordKey.of(rendering.form)] {
                    guard status == rendering.status.rawValue else {
                        throw Refusal(file: outcome.file, reasons: ["\"\(rendering.form)\" is already listed in \(concept.id) (\(rendering.language)) as \(status); change its status by hand"])
                    }
                    outcome.present.append(line)
                    continue
                }
                try edit.addRendering(rendering, to: concept.id)
                outcome.added.append(line)
            }
        case .name(let name):
            guard present else {
                try edit.append(entry: LexiconWriter.entry(name))
                outcome.added += name.forms.map { "\(name.id) \($0.language) \($0.status.rawValue): \($0.text)" }
                return
            }
            let existing = try existingForms(edit, name.id, kind: "names")
            for form in name.forms {
                let line = "\(name.id) \(form.language) \(form.status.rawValue): \(form.text)"
                if let status = existing[form.language.tag.lowercased() + "\u{1}" + WordKey.of(form.text)] {
                    // A canonical form asked for an entry that admits it already is no conflict.
                    guard status == form.status.rawValue || (form.status != .misspelling && status != "misspelling") else {
                        throw Refusal(file: outcome.file, reasons: ["\"\(form.text)\" is already listed in \(name.id) (\(form.language)) as \(status); change it by hand"])
                    }
                    outcome.present.append(line)
                    continue
                }
                try edit.addNameForm(form, to: name.id)
                outcome.added.append(line)
            }
        }
    }

    /// language + word key → status of every form the entry already lists in this file.
    private func existingForms(_ edit: LexiconTextEdit, _ id: String, kind: String) throws -> [String: String] {
        let path = "/transcheck-edit/\(kind)/entry.yml"
        let (lexicons, _) = Lexicons.read([URL(fileURLWithPath: "/transcheck-edit")], overriding: [path: edit.text])
        var keys: [String: String] = [:]
        if kind == "terms", let concept = lexicons.terms.first(where: { $0.id == id }) {
            for r in concept.renderings { keys[r.language.tag.lowercased() + "\u{1}" + WordKey.of(r.form)] = r.status.rawValue }
        }
        if kind == "names", let entry = lexicons.names.first(where: { $0.id == id }) {
            for f in entry.forms { keys[f.language.tag.lowercased() + "\u{1}" + WordKey.of(f.text)] = f.status.rawValue }
        }
        return keys
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
