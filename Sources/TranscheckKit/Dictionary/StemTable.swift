import Foundation

/// Interned stems with dense `Int32` ids and an open-addressing hash index,
/// stored as three flat arrays so a compiled dictionary loads by copying bytes
/// rather than rebuilding a Swift `Dictionary`.
struct StemTable: Sendable, Equatable {
    /// The stems' UTF-8, concatenated.
    private(set) var bytes: [UInt8]
    /// `starts[i]..<starts[i + 1]` is stem i in `bytes`; `starts.count == count + 1`.
    private(set) var starts: [UInt32]
    /// Hash slots (a power of two, at most half full): a stem id, or -1.
    private(set) var slots: [Int32]

    var count: Int { starts.count - 1 }

    /// A table of distinct stems; ids follow the array order.
    init(_ stems: [String]) {
        bytes = []
        starts = [0]
        starts.reserveCapacity(stems.count + 1)
        for stem in stems {
            bytes += stem.utf8
            starts.append(UInt32(bytes.count))
        }
        var capacity = 16
        while capacity < stems.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { all in
            for id in 0..<stems.count {
                var slot = Int(Self.hash(UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id + 1])]))) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id)
            }
        }
    }

    /// Restores a table from its arrays; nil when they are inconsistent.
    init?(bytes: [UInt8], starts: [UInt32], slots: [Int32]) {
        guard let last = starts.last, Int(last) == bytes.count, starts.first == 0,
              slots.count >= 16, slots.count & (slots.count - 1) == 0, slots.count >= 2 * (starts.count - 1)
        else { return nil }
        for i in 1..<starts.count where starts[i] < starts[i - 1] { return nil }
        let count = Int32(starts.count - 1)
        guard slots.allSatisfy({ $0 >= -1 && $0 < count }) else { return nil }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
    }

    /// The id of a stem, or nil when the table does not hold it.
    func id(of stem: String) -> Int32? {
        var stem = stem
        return stem.withUTF8 { key in
            bytes.withUnsafeBufferPointer { all in
                starts.withUnsafeBufferPointer { starts in
                    slots.withUnsafeBufferPointer { slots in
                        let mask = slots.count - 1
                        var slot = Int(Self.hash(key)) & mask
                        while true {
                            let id = slots[slot]
                            if id < 0 { return nil }
                            let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
                            if end - start == key.count && (key.isEmpty || memcmp(all.baseAddress! + start, key.baseAddress!, key.count) == 0) {
                                return id
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// The stem with an id.
    func stem(_ id: Int32) -> String {
        String(decoding: bytes[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
    }

    /// All stems in id order.
    var stems: [String] { (0..<count).map { stem(Int32($0)) } }

    /// 32-bit FNV-1a: stable across runs, so the slots can be stored.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var value: UInt32 = 0x811c_9dc5
        for byte in bytes { value = (value ^ UInt32(byte)) &* 0x0100_0193 }
        return value
    }
}
