import Foundation

/// The knowledge base: names and terms from the bundled `lexicons/` folder
/// and any folders added with `--lexicons`. A later folder extends an earlier
/// one: an entry with an id already loaded adds its forms to that entry.
public struct Lexicons: Sendable {
    public private(set) var names: [NameEntry] = []
    public private(set) var terms: [TermConcept] = []
    /// The folders read, in order.
    public private(set) var folders: [URL] = []

    public init() {}

    /// The bundled lexicons, loaded once; empty when the bundled folder is missing or broken
    /// (`glossary lint` says why).
    public static let bundled: Lexicons = (try? load(folders(adding: []))) ?? Lexicons()

    /// Loads the folders; the first error (file:line:column) is thrown.
    /// A compiled cache (see `LexiconCache`) spares the YAML parsing when no file changed.
    /// With `languages` (primary subtags), only the forms and renderings of those
    /// languages are kept: what a check of one pair needs, loaded in a fraction of the time.
    public static func load(_ folders: [URL], languages: Set<String>? = nil) throws(LexiconError) -> Lexicons {
        var clock = StageClock()
        let cacheFile = LexiconCache.file(for: folders)
        clock.lap("lexicons: cache key")
        if let cacheFile, let cached = LexiconCache.read(cacheFile, languages: languages) { clock.lap("lexicons: cache read"); return cached }
        let (lexicons, errors) = read(folders)
        if let first = errors.first { throw first }
        clock.lap("lexicons: parse")
        if let cacheFile { LexiconCache.write(lexicons, to: cacheFile) }
        guard let languages else { return lexicons }
        return lexicons.keeping(languages)
    }

    /// The same lexicons with only the forms and renderings of some languages.
    public func keeping(_ languages: Set<String>) -> Lexicons {
        var out = self
        out.names = names.map { entry in
            var e = entry
            e.forms = entry.forms.filter { languages.contains($0.language.language) }
            e.titles = entry.titles.filter { languages.contains($0.key.language) }
            return e
        }
        out.terms = terms.map { concept in
            var c = concept
            c.renderings = concept.renderings.filter { languages.contains($0.language.language) }
            return c
        }
        return out
    }

    mutating func restore(names: [NameEntry], terms: [TermConcept], folders: [URL]) {
        self.names = names
        self.terms = terms
        self.folders = folders
    }

    /// Every problem in the folders, in file order (what `glossary lint` prints).
    public static func lint(_ folders: [URL]) -> [LexiconError] { read(folders).1 }

    /// Reads the folders with some files' text replaced (standardized path → text),
    /// so an edit is checked before it is written. Files named there that do not
    /// exist yet are read too.
    static func read(_ folders: [URL], overriding: [String: String]) -> (Lexicons, [LexiconError]) {
        read(folders, overrides: overriding)
    }

    /// The bundled folder followed by `extra`.
    public static func folders(adding extra: [URL]) -> [URL] {
        (LexiconDirectory.bundled.map { [$0] } ?? []) + extra
    }

    /// The lexicon files of a folder, by kind, sorted by path so loading is deterministic.
    static func files(in folder: URL, kind: String, adding overrides: [String: String] = [:]) -> [URL] {
        let dir = folder.appendingPathComponent(kind)
        var names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let dirPath = dir.standardizedFileURL.path + "/"
        for path in overrides.keys where path.hasPrefix(dirPath) && !path.dropFirst(dirPath.count).contains("/") {
            let name = String(path.dropFirst(dirPath.count))
            if !names.contains(name) { names.append(name) }
        }
        return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { dir.appendingPathComponent($0) }
    }

    private static func read(_ folders: [URL], overrides: [String: String] = [:]) -> (Lexicons, [LexiconError]) {
        var lexicons = Lexicons()
        lexicons.folders = folders
        var errors: [LexiconError] = []
        var nameIndex: [String: Int] = [:], termIndex: [String: Int] = [:]
        for folder in folders {
            // Within one folder an id is defined once; across folders a repeat extends.
            var definedHere: [String: LexiconLocation] = [:]
            func firstDefinition(_ id: String, _ kind: String, _ at: LexiconLocation) -> Bool {
                if let earlier = definedHere[kind + id] {
                    errors.append(LexiconError(file: at.file, line: at.line, column: at.column,
                                               problem: "id \"\(id)\" is already defined at \(earlier)"))
                    return false
                }
                definedHere[kind + id] = at
                return true
            }
            for file in files(in: folder, kind: "names", adding: overrides) {
                guard let (root, reader) = parse(file, overrides, &errors) else { continue }
                var r = reader
                let entries = NameEntryReader.read(root, &r)
                errors += r.errors
                for entry in entries where firstDefinition(entry.id, "n", entry.location) {
                    if let i = nameIndex[entry.id] {
                        lexicons.names[i].extend(with: entry)
                    } else {
                        nameIndex[entry.id] = lexicons.names.count
                        lexicons.names.append(entry)
                    }
                }
            }
            for file in files(in: folder, kind: "terms", adding: overrides) {
                guard let (root, reader) = parse(file, overrides, &errors) else { continue }
                var r = reader
                let concepts = TermConceptReader.read(root, &r)
                errors += r.errors
                for concept in concepts where firstDefinition(concept.id, "t", concept.location) {
                    if let i = termIndex[concept.id] {
                        lexicons.terms[i].extend(with: concept)
                    } else {
                        termIndex[concept.id] = lexicons.terms.count
                        lexicons.terms.append(concept)
                    }
                }
            }
        }
        return (lexicons, errors)
    }

    private static func parse(_ file: URL, _ overrides: [String: String], _ errors: inout [LexiconError]) -> (Node, YAMLReader)? {
        let path = file.standardizedFileURL.path
        if let text = overrides[path] { return parse(text, path: path, &errors) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            errors.append(LexiconError(file: path, line: 1, column: 1, problem: "cannot be read"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            errors.append(LexiconError(file: path, line: 1, column: 1, problem: "is not valid UTF-8"))
            return nil
        }
        return parse(text, path: path, &errors)
    }

    private static func parse(_ text: String, path: String, _ errors: inout [LexiconError]) -> (Node, YAMLReader)? {
        var reader = YAMLReader(path: path)
        let root = reader.parse(text)
        errors += reader.errors
        guard let root else { return nil }
        return (root, YAMLReader(path: path))
    }

    /// Paths relative to the working directory when inside it, so messages stay short.
    public static func displayPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}

extension NameEntry {
    /// Adds the forms and titles of a later entry with the same id.
    mutating func extend(with other: NameEntry) {
        for form in other.forms where !forms.contains(where: { $0.language == form.language && $0.text == form.text }) {
            // A later folder's first form does not displace the canonical form already loaded.
            let status: Status = form.status == .canonical && covers(form.language) ? .admitted : form.status
            forms.append(Form(text: form.text, language: form.language, status: status, location: form.location))
        }
        for (language, list) in other.titles { titles[language, default: []] += list.filter { !(titles[language] ?? []).contains($0) } }
    }
}

extension TermConcept {
    mutating func extend(with other: TermConcept) {
        for rendering in other.renderings where !renderings.contains(where: { $0.language == rendering.language && $0.form == rendering.form }) {
            renderings.append(rendering)
        }
    }
}

import Yams
