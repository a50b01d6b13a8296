/// The renderings of the terms lexicon in one language, ready to be found in
/// sentences: distinct written forms, each with every concept that lists it
/// (a form may be preferred in one concept and deprecated in another).
public struct TermIndex: Sendable {
    public struct Use: Sendable {
        public let concept: Int
        public let status: TermConcept.Status
        public let severity: Severity?
        public let note: String?
    }

    public let language: LanguageTag
    public let concepts: [TermConcept]
    /// Alignment evidence of this language's words per pairing context, kept across the pairs a checker sees.
    let wordEvidence = PerLanguageCache { _ in BoundedMemo<ByteKey, WordEvidence>(capacity: 100_000) }
    let forms: [String]
    let uses: [[Use]]
    let finder: PhraseFinder
    /// Stem of a one-word rendering → the concepts listing it.
    let conceptsByStem: [String: [Int]]

    public static let empty = TermIndex(concepts: [], language: LanguageTag(known: "und"))

    public init(concepts: [TermConcept], language: LanguageTag) {
        self.language = language
        self.concepts = concepts
        var forms: [String] = [], written: [String] = [], uses: [[Use]] = [], index: [String: Int] = [:]
        for (c, concept) in concepts.enumerated() {
            for r in concept.renderings(in: language) {
                let key = NameIndex.wordKeys(of: r.form).joined(separator: " ")
                let i = index[key] ?? forms.count
                if i == forms.count { forms.append(key); written.append(r.form); uses.append([]); index[key] = i }
                uses[i].append(Use(concept: c, status: r.status, severity: r.severity, note: r.note))
            }
        }
        self.forms = forms
        self.uses = uses
        finder = PhraseFinder(forms, language: language.language, written: written)
        // Single words by stem → the concepts they render, whatever the status (the aligner's concept evidence).
        let stemmer = Stemmer(language: language)
        var byStem: [String: [Int]] = [:]
        for (form, list) in zip(forms, uses) where !form.contains(" ") {
            let stem = stemmer.stem(form)
            for use in list where byStem[stem]?.contains(use.concept) != true { byStem[stem, default: []].append(use.concept) }
        }
        conceptsByStem = byStem
    }

    /// A term found in a sentence: its token span and every use of the form.
    public struct Hit: Sendable {
        public let tokens: Range<Int>
        public let uses: [Use]
    }

    public func find(in tokens: [Token]) -> [Hit] {
        finder.find(in: tokens).map { Hit(tokens: $0.tokens, uses: uses[$0.entry]) }
    }

    public func find(in tokens: [Token], words: SentenceWords) -> [Hit] {
        finder.find(in: tokens, words: words).map { Hit(tokens: $0.tokens, uses: uses[$0.entry]) }
    }

    /// The preferred renderings of a concept in this language.
    public func preferred(_ concept: Int) -> [String] {
        concepts[concept].renderings(in: language, .preferred).map(\.form)
    }
}

import Foundation

/// Term indexes per language, built once and shared (a batch of pairs in one
/// language pair indexes the lexicon twice, not twice per pair).
final class TermIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var indexes: [LanguageTag: TermIndex] = [:]
    private let terms: [TermConcept]

    init(_ terms: [TermConcept]) { self.terms = terms }

    func callAsFunction(_ language: LanguageTag) -> TermIndex {
        lock.lock()
        defer { lock.unlock() }
        if let hit = indexes[language] { return hit }
        let made = TermIndex(concepts: terms, language: language)
        indexes[language] = made
        return made
    }
}
