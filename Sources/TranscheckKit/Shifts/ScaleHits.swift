/// Words of one scale list found on one side of a bead, in reading order,
/// with where they stand in the file and whether they sit inside a quotation.
struct ScaleHit {
    let entry: Int
    let sentence: Int
    let range: Range<Int>
    let quoted: Bool
}

extension BeadText {
    func hits(_ finder: PhraseFinder) -> [ScaleHit] {
        var out: [ScaleHit] = []
        for (k, tokens) in tokens.enumerated() {
            for hit in finder.find(in: tokens, words: words[k]) {
                let range = self.range(k, hit.tokens)
                out.append(ScaleHit(entry: hit.entry, sentence: sentences[k], range: range, quoted: isQuoted(range)))
            }
        }
        return out
    }
}

extension Comparison {
    /// The two sides of a bead as the shift checks read them, with each side's scale lists.
    func shiftSides(_ bead: Bead) -> (source: BeadText, target: BeadText, sourceScales: ScaleLexicon, targetScales: ScaleLexicon)? {
        guard !bead.source.isEmpty, !bead.target.isEmpty else { return nil }
        return (BeadText(.source, bead.source, self), BeadText(.target, bead.target, self),
                ScaleLexicon.of(source.document.language.language), ScaleLexicon.of(target.document.language.language))
    }

    func text(_ side: Side, _ range: Range<Int>) -> String { document(side).document.file.string(range) }
}
