import Foundation

/// Results worked out once and shared, by kind and index: per bead for a
/// comparison (the name pairing read by the variant and mismatch checks; the
/// word diff read by the wording and polarity checks), per document for an
/// analysed text (its sentence words, its side of the aligner's evidence).
final class ResultMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: [Int: Any]] = [:]

    func value<T>(_ kind: String, bead index: Int = 0, make: () -> T) -> T {
        lock.lock()
        if let hit = values[kind]?[index] as? T { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        store(kind, bead: index, made)
        return made
    }

    func store(_ kind: String, bead index: Int = 0, _ value: Any) {
        lock.lock()
        values[kind, default: [:]][index] = value
        lock.unlock()
    }
}
