import Synchronization

/// A process-wide memo of a pure function's results, shared by threads and
/// cleared when full, so memory stays bounded on any archive. Values must
/// depend on the key alone: a cleared memo only costs recomputation.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    // A Mutex, not NSLock: memos are asked a few thousand times a pair (a token's date word,
    // name candidates, word evidence), and NSLock's wrapper cost more than the look-up.
    private let values = Mutex<[Key: Value]>([:])
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func value(_ key: Key) -> Value? {
        values.withLock { $0[key] }
    }

    /// The remembered value, or `make()`'s, remembered.
    func value(_ key: Key, make: () -> Value) -> Value {
        if let known = value(key) { return known }
        let made = make()
        store(key, made)
        return made
    }

    func store(_ key: Key, _ value: Value) {
        let capacity = capacity
        values.withLock { values in
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
    }
}
