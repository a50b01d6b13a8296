import Foundation

/// A process-wide memo of a pure function's results, shared by threads and
/// cleared when full, so memory stays bounded on any archive. Values must
/// depend on the key alone: a cleared memo only costs recomputation.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func value(_ key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    /// The remembered value, or `make()`'s, remembered.
    func value(_ key: Key, make: () -> Value) -> Value {
        if let known = value(key) { return known }
        let made = make()
        store(key, made)
        return made
    }

    func store(_ key: Key, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[key] = value
    }
}
