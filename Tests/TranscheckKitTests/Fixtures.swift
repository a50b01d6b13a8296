import Foundation
@testable import TranscheckKit

/// Paths and helpers shared by the tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpus(_ relative: String) -> String { root.appendingPathComponent("corpora/" + relative).path }

    static let reuters = corpus("seeds/reuters-devdiscourse-2024-06-25.en.txt")
    static let arabicOutlet = corpus("seeds/arabic-outlet-retranslated-2024-06-24.en.txt")
    static let memo = corpus("seeds/memo-republished-2024-06-24.en.txt")
    static let ap = corpus("seeds/ap-blinken-israel-2024-01.en.txt")

    static func tag(_ s: String) -> LanguageTag { LanguageTag(known: s) }

    /// A document from inline text, analysed as the pipeline does.
    static func analyzed(_ text: String, _ language: String, path: String = "inline.txt") -> AnalyzedDocument {
        PairChecker().analyze(TextFile(path: path, text: text), language: tag(language))
    }

    /// The facts of the first sentence of a text.
    static func facts(_ text: String, _ language: String) -> SentenceFacts {
        analyzed(text, language).facts.first ?? SentenceFacts()
    }

    /// Checks an inline pair.
    static func check(_ source: String, _ sourceLanguage: String, _ target: String, _ targetLanguage: String) -> Report {
        PairChecker().check(source: TextFile(path: "source.txt", text: source), target: TextFile(path: "target.txt", text: target),
                            sourceLanguage: tag(sourceLanguage), targetLanguage: tag(targetLanguage))
    }

    static func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try! Data(bytes).write(to: url)
        return url.path
    }
}
