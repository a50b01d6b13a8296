/// Two analysed documents and their alignment: what every check looks at.
public final class Comparison: Sendable {
    public let source: AnalyzedDocument
    public let target: AnalyzedDocument
    public let alignment: [Bead]
    /// The names lexicon the mentions refer to.
    public let names: NameIndex

    /// The terms lexicon in each side's language.
    public let sourceTerms: TermIndex
    public let targetTerms: TermIndex
    /// Lookup forms and stems of every sentence's tokens (shared by the shift checks); made on
    /// first use, so two unrelated texts, which no check reads, never pay for them.
    public var sourceWords: [SentenceWords] { memo.value("source words") { Self.words(of: source) } }
    public var targetWords: [SentenceWords] { memo.value("target words") { Self.words(of: target) } }

    public init(source: AnalyzedDocument, target: AnalyzedDocument, alignment: [Bead], names: NameIndex = .empty,
                sourceTerms: TermIndex? = nil, targetTerms: TermIndex? = nil) {
        self.source = source
        self.target = target
        self.alignment = alignment
        self.names = names
        self.sourceTerms = sourceTerms ?? .empty
        self.targetTerms = targetTerms ?? .empty
        // Every word list of both languages exists before sentences are numbered against them,
        // so no list meets a sentence numbered without its words.
        _ = (ScaleLexicon.of(source.document.language.language), ScaleLexicon.of(target.document.language.language))
        sourceEntities = Set(source.facts.flatMap { $0.names.compactMap(\.entry) })
    }

    /// Lexicon entries the original names anywhere: a translation that names one of
    /// them where the original says "he" or "the minister" has not swapped anyone.
    public let sourceEntities: Set<Int>
    /// Per-bead results shared between checks.
    let memo = ResultMemo()

    /// Every sentence's words, made once per document (numbered again, once, when lists
    /// made since have added words).
    private static func words(of doc: AnalyzedDocument) -> [SentenceWords] {
        let words = doc.memo.value("sentence words") {
            doc.document.sentences.map { SentenceWords(Array(doc.document.tokens(of: $0)), language: doc.document.language.language) }
        }
        let size = PhraseVocabulary.shared.count
        guard words.contains(where: { $0.vocabularySize < size }) else { return words }
        let renumbered = words.map { $0.vocabularySize < size ? $0.renumbered() : $0 }
        doc.memo.store("sentence words", renumbered)
        return renumbered
    }

    public enum Side: Sendable { case source, target }

    public func document(_ side: Side) -> AnalyzedDocument { side == .source ? source : target }

    /// A finding span for a range inside one sentence of one side.
    public func span(_ side: Side, sentence: Int, range: Range<Int>) -> FindingSpan {
        let doc = document(side).document
        let (line, column) = doc.file.position(of: range.lowerBound)
        let start = doc.sentences[sentence].range.lowerBound
        return FindingSpan(sentence: sentence, text: doc.file.string(range), line: line, column: column,
                           sentenceText: doc.sentences[sentence].text, range: range,
                           offsetInSentence: range.lowerBound >= start ? range.lowerBound - start : nil)
    }

    /// A finding span covering a whole sentence.
    public func span(_ side: Side, sentence: Int) -> FindingSpan {
        span(side, sentence: sentence, range: document(side).document.sentences[sentence].range)
    }

    /// The sentence of a side that contains a UTF-16 offset, among the given ones.
    public func sentence(_ side: Side, containing offset: Int, among indices: [Int]) -> Int {
        let sentences = document(side).document.sentences
        return indices.first { sentences[$0].range.contains(offset) } ?? indices.first ?? 0
    }
}
