import Foundation
import Testing
@testable import TranscheckKit

@Suite("Scales lexicons and their compiled copies")
struct ScaleLexiconTests {
    /// Every language's scales file, parsed, then written and read back as the compiled copy a
    /// second run loads: the same lists, in the same order (finder entry numbers depend on it).
    @Test("A scales lexicon read back from its compiled copy holds every list, source kinds included",
          arguments: ["en", "ar", "he", "ru", "fr", "es", "de"])
    func compiledCopy(language: String) throws {
        let url = try #require(LexiconDirectory.bundled?.appendingPathComponent("scales/\(language).yml"))
        let parsed = ScaleLexicon.parse(language, yaml: try String(contentsOf: url, encoding: .utf8))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scales-test-\(language)-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        ScaleCache.write(parsed, to: file)
        let read = try #require(ScaleCache.read(file, language: language))
        #expect(read.attribution.map(\.form) == parsed.attribution.map(\.form))
        #expect(read.negation == parsed.negation)
        #expect(read.intensity.map(\.form) == parsed.intensity.map(\.form))
        #expect(read.sourceKinds.map { "\($0.kind) \($0.form)" } == parsed.sourceKinds.map { "\($0.kind) \($0.form)" })
        #expect(read.portfolios.map { "\($0.kind) \($0.form)" } == parsed.portfolios.map { "\($0.kind) \($0.form)" })
        // Each language says what its ministries are in charge of (two ministries are two sources).
        #expect(Set(parsed.portfolios.map(\.kind)).isSuperset(of: ["health", "interior", "emergencies", "defence", "foreign"]))
        // Each language names state bodies and the media, the kinds attribution.changed compares most.
        #expect(Set(parsed.sourceKinds.map(\.kind)).isSuperset(of: ["state", "media", "security"]))
    }

    @Test("Source kind words are found inflected and with Arabic clitics")
    func sourceKindsInflected() {
        let cases: [(String, String, String)] = [
            ("ru", "Об этом сообщили в министерстве обороны.", "state"),
            ("ar", "بحسب صحيفة محلية", "media"),
            ("ar", "وقالت الشرطة إن الطريق مغلق", "security"),
            ("fr", "selon les syndicats du port", "labour"),
            ("he", "כך מסרה המשטרה", "security"),
            ("en", "according to hospital officials", "medical"),
        ]
        for (language, text, kind) in cases {
            let lexicon = ScaleLexicon.of(language)
            let words = Segmenter(language: Fixtures.tag(language)).document(TextFile(path: "x", text: text)).tokens
            let kinds = lexicon.sourceKindFinder.find(in: words).map { lexicon.sourceKinds[$0.entry].kind }
            #expect(kinds.contains(kind), "\(language): \(text) → \(kinds)")
        }
    }
}
