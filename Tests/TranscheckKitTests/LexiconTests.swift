import Foundation
import Testing
@testable import TranscheckKit

/// The lexicons as the desk edits them: loading, merging, errors with
/// file, line and column, and the compiled cache.
@Suite("Lexicons")
struct LexiconTests {
    /// A folder holding a copy of a bundled names file, with one line changed.
    static func brokenCopy(of file: String, line: Int, replacing: String, with: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("names"), withIntermediateDirectories: true)
        let original = try String(contentsOf: Fixtures.root.appendingPathComponent("lexicons/names/\(file)"), encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        #expect(lines[line - 1].contains(replacing), "line \(line) of \(file) no longer holds \(replacing)")
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: replacing, with: with)
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("names/\(file)"), atomically: true, encoding: .utf8)
        return dir
    }

    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-lex-\(UUID().uuidString)")
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test("The bundled lexicons load and hold 300+ entities, every seed entity with forms in seven languages")
    func bundled() throws {
        let lexicons = try Lexicons.load(Lexicons.folders(adding: []))
        #expect(lexicons.names.count >= 300)
        for id in ["antony-blinken", "yoav-gallant", "matthew-miller", "brett-mcgurk", "amos-hochstein", "lloyd-austin", "benjamin-netanyahu"] {
            let entry = try #require(lexicons.names.first { $0.id == id }, "\(id) missing")
            for language in ["en", "ar", "fr", "ru", "es", "de", "he"] {
                #expect(entry.covers(Fixtures.tag(language)), "\(id) has no \(language) form")
            }
        }
        #expect(Lexicons.lint(Lexicons.folders(adding: [])).isEmpty)
    }

    @Test("A broken copy of a bundled file fails lint at the right file, line and column")
    func brokenKind() throws {
        // Line 6 of people-leaders.yml is "  kind: person" (Joe Biden).
        let dir = try Self.brokenCopy(of: "people-leaders.yml", line: 6, replacing: "kind: person", with: "kind: persn")
        let errors = Lexicons.lint([dir])
        let first = try #require(errors.first)
        #expect(first.file.hasSuffix("names/people-leaders.yml"))
        #expect(first.line == 6)
        #expect(first.column == 9)
        #expect(first.problem.contains("persn"))
        #expect(throws: LexiconError.self) { try Lexicons.load([dir]) }
    }

    @Test("YAML syntax errors, unknown keys, wrong scripts and duplicates are located")
    func located() throws {
        let dir = try Self.folder([
            "names/a.yml": "- id: x-one\n  kind: person\n  forms:\n    en: [X One]\n    ru: [X One]\n  nickname: Ex\n",
            "names/b.yml": "- id: x-one\n  kind: person\n  forms: {en: [Other]}\n",
            "terms/c.yml": "- id: critical\n  renderings:\n    en:\n      preferred: [critical\n",
        ])
        let errors = Lexicons.lint([dir]).map(\.description)
        #expect(errors.contains { $0.contains("a.yml:5:10: \"X One\" (ru) is not written in the") })
        #expect(errors.contains { $0.contains("a.yml:6:3:") && $0.contains("nickname") })
        #expect(errors.contains { $0.contains("b.yml:1:3:") && $0.contains("x-one") })
        #expect(errors.contains { $0.contains("c.yml:") && $0.contains("YAML") })
    }

    @Test("A later folder extends an entry of an earlier one, and its forms are matched in text")
    func extend() throws {
        let extra = try Self.folder(["names/desk.yml": "- id: yoav-gallant\n  kind: person\n  forms:\n    fr: [Yoav Galant]\n  misspellings:\n    fr: [Gallan]\n"])
        let lexicons = try Lexicons.load(Lexicons.folders(adding: [extra]))
        let entry = try #require(lexicons.names.first { $0.id == "yoav-gallant" })
        #expect(entry.accepted(in: Fixtures.tag("fr")).contains("Yoav Galant"))
        #expect(entry.accepted(in: Fixtures.tag("ar")).contains("غالانت"))
        let checker = PairChecker(lexicons: lexicons)
        let report = checker.check(source: TextFile(path: "s.txt", text: "Blinken met Gallant at the State Department on Monday."),
                                   target: TextFile(path: "t.txt", text: "M. Blinken a rencontré M. Gallan lundi au département d'État."),
                                   sourceLanguage: Fixtures.tag("en"), targetLanguage: Fixtures.tag("fr"))
        #expect(report.findings.contains { $0.check == "name.variant" && $0.found == "Gallan" && $0.expected == "Gallant" })
    }

    @Test("The compiled cache gives back exactly what the YAML gives")
    func cacheRoundTrip() throws {
        let folders = Lexicons.folders(adding: [])
        let fresh = Lexicons.lint(folders).isEmpty ? try Lexicons.load(folders) : Lexicons()
        let encoded = LexiconCache.encode(fresh)
        let decoded = try #require(LexiconCache.decode(Data(encoded.utf8)))
        #expect(decoded.names == fresh.names)
        #expect(decoded.terms == fresh.terms)
        #expect(LexiconCache.decode(Data("transcheck-lexicons 0\n".utf8)) == nil)
    }
}
