import Foundation

/// A comparison key hashed and compared by its UTF-8 bytes. Keys are already
/// normalised (`WordKey`), so Swift's canonical-equivalence hashing of
/// non-ASCII strings — the dominant cost of building large indexes of Arabic
/// or Cyrillic keys — buys nothing here.
struct ByteKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }
}
