import Foundation

/// The aligner's match keys ("=stem", "~skeleton", "C12", "#v37600", …)
/// numbered once per process, so a word's remembered evidence is final
/// integers and a pair hashes no key strings. Numbers start above every
/// bilingual-dictionary id, so the two never meet.
///
/// The table stops growing at `capacity` (memory stays bounded on any
/// archive); a key first met after that never gets a number and is numbered
/// per pair instead. Whether a key has a number is settled at its first
/// lookup and never changes, so both sides of a pair always agree.
final class EvidenceKeys: @unchecked Sendable {
    static let shared = EvidenceKeys(capacity: 1 << 22)

    /// First process-wide number; dictionary ids stay below it.
    static let base: Int32 = 1 << 28
    /// First per-pair number (keys met once the table is full).
    static let localBase: Int32 = 1 << 30

    private let lock = NSLock()
    private var numbers: [ByteKey: Int32] = [:]
    private let capacity: Int

    init(capacity: Int) {
        precondition(Int(Self.base) + capacity <= Int(Self.localBase))
        self.capacity = capacity
    }

    /// The key's process-wide number, nil once the table is full and the key is not in it.
    func number(_ key: String) -> Int32? {
        let byteKey = ByteKey(key)
        lock.lock()
        defer { lock.unlock() }
        if let known = numbers[byteKey] { return known }
        guard numbers.count < capacity else { return nil }
        let made = Self.base + Int32(numbers.count)
        numbers[byteKey] = made
        return made
    }
}

/// Renumbers a pair's keys densely, in order of appearance, so the aligner's
/// stamp arrays are the size of the pair's vocabulary. The tables are kept
/// between pairs (one per worker, taken from a pool) and invalidated by an
/// epoch, not cleared.
final class DenseKeyNumbering: @unchecked Sendable {
    private var epoch: UInt32 = 0
    /// Per dictionary id (below `EvidenceKeys.base`) and per process-wide key number.
    private var low = Slots(), high = Slots()
    private var local: [Int32: Int32] = [:]
    private(set) var count: Int32 = 0

    private struct Slots {
        var stamp: [UInt32] = []
        var value: [Int32] = []
        mutating func grow(to index: Int) {
            let size = max(index + 1, stamp.count * 2, 1024)
            stamp += repeatElement(0, count: size - stamp.count)
            value += repeatElement(0, count: size - value.count)
        }
    }

    /// Starts a new pair's numbering.
    func reset() {
        epoch &+= 1
        if epoch == 0 {
            low = Slots(); high = Slots()
            epoch = 1
        }
        local.removeAll(keepingCapacity: true)
        count = 0
    }

    func renumber(_ keys: inout [Int32]) {
        for i in keys.indices { keys[i] = dense(keys[i]) }
    }

    private func dense(_ key: Int32) -> Int32 {
        if key >= EvidenceKeys.localBase {
            if let d = local[key] { return d }
            local[key] = count
            count += 1
            return count - 1
        }
        let high = key >= EvidenceKeys.base
        let index = Int(high ? key - EvidenceKeys.base : key)
        return high ? take(&self.high, index) : take(&self.low, index)
    }

    private func take(_ slots: inout Slots, _ index: Int) -> Int32 {
        if index >= slots.stamp.count { slots.grow(to: index) }
        if slots.stamp[index] == epoch { return slots.value[index] }
        slots.stamp[index] = epoch
        slots.value[index] = count
        count += 1
        return count - 1
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [DenseKeyNumbering] = []

    /// Runs `body` with a numbering no other thread is using.
    static func with<T>(_ body: (DenseKeyNumbering) -> T) -> T {
        lock.lock()
        let numbering = idle.popLast() ?? DenseKeyNumbering()
        lock.unlock()
        numbering.reset()
        defer {
            lock.lock()
            idle.append(numbering)
            lock.unlock()
        }
        return body(numbering)
    }
}
