import Foundation

/// Words of one scale list found on one side of a bead, in reading order,
/// with where they stand in the file and whether they sit inside a quotation.
struct ScaleHit {
    let entry: Int
    let sentence: Int
    let range: Range<Int>
    let quoted: Bool
    /// Where a finder's hit stands in its bead side: the sentence's position k among the side's
    /// sentences and the hit's tokens in it (nil for a hit a check makes itself).
    var place: (k: Int, tokens: Range<Int>)? = nil
}

extension BeadText {
    /// The finder's words on this side; several checks ask for the same lists,
    /// so each list is searched once per bead side.
    func hits(_ finder: PhraseFinder) -> [ScaleHit] {
        hitCache.value(finder.id) { search(finder) }
    }

    /// An at-least hedge a few words after a negation of its own clause says at most: "cannot supply more
    /// than about 28,500" («لا تستطيع … توفير أكثر من نحو 28500»). The negation belongs to the hedge and
    /// negates nothing else: the ranges of both, so the checks read them as one "at most".
    func negatedHedges(_ lexicon: ScaleLexicon) -> (negations: Set<Range<Int>>, hedges: Set<Range<Int>>) {
        let hedges = hits(lexicon.hedgeFinder).filter { lexicon.hedges[$0.entry].kind == "at-least" }
        guard !hedges.isEmpty else { return ([], []) }
        var negations = Set<Range<Int>>(), turned = Set<Range<Int>>()
        let found = hits(lexicon.negationFinder)
        for hedge in hedges {
            // Before a figure ("more than about 28,500"): « n'a plus de liquidités » is 'has no more cash'. Not a
            // length of time: "has not spoken to the families for more than 12 hours" is more than 12 hours.
            guard let (k, span) = hedge.place,
                  let n = tokens[k][span.upperBound..<min(tokens[k].count, span.upperBound + 3)].firstIndex(where: { $0.kind == .number }),
                  n + 1 >= tokens[k].count || !Self.timeUnits.contains(tokens[k][n + 1].key) else { continue }
            // A plain negation of its clause: not a weak one ("out of service and that more than 40 percent"), not one
            // needing a partner, and no conjunction or complementizer between.
            for negation in found where !negation.range.overlaps(hedge.range) && !lexicon.negationWeak.contains(negation.entry) && lexicon.negationNeeds[negation.entry] == nil {
                guard let (nk, nspan) = negation.place, nk == k, nspan.upperBound <= span.lowerBound,
                      span.lowerBound - nspan.upperBound <= 6,
                      (nspan.upperBound...span.lowerBound).allSatisfy({ space(before: $0, in: k) <= 1 }),
                      !tokens[k][nspan.upperBound..<span.lowerBound].contains(where: { Self.clauseWords.contains($0.key) || lexicon.complementizers.contains($0.key) })
                else { continue }
                // In Russian, whose subject stands before its verb, a negation opening its clause leaves the subject
                // after the verb: «не смогли вылететь более 3200 пассажиров» is 'more than 3,200 could not fly'.
                // (Tokens are words and figures: punctuation before the negation shows as a gap of more than a space.)
                if lexicon.language == "ru", nspan.lowerBound == 0 || space(before: nspan.lowerBound, in: k) > 1
                    || Self.clauseWords.contains(tokens[k][nspan.lowerBound - 1].key) { continue }
                negations.insert(negation.range)
                turned.insert(hedge.range)
            }
        }
        return (negations, turned)
    }

    /// Words that open another clause between a negation and a hedge.
    static let clauseWords: Set<String> = Set(["and", "but", "while", "which", "who", "that", "et", "mais", "qui", "и", "но", "а", "который", "которые",
                                          "و", "لكن", "لكنه", "بينما", "الذي", "التي", "y", "pero", "und", "aber", "ו", "אבל"].map(WordKey.of))

    /// Units of time after a figure ("for more than 12 hours").
    static let timeUnits: Set<String> = Set(["hours", "days", "weeks", "months", "years", "minutes", "heures", "jours", "semaines", "mois", "ans", "années",
                                        "minutes", "часов", "часа", "дней", "дня", "недель", "недели", "месяцев", "месяца", "лет", "года", "минут",
                                        "ساعة", "ساعات", "يوما", "يوماً", "أيام", "ايام", "أسابيع", "اسابيع", "أشهر", "اشهر", "شهرا", "شهراً", "سنوات", "عاما", "عاماً", "أعوام", "دقيقة",
                                        "horas", "días", "semanas", "meses", "años", "stunden", "tage", "wochen", "monate", "jahre", "שעות", "ימים", "שבועות", "חודשים", "שנים"].map(WordKey.of))

    /// The hits of a list whose first word is not capitalised inside its sentence: such a word
    /// belongs to a name ("Grande-Bretagne", "Port Said") or, in German, is a noun ("die Grösse").
    /// Where every noun is capitalised (German "der Anstieg"), a capital says nothing of a name: all hits count.
    func lowerCaseHits(_ finder: PhraseFinder) -> [ScaleHit] {
        if PhraseFinder.capitalisedNouns.contains(finder.language) { return hits(finder) }
        return hits(finder).filter { hit in
            guard let (k, t) = hit.place else { return true }
            return !isCapitalisedInside(k, t.lowerBound)
        }
    }

    /// Token t of sentence k is written with a capital and does not start the sentence, nor a clause
    /// after a dash ("КАРШИ, Узбекистан, 9 марта — По данным МЧС": three characters or more between words).
    func isCapitalisedInside(_ k: Int, _ t: Int) -> Bool {
        t > 0 && tokens[k][t].isCapitalized && space(before: t, in: k) < 3
    }

    /// Modal markers of this side: the list's words not capitalised inside a sentence (the month
    /// "May"), and the markers written onto a verb (Arabic "ستواجه" = future "س" + "تواجه")
    /// outside the side's names.
    func modalHits(_ lexicon: ScaleLexicon, names: [Range<Int>]) -> [ScaleHit] {
        var out = lowerCaseHits(lexicon.modalityFinder)
        for (entry, modal) in lexicon.modality.enumerated() {
            guard let prefix = modal.prefix else { continue }
            let letters = modal.form.count
            for (k, tokens) in tokens.enumerated() {
                for (t, token) in tokens.enumerated() where token.kind == .word {
                    // A joined conjunction may come first ("وستواجه", 'and will face').
                    var key = Substring(token.key)
                    if let first = key.first, prefix.conjunctions.contains(first), key.dropFirst().hasPrefix(modal.form) { key = key.dropFirst() }
                    // The prefix, a verb's person letter, and a verb of three letters at least, or of two for the verbs
                    // that drop a weak root letter ("ستصل", 'will arrive'; "سيتم", 'will be done') ending in a consonant.
                    let shortVerb = key.count == letters + 3 && !"اىةيهو".contains(key.last!)
                    guard key.count >= letters + 4 || shortVerb, key.hasPrefix(modal.form), !prefix.except.contains(String(key)),
                          prefix.before.contains(key[key.index(key.startIndex, offsetBy: letters)]),
                          !names.contains(where: { $0.overlaps(token.range) }) else { continue }
                    out.append(ScaleHit(entry: entry, sentence: sentences[k], range: token.range, quoted: isQuoted(token.range), place: (k, t..<(t + 1))))
                }
            }
        }
        return out
    }

    private func search(_ finder: PhraseFinder) -> [ScaleHit] {
        var out: [ScaleHit] = []
        for (k, tokens) in tokens.enumerated() {
            for hit in finder.find(in: tokens, words: words[k]) {
                let range = self.range(k, hit.tokens)
                out.append(ScaleHit(entry: hit.entry, sentence: sentences[k], range: range, quoted: isQuoted(range), place: (k, hit.tokens)))
            }
        }
        return out
    }
}

extension Comparison {
    /// The two sides of a bead as the shift checks read them, with each side's scale lists.
    func shiftSides(_ beadIndex: Int) -> (source: BeadText, target: BeadText, sourceScales: ScaleLexicon, targetScales: ScaleLexicon)? {
        guard let (source, target) = beadTexts(beadIndex) else { return nil }
        return (source, target, ScaleLexicon.of(self.source.document.language.language), ScaleLexicon.of(self.target.document.language.language))
    }

    /// Both sides of a bead as the checks read them, built once per bead (quotations included).
    func beadTexts(_ beadIndex: Int) -> (source: BeadText, target: BeadText)? {
        let bead = alignment[beadIndex]
        guard !bead.source.isEmpty, !bead.target.isEmpty else { return nil }
        return memo.value("bead texts", bead: beadIndex) { (BeadText(.source, bead.source, self), BeadText(.target, bead.target, self)) }
    }

    func text(_ side: Side, _ range: Range<Int>) -> String { document(side).document.file.string(range) }
}

extension ScaleHit {
    /// The hits of two sides that still differ once every source hit has taken a target hit that
    /// `matches` it (anywhere on the side), paired in reading order: "under five … about 30%" against
    /// "دون الخامسة … نحو 30%" pairs "about" with "نحو" first and leaves "under" unpaired.
    static func unmatchedPairs(_ source: [ScaleHit], _ target: [ScaleHit], matches: (ScaleHit, ScaleHit) -> Bool) -> [(ScaleHit, ScaleHit)] {
        let left = unmatched(source, target, matches: matches)
        return Array(zip(left.source, left.target))
    }

    /// The hits left on each side once every source hit has taken a target hit that `matches` it
    /// (of several, the one standing at the nearest place in the list: "slightly lower … far below" →
    /// « nettement moins … bien en deçà » leaves "slightly" facing « nettement »); the target's in reading order.
    /// The same, each pair made where the two words stand nearest in their beads (`places`, from 0 to 1), closest
    /// first: "the six most seriously affected … very closely" → « наиболее пострадавших … очень внимательно » leaves
    /// "seriously" without a partner rather than taking «очень» from "very".
    static func unmatched(_ source: [ScaleHit], _ target: [ScaleHit], places: (source: [Double], target: [Double]),
                          matches: (ScaleHit, ScaleHit) -> Bool) -> (source: [ScaleHit], target: [ScaleHit]) {
        var candidates: [(distance: Double, i: Int, k: Int)] = []
        for (i, a) in source.enumerated() {
            for (k, b) in target.enumerated() where matches(a, b) { candidates.append((abs(places.source[i] - places.target[k]), i, k)) }
        }
        var usedSource = Set<Int>(), usedTarget = Set<Int>()
        for c in candidates.sorted(by: { ($0.distance, $0.i, $0.k) < ($1.distance, $1.i, $1.k) })
        where !usedSource.contains(c.i) && !usedTarget.contains(c.k) {
            usedSource.insert(c.i); usedTarget.insert(c.k)
        }
        let leftTarget = target.indices.filter { !usedTarget.contains($0) }.map { target[$0] }
            .sorted { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) }
        return (source.indices.filter { !usedSource.contains($0) }.map { source[$0] }, leftTarget)
    }

    static func unmatched(_ source: [ScaleHit], _ target: [ScaleHit], matches: (ScaleHit, ScaleHit) -> Bool) -> (source: [ScaleHit], target: [ScaleHit]) {
        var leftSource: [ScaleHit] = [], used = Set<Int>()
        for (i, a) in source.enumerated() {
            if let k = target.indices.filter({ !used.contains($0) && matches(a, target[$0]) }).min(by: { abs($0 - i) < abs($1 - i) }) {
                used.insert(k)
            } else {
                leftSource.append(a)
            }
        }
        let leftTarget = target.indices.filter { !used.contains($0) }.map { target[$0] }
            .sorted { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) }
        return (leftSource, leftTarget)
    }
}

