import Foundation

/// Results two checks derive from the same bead (the name pairing read by the
/// variant and mismatch checks; the word diff read by the wording and polarity
/// checks), computed once per bead and shared.
final class BeadMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: [Int: Any]] = [:]

    func value<T>(_ kind: String, bead: Int, make: () -> T) -> T {
        lock.lock()
        if let hit = values[kind]?[bead] as? T { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        lock.lock()
        values[kind, default: [:]][bead] = made
        lock.unlock()
        return made
    }
}
