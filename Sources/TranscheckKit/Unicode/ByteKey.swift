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

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        let same = a.text.utf8.withContiguousStorageIfAvailable { p in
            b.text.utf8.withContiguousStorageIfAvailable { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
        if case .some(.some(let result)) = same { return result }
        return a.text.utf8.elementsEqual(b.text.utf8)
    }
}
