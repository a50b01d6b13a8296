/// Splits a text into paragraphs, sentences and tokens with ICU's break
/// iterators for the document's locale. A line break always ends a sentence
/// (headlines, datelines and bylines stand on their own lines in news copy);
/// an abbreviation's period ends one only as `Abbreviations` allows.
public struct Segmenter: Sendable {
    public let language: LanguageTag
    private let abbreviations: Abbreviations
    private let sentenceStarters: FunctionWords
    /// Treat each line as exactly one sentence (for pre-segmented gold data).
    public var linesAreSentences = false

    public init(language: LanguageTag) {
        self.language = language
        self.abbreviations = Abbreviations.of(language.language)
        self.sentenceStarters = FunctionWords.of(language.language)
    }

    public func document(_ file: TextFile, languageDetected: Bool = false) -> Document {
        let (sentences, tokens) = segment(file)
        return Document(file: file, language: language, languageDetected: languageDetected, sentences: sentences, tokens: tokens)
    }

    func segment(_ file: TextFile) -> ([Sentence], [Token]) {
        guard let sentenceBreaker = try? BreakIterator.of(.sentence, locale: language.icuLocale).cursor(),
              let wordBreaker = try? BreakIterator.of(.word, locale: language.icuLocale).cursor()
        else { return ([], []) }
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var paragraph = 0
        var sawBlank = false
        let units = file.units
        units.withUnsafeBufferPointer { all in
            for (lineIndex, start) in file.lineStarts.enumerated() {
                var end = lineIndex + 1 < file.lineStarts.count ? file.lineStarts[lineIndex + 1] : units.count
                while end > start, Self.isLineEnd(units[end - 1]) { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                guard line.contains(where: { !Self.isSpace($0) }) else {
                    sawBlank = true
                    continue
                }
                if sawBlank && !sentences.isEmpty { paragraph += 1 }
                sawBlank = false
                let words = wordBreaker.spans(line).filter(\.isWordLike)
                let pieces = linesAreSentences ? [0..<line.count]
                    : mergeAbbreviations(sentenceBreaker.spans(line), line: line, words: words)
                for piece in pieces {
                    var lo = piece.lowerBound, hi = piece.upperBound
                    while lo < hi, Self.isSpace(line[lo]) { lo += 1 }
                    while hi > lo, Self.isSpace(line[hi - 1]) { hi -= 1 }
                    let pieceWords = words.filter { $0.range.lowerBound >= lo && $0.range.upperBound <= hi }
                    // Lone punctuation is no sentence (but a pre-segmented line always is one).
                    guard !pieceWords.isEmpty || linesAreSentences else { continue }
                    let first = tokens.count
                    for w in pieceWords {
                        let range = (w.range.lowerBound + start)..<(w.range.upperBound + start)
                        // Arabic writes a one-letter preposition or conjunction onto a figure, with a tatweel or
                        // without ("بـ31", 'with 31'; "و300", 'and 300'): the word breaker keeps them together; the
                        // figure is a number.
                        if let cut = Self.procliticFigure(line, w.range) {
                            let word = range.lowerBound..<(cut + start), figure = (cut + start)..<range.upperBound
                            tokens.append(Token(range: word, text: file.string(word), kind: .word))
                            tokens.append(Token(range: figure, text: file.string(figure), kind: .number))
                            continue
                        }
                        tokens.append(Token(range: range, text: file.string(range), kind: w.isNumber ? .number : .word))
                    }
                    let range = (lo + start)..<(hi + start)
                    sentences.append(Sentence(index: sentences.count, range: range, paragraph: paragraph, line: lineIndex,
                                              tokens: first..<tokens.count, text: file.string(range)))
                }
            }
        }
        return (sentences, tokens)
    }

    /// Where the figure starts in a word like "بـ31", "لـ٥" or "و300": letters and a tatweel, or one proclitic
    /// letter, then digits (and the separators inside a figure) to the end; nil for any other word.
    static func procliticFigure(_ line: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int? {
        func isDigit(_ u: UInt16) -> Bool { (0x30...0x39).contains(u) || (0x0660...0x0669).contains(u) || (0x06F0...0x06F9).contains(u) }
        // A one-letter conjunction or preposition written straight onto a figure ("و300 ألف", 'and 300 thousand').
        if range.count >= 2, [0x0648, 0x0628, 0x0644, 0x0641, 0x0643].contains(line[range.lowerBound]), isDigit(line[range.lowerBound + 1]),
           ((range.lowerBound + 1)..<range.upperBound).allSatisfy({ isDigit(line[$0]) || [0x2C, 0x2E, 0x066B, 0x066C].contains(line[$0]) }) {
            return range.lowerBound + 1
        }
        guard let tatweel = range.first(where: { line[$0] == 0x0640 }), tatweel > range.lowerBound, tatweel + 1 < range.upperBound,
              isDigit(line[tatweel + 1]),
              (range.lowerBound..<tatweel).allSatisfy({ (0x0621...0x064A).contains(line[$0]) }),
              ((tatweel + 1)..<range.upperBound).allSatisfy({ isDigit(line[$0]) || [0x2C, 0x2E, 0x066B, 0x066C].contains(line[$0]) })
        else { return nil }
        return tatweel + 1
    }

    /// Joins ICU's sentences where the period before a boundary belongs to an abbreviation.
    private func mergeAbbreviations(_ spans: [BreakSpan], line: UnsafeBufferPointer<UInt16>, words: [BreakSpan]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for span in spans {
            if let last = out.last, !endsSentence(at: last.upperBound, line: line, words: words) {
                out[out.count - 1] = last.lowerBound..<span.range.upperBound
            } else {
                out.append(span.range)
            }
        }
        return out
    }

    /// Whether a boundary ICU found after a period really ends a sentence.
    private func endsSentence(at boundary: Int, line: UnsafeBufferPointer<UInt16>, words: [BreakSpan]) -> Bool {
        var end = boundary
        while end > 0, Self.isSpace(line[end - 1]) { end -= 1 }
        guard end > 0, line[end - 1] == 0x2E else { return true }  // only periods are ambiguous
        var start = end - 1
        while start > 0, !Self.isSpace(line[start - 1]), line[start - 1] != 0x28, line[start - 1] != 0x22 { start -= 1 }
        let chunk = String(utf16Units: line[start..<end])
        let next = words.first { $0.range.lowerBound >= boundary }
        let nextText = next.map { String(utf16Units: line[$0.range]) }
        let kind: Abbreviations.Kind?
        if let listed = abbreviations.kind(of: chunk) {
            kind = listed
        } else if chunk.count == 2, chunk.first!.isUppercase {
            kind = .title  // an initial: "J. Smith"
        } else {
            kind = nil
        }
        switch kind {
        case nil: return true
        case .title: return false
        case .number: return !(next?.isNumber ?? false)
        case .general:
            guard let nextText else { return true }
            if let first = nextText.unicodeScalars.first, first.properties.isLowercase || first.decimalDigitValue != nil {
                return false
            }
            return sentenceStarters.contains(nextText)
        }
    }

    static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0xA0 || u == 0x202F || u == 0x2009 || u == 0x3000 || u == 0xFEFF || isLineEnd(u) || (0x2000...0x200B).contains(u)
    }

    static func isLineEnd(_ u: UInt16) -> Bool { u == 0x0A || u == 0x0D || u == 0x2028 || u == 0x2029 || u == 0x0C }
}
