/// Who an attribution phrase cites: the words after "according to", "citing",
/// "selon", "وفقا ل", "по данным" up to the next punctuation (four content
/// words at most), and whether two of them cite different sources —
/// "according to the transport ministry" against "وفقا لهيئة الميناء" ('the
/// port authority'). Across languages the words are compared through both
/// FreeDict directions and cognates; sources are called different only when
/// both sides have words the dictionaries know and none of them meet, and
/// never when a name stands in either (the name checks compare those).
struct AttributedSource {
    struct Word { let token: Token; let stems: [String] }

    let words: [Word]
    let range: Range<Int>?

    /// The cited words after an attribution phrase's hit.
    init(after hit: ScaleHit, in text: BeadText, side: Comparison.Side, comparison: Comparison) {
        guard let (k, span) = hit.place else { words = []; range = nil; return }
        let tokens = text.tokens[k], file = comparison.document(side).document.file
        let functionWords = FunctionWords.of(comparison.document(side).document.language.language)
        var out: [Word] = []
        var last: Token? = nil
        var t = span.upperBound
        while t < tokens.count, out.count < 4 {
            let token = tokens[t]
            // Punctuation between two words ends the phrase ("according to officials, the …").
            let gap = file.string((last?.range.upperBound ?? hit.range.upperBound)..<token.range.lowerBound)
            if gap.contains(where: { ",.;:()«»\"“”!?—–".contains($0) }) { break }
            if token.kind == .word, token.characterCount >= 3, !text.words[k].forms(t).contains(where: { functionWords.contains(key: $0) }) {
                out.append(Word(token: token, stems: text.words[k].stems(t)))
            }
            last = token
            t += 1
        }
        words = out
        range = out.isEmpty ? nil : out.first!.token.range.lowerBound..<out.last!.token.range.upperBound
    }

    /// True when the two cite sources nothing links: no shared stem, dictionary rendering or
    /// cognate, with words known to the dictionaries on both sides and no name on either.
    /// `targetStems`: every stem of the translated sentences; a cited source rendered anywhere
    /// there is still cited (the translation may pair its attributions otherwise).
    static func differ(_ a: AttributedSource, _ b: AttributedSource, comparison: Comparison, names: (source: [Range<Int>], target: [Range<Int>]),
                       targetStems: Set<String>) -> Bool {
        guard let ra = a.range, let rb = b.range,
              !names.source.contains(where: { $0.overlaps(ra) }), !names.target.contains(where: { $0.overlaps(rb) }) else { return false }
        let sl = comparison.source.document.language, tl = comparison.target.document.language
        let stemsA = Set(a.words.flatMap(\.stems)), stemsB = Set(b.words.flatMap(\.stems))
        if sl.language == tl.language { return stemsA.isDisjoint(with: targetStems) && !a.words.isEmpty && !b.words.isEmpty }
        guard let forward = BilingualDictionary.load(source: sl, target: tl),
              let backward = BilingualDictionary.load(source: tl, target: sl) else { return false }
        let cognatesB = Set(b.words.compactMap { AlignmentEvidence.cognateKey($0.token.text) })
        if a.words.contains(where: { AlignmentEvidence.cognateKey($0.token.text).map(cognatesB.contains) ?? false }) { return false }
        func translations(_ stems: Set<String>, _ d: BilingualDictionary) -> Set<String> {
            Set(stems.flatMap { d.targetIDs(ofSourceStem: $0).map(d.targetStem) })
        }
        let aRendered = translations(stemsA, forward), bMeant = translations(stemsB, backward)
        guard !aRendered.isEmpty, !bMeant.isEmpty else { return false }
        return aRendered.isDisjoint(with: targetStems) && bMeant.isDisjoint(with: stemsA)
    }
}
