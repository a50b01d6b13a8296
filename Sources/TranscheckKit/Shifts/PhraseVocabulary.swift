import Foundation

/// Numbers for the words phrase finders look for (lexicon words and their
/// stems), shared by every finder in the process. A sentence's words are
/// numbered once (`SentenceWords`), so each list searched compares integers
/// instead of hashing strings per list. Only lexicon words are numbered, so the
/// table stays the size of the lexicons whatever the texts read.
final class PhraseVocabulary: @unchecked Sendable {
    static let shared = PhraseVocabulary()

    /// A word no finder looks for.
    static let absent: Int32 = -1

    private let lock = NSLock()
    private var ids: [ByteKey: Int32] = [:]

    /// The number of a lexicon word, given on first sight.
    func intern(_ word: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[ByteKey(word)] { return id }
        let id = Int32(ids.count)
        ids[ByteKey(word)] = id
        return id
    }

    /// Numbers of running-text words (`absent` for words no list has), and how
    /// many words the vocabulary held: a later finder may add words, so
    /// remembered numbers are only good for the same count.
    func lookup(_ forms: [String], _ stems: [String]) -> (forms: [Int32], stems: [Int32], count: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (forms.map { ids[ByteKey($0)] ?? Self.absent }, stems.map { ids[ByteKey($0)] ?? Self.absent }, ids.count)
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return ids.count
    }
}
