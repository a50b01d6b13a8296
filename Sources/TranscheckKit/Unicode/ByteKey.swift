import Foundation

/// A comparison key hashed and compared by its UTF-8 bytes. Keys are already
/// normalised (`WordKey`), so Swift's canonical-equivalence hashing of
/// non-ASCII strings — the dominant cost of building large indexes of Arabic
/// or Cyrillic keys — buys nothing here.
struct ByteKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    // Native strings lend their UTF-8 bytes without a copy; only bridged ones need one.
    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            var copy = text
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// What dictionaries and sets of keys hash with: a multiply-and-mix over eight bytes at a
    /// time, seeded per process like Swift's own. SipHash, behind `Hasher`, costs more than
    /// the lookup itself for keys of a few bytes, and every token is looked up several times.
    func _rawHashValue(seed: Int) -> Int {
        func mix(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var h = UInt64(bitPattern: Int64(seed)) ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
            var i = 0
            let n = bytes.count
            while i + 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            if i < n {
                var tail: UInt64 = 0
                for k in i..<n { tail |= UInt64(bytes[k]) << (8 * UInt64(k - i)) }
                h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
            }
            // Final avalanche (the 64-bit finaliser of MurmurHash3).
            h ^= h >> 33; h = h &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 33; h = h &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 33
            return Int(bitPattern: UInt(h))
        }
        if let hash = text.utf8.withContiguousStorageIfAvailable(mix) { return hash }
        var copy = text
        return copy.withUTF8(mix)
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        let same = a.text.utf8.withContiguousStorageIfAvailable { p in
            b.text.utf8.withContiguousStorageIfAvailable { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
        if case .some(.some(let result)) = same { return result }
        return a.text.utf8.elementsEqual(b.text.utf8)
    }
}
