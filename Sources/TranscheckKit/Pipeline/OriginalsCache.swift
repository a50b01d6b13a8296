import Foundation

/// Analysed originals shared by the pairs of one run: an audit usually lists
/// one original once per target language, and the original's analysis
/// (segmentation, numbers, dates, names) is the same every time. Keyed by
/// path, language and the full text, so a changed file is analysed again;
/// bounded, oldest out first. Only originals are kept: translations differ.
final class OriginalsCache: @unchecked Sendable {
    private struct Key: Hashable {
        let path: String
        let language: LanguageTag?
        let detected: LanguageTag?
        let text: String
    }

    private let lock = NSLock()
    private var documents: [Key: AnalyzedDocument] = [:]
    private var order: [Key] = []
    private let capacity: Int

    init(capacity: Int = 32) { self.capacity = capacity }

    /// The cached analysis, or `make()`'s, remembered. Two threads may both
    /// analyse one new original; the results are equal, so either is kept.
    func document(_ file: TextFile, language: LanguageTag?, detected: LanguageTag?, make: () -> AnalyzedDocument) -> AnalyzedDocument {
        let key = Key(path: file.path, language: language, detected: detected, text: file.text)
        lock.lock()
        if let hit = documents[key] { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if documents[key] == nil {
            documents[key] = made
            order.append(key)
            if order.count > capacity { documents[order.removeFirst()] = nil }
        }
        return made
    }
}
