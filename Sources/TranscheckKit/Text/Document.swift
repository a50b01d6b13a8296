/// A word or number of a sentence, with its span in the file.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable { case word, number }

    /// UTF-16 offsets into the file.
    public let range: Range<Int>
    public let text: String
    /// Comparison key (see `WordKey`).
    public let key: String
    public let kind: Kind

    public init(range: Range<Int>, text: String, kind: Kind) {
        self.range = range
        self.text = text
        self.key = WordKey.of(text)
        self.kind = kind
    }

    /// Characters (grapheme clusters) of the text. An ASCII word, with as many UTF-8 bytes as
    /// UTF-16 units, has one per byte; a word of letters that never combine (Latin below the
    /// combining marks, Cyrillic, Hebrew and Arabic letters without points or vowel signs) one per
    /// scalar: both counted without walking the graphemes, which is most of the cost for
    /// non-Latin text.
    public var characterCount: Int {
        if text.utf8.count == range.count { return range.count }
        var scalars = 0
        for s in text.unicodeScalars {
            guard Self.neverCombines(s.value) else { return text.count }
            scalars += 1
        }
        return scalars
    }

    @inline(__always)
    private static func neverCombines(_ v: UInt32) -> Bool {
        v < 0x300 || (0x400...0x482).contains(v) || (0x48A...0x52F).contains(v) || (0x5D0...0x5EA).contains(v)
            || (0x621...0x64A).contains(v) || (0x660...0x669).contains(v) || (0x671...0x6D3).contains(v)
    }

    /// Starts with an upper-case letter (cased scripts only).
    public var isCapitalized: Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return Script.isUppercase(text.unicodeScalars.first!)
    }
}

/// One sentence of a document.
public struct Sentence: Sendable, Equatable {
    /// 0-based position in the document.
    public let index: Int
    /// UTF-16 offsets into the file, without surrounding white space.
    public let range: Range<Int>
    /// 0-based paragraph (blocks separated by blank lines).
    public let paragraph: Int
    /// 0-based line the sentence starts on.
    public let line: Int
    /// Indices into the document's tokens.
    public let tokens: Range<Int>
    public let text: String
}

/// A segmented text: the file, its language, sentences and tokens.
public struct Document: Sendable {
    public let file: TextFile
    public let language: LanguageTag
    /// True when the language was detected rather than given.
    public let languageDetected: Bool
    public let sentences: [Sentence]
    public let tokens: [Token]

    public init(file: TextFile, language: LanguageTag, languageDetected: Bool, sentences: [Sentence], tokens: [Token]) {
        self.file = file
        self.language = language
        self.languageDetected = languageDetected
        self.sentences = sentences
        self.tokens = tokens
    }

    /// Words and numbers, the evaluation word count (EWC) of the score.
    public var wordCount: Int { tokens.count }

    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }
    public func tokens(of index: Int) -> ArraySlice<Token> { tokens[sentences[index].tokens] }
}
