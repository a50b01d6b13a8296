import Testing
@testable import TranscheckKit

@Suite("Normalizer and word keys")
struct NormalizerTests {
    @Test("NFKC folds compatibility forms in every script")
    func nfkc() {
        #expect(Normalizer.normalize("ﬁve", .nfkc) == "five")                  // en ligature
        #expect(Normalizer.normalize("２０２４", .nfkc) == "2024")               // full-width digits
        #expect(Normalizer.normalize("ﻻ", .nfkc) == "لا")                      // ar presentation form
        #expect(Normalizer.normalize("ﬠ", .nfkc) == "ע")                       // he wide ayin
        #expect(Normalizer.normalize("Ⅻ", .nfkc) == "XII")
    }

    @Test("NFC composes and NFD decomposes (French, Russian)")
    func nfcNfd() {
        let decomposed = "e\u{0301}te\u{0301}"
        // Swift compares strings by canonical equivalence: compare scalars.
        #expect(Normalizer.normalize(decomposed, .nfc).unicodeScalars.count == 3)
        #expect(Normalizer.normalize("été", .nfd).unicodeScalars.elementsEqual(decomposed.unicodeScalars))
        #expect(Normalizer.normalize("и\u{0306}", .nfc).unicodeScalars.map(\.value) == [0x0439])
        #expect(Normalizer.isNormalized("Галант", .nfc))
        #expect(!Normalizer.isNormalized(decomposed, .nfc))
    }

    @Test("NFKC_Casefold gives case-free keys")
    func casefold() {
        #expect(Normalizer.key("GALLANT") == "gallant")
        #expect(Normalizer.key("ГАЛАНТ") == "галант")
        #expect(Normalizer.key("Straße") == "strasse")
        #expect(Normalizer.key("ÉTATS") == "états")
        #expect(Normalizer.key("غالانت") == "غالانت")
    }

    @Test("Word keys fold spelling that carries no meaning")
    func wordKeys() {
        #expect(WordKey.of("أكتوبر") == WordKey.of("اكتوبر"))         // hamza seat
        #expect(WordKey.of("ظهراً") == "ظهرا")                         // tanween
        #expect(WordKey.of("مدرسة") == WordKey.of("مدرسه"))           // taa marbuta
        #expect(WordKey.of("שָׁלוֹם") == "שלום")                        // niqqud
        #expect(WordKey.of("Ёлка") == "елка")
        #expect(WordKey.of("l’armée") == "l'armée")
    }

    @Test("Byte-keyed tables find every key, in any script and of any length, and only that key")
    func byteKeyTables() {
        // Keys 0–40 bytes long (whole 8-byte words and every tail), Latin, Arabic, Cyrillic, Hebrew, astral.
        let bases = ["critical", "حاسمة", "судьбоносными", "מכריע", "𝐀𝐁𝐂"]
        var keys: [String] = [""]
        for base in bases { for n in 1...base.count { keys.append(String(base.prefix(n))) } }
        keys += keys.map { $0 + $0 + $0 }
        let unique = Array(Set(keys))
        var table: [ByteKey: Int] = [:]
        for (i, key) in unique.enumerated() { table[ByteKey(key)] = i }
        #expect(table.count == unique.count)
        for (i, key) in unique.enumerated() { #expect(table[ByteKey(String(Array(key)))] == i, "\(key)") }
        #expect(table[ByteKey("criticaL")] == nil && table[ByteKey("حاسمه")] == nil)
    }
}
