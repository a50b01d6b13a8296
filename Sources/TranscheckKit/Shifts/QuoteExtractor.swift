/// Quoted spans of a paragraph: text between opening and closing quotation
/// marks of any locale (“ ” « » „ “ ‹ › 「 」 and straight quotes), found on the
/// paragraph's whole text so a quote running over several sentences is one.
/// Single quotes (' ‘ ’), the British press's quotation marks, count when they stand
/// as quotation marks do: opening before a letter after a space, closing before a
/// space or punctuation — not inside a word (don't, guild's) and not after the "s"
/// of a plural possessive before the next word (pilots' union).
public enum QuoteExtractor {
    static let pairs: [UInt16: Set<UInt16>] = [
        0x201C: [0x201D, 0x201C], // “ … ” (and “ … “ in some copy)
        0x201E: [0x201C, 0x201D], // „ … “
        0x00AB: [0x00BB],         // « … »
        0x00BB: [0x00AB],         // » … « (Danish, German)
        0x2039: [0x203A],         // ‹ … ›
        0x300C: [0x300D],         // 「 … 」
        0x300E: [0x300F],         // 『 … 』
        0x0022: [0x0022],         // " … "
        0x05F4: [0x05F4],         // ״ … ״ (Hebrew typographic)
    ]

    /// The quotations of each paragraph of a document (a paragraph's sentences are consecutive).
    static func paragraphQuotes(_ doc: Document) -> [Int: [Range<Int>]] {
        var out: [Int: [Range<Int>]] = [:]
        var a = 0
        while a < doc.sentences.count {
            let paragraph = doc.sentences[a].paragraph
            var b = a
            while b + 1 < doc.sentences.count && doc.sentences[b + 1].paragraph == paragraph { b += 1 }
            // To the end of the paragraph's line: a closing mark after the last full stop (« … politique. »)
            // belongs to no sentence.
            var end = doc.sentences[b].range.upperBound
            let units = doc.file.units
            while end < units.count, units[end] != 0x0A, units[end] != 0x0D, end - doc.sentences[b].range.upperBound < 4 { end += 1 }
            out[paragraph] = quotes(in: doc.file, range: doc.sentences[a].range.lowerBound..<end)
            a = b + 1
        }
        return out
    }

    /// UTF-16 ranges of the quoted text (inside the marks) in `range` of the file.
    public static func quotes(in file: TextFile, range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = range.lowerBound
        let units = file.units
        while i < range.upperBound {
            // Every unit of the paragraph passes here: a range test first, the table only for marks.
            let u = units[i]
            if u == 0x22 || u == 0xAB || u == 0xBB || (u >= 0x05F4 && (u == 0x05F4 || u >= 0x201C)), let closers = pairs[u] {
                // ״ inside a Hebrew word is gershayim (ארה״ב), not a quotation mark.
                if units[i] == 0x05F4, i > range.lowerBound, isLetter(units[i - 1]) { i += 1; continue }
                if units[i] == 0x0022, isGershayim(units, i, range) { i += 1; continue }
                var j = i + 1
                while j < range.upperBound && (!closers.contains(units[j]) || (units[j] == 0x0022 && isGershayim(units, j, range))) { j += 1 }
                if j < range.upperBound, j - i > 2 {
                    out += interrupted(units, (i + 1)..<j)
                    i = j + 1
                    continue
                }
            }
            if u == 0x27 || u == 0x2018, let j = singleQuoteEnd(units, from: i, range) {
                out.append((i + 1)..<j)
                i = j + 1
                continue
            }
            i += 1
        }
        return out
    }

    /// A quotation the speaker interrupts inside the marks, as Russian writes it: «Мы приняли
    /// решение, — заявил Абашидзе. — Если инфляция…». The words between ", — " and the next " — "
    /// are the narrator's, so the quotation is two.
    private static func interrupted(_ units: [UInt16], _ quote: Range<Int>) -> [Range<Int>] {
        func isDash(_ u: UInt16) -> Bool { u == 0x2014 || u == 0x2013 }
        var k = quote.lowerBound + 1
        while k + 3 < quote.upperBound {
            // ", — " (or "! — ", "? — ", "… — "): the quotation stops for the speaker.
            let u = units[k]
            if u == 0x2C || u == 0x21 || u == 0x3F || u == 0x2026, units[k + 1] == 0x20 || units[k + 1] == 0xA0, isDash(units[k + 2]),
               units[k + 3] == 0x20 || units[k + 3] == 0xA0 {
                var m = k + 4
                while m + 2 < quote.upperBound, !((units[m] == 0x20 || units[m] == 0xA0) && isDash(units[m + 1]) && (units[m + 2] == 0x20 || units[m + 2] == 0xA0)) { m += 1 }
                // The speaker's words are short; the quotation resumes after them.
                guard m + 3 < quote.upperBound, m - k < 160 else { return [quote] }
                return [quote.lowerBound..<(k + 1)] + interrupted(units, (m + 3)..<quote.upperBound)
            }
            // French sets the speaker inside the marks after a comma: « … vulnérables, a déclaré Mme X. Chaque
            // dose … ». The quotation resumes after the speaker's full stop or comma.
            if u == 0x2C, units[k + 1] == 0x20 || units[k + 1] == 0xA0, units[k + 2] == 0x61 || units[k + 2] == 0x64 || units[k + 2] == 0x73
                || units[k + 2] == 0x65 || units[k + 2] == 0x70 || units[k + 2] == 0x69 {
                let ahead = String(decoding: units[(k + 2)..<min(k + 26, quote.upperBound)], as: UTF16.self)
                if Self.frenchIncises.contains(where: { ahead.hasPrefix($0) }) {
                    // The speaker's words run to a full stop ("a déclaré la Dre Gagnon, présidente de l'ACP."), else to a comma.
                    func end(_ mark: UInt16) -> Int? {
                        var m = k + 2
                        // A title's full stop ("M. Gagnon", "Mme", "Dr") is no end: after a capital and at most two letters.
                        func abbreviation(_ m: Int) -> Bool {
                            var w = m
                            while w > k, isLetter(units[w - 1]) { w -= 1 }
                            return m - w <= 3 && m > w && (0x41...0x5A).contains(units[w])
                        }
                        while m + 2 < quote.upperBound, m - k < 120,
                              !(units[m] == mark && (units[m + 1] == 0x20 || units[m + 1] == 0xA0) && (mark != 0x2E || !abbreviation(m))) { m += 1 }
                        return m + 2 < quote.upperBound && m - k < 120 ? m : nil
                    }
                    guard let m = end(0x2E) ?? end(0x2C) else { return [quote] }
                    return [quote.lowerBound..<(k + 1)] + interrupted(units, (m + 2)..<quote.upperBound)
                }
            }
            k += 1
        }
        return [quote]
    }

    /// Words opening a French incise, the speaker set inside the quotation marks.
    static let frenchIncises = ["a déclaré", "a dit", "a-t-il", "a-t-elle", "a ajouté", "a expliqué", "a affirmé", "a indiqué", "a souligné",
                                "a poursuivi", "a précisé", "a estimé", "a averti", "a assuré", "ajoute", "explique", "affirme", "estime",
                                "déclare", "souligne", "poursuit", "précise", "dit-il", "dit-elle", "indique", "selon", "assure", "avertit"]

    /// The closing mark of a single-quoted quotation opening at `i`, if `i` opens one.
    private static func singleQuoteEnd(_ units: [UInt16], from i: Int, _ range: Range<Int>) -> Int? {
        // Opens: at the start or after a space or an opening mark, before a letter.
        guard i + 1 < range.upperBound, isLetter(units[i + 1]) else { return nil }
        if i > range.lowerBound {
            let before = units[i - 1]
            guard before == 0x20 || before == 0xA0 || before == 0x09 || before == 0x28 || before == 0x5B || before == 0x22
                    || before == 0x201C || before == 0x2014 || before == 0x2013 else { return nil }
        }
        var j = i + 2
        while j < range.upperBound {
            let u = units[j]
            if u == 0x27 || u == 0x2019 {
                let after: UInt16? = j + 1 < range.upperBound ? units[j + 1] : nil
                let before = units[j - 1]
                // Inside a word: an apostrophe.
                if let after, isLetter(after) { j += 1; continue }
                // After a space: an opening mark, not a closing one.
                if before == 0x20 { return nil }
                // "pilots' union": a plural possessive before the next word.
                if before == 0x73 || before == 0x53, let after, after == 0x20, j + 2 < range.upperBound, isLetter(units[j + 2]) { j += 1; continue }
                return j - i > 2 ? j : nil
            }
            // A quotation mark of another kind opening: this quote has no end before it.
            if u == 0x22 || u == 0x201C || u == 0xAB { return nil }
            j += 1
        }
        return nil
    }

    /// A straight quote standing for Hebrew gershayim (ארה"ב, צה"ל): between letters, with
    /// at most two letters after it. כ"קריטיות" is a prefix letter before a real quotation.
    private static func isGershayim(_ units: [UInt16], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound, isLetter(units[i - 1]), i + 1 < range.upperBound, isLetter(units[i + 1]) else { return false }
        var n = 0
        var k = i + 1
        while k < range.upperBound && isLetter(units[k]) { n += 1; k += 1 }
        return n <= 2
    }

    private static func isLetter(_ u: UInt16) -> Bool {
        guard let s = Unicode.Scalar(u) else { return false }
        return Script.isLetter(s)
    }
}

/// What the shift checks look at in one bead: its sentences' tokens on each
/// side, and the quoted spans of their paragraphs.
struct BeadText {
    let sentences: [Int]
    let tokens: [[Token]]
    let words: [SentenceWords]
    let quotes: [Range<Int>]
    /// Scale-list hits already searched on this side (see `hits`).
    let hitCache = BoundedMemo<Int, [ScaleHit]>(capacity: 64)

    init(_ side: Comparison.Side, _ indices: [Int], _ comparison: Comparison) {
        let doc = comparison.document(side).document
        sentences = indices
        tokens = indices.map { Array(doc.tokens(of: $0)) }
        let all = side == .source ? comparison.sourceWords : comparison.targetWords
        words = indices.map { all[$0] }
        // The quotations of the paragraphs the sentences are in (a quote may span sentences),
        // found once per document: a paragraph of several beads is read once.
        let byParagraph = comparison.document(side).memo.value("paragraph quotes") { QuoteExtractor.paragraphQuotes(doc) }
        var quotes: [Range<Int>] = []
        var seen = Set<Int>()
        for s in indices {
            let paragraph = doc.sentences[s].paragraph
            guard seen.insert(paragraph).inserted else { continue }
            quotes += byParagraph[paragraph] ?? []
        }
        self.quotes = quotes
    }

    func isQuoted(_ range: Range<Int>) -> Bool { quotes.contains { $0.contains(range.lowerBound) } }

    /// Where a hit stands in the bead, from 0 (its first token) to 1 (its last).
    func place(of hit: ScaleHit) -> Double? {
        guard let (k, span) = hit.place else { return nil }
        let total = tokens.reduce(0) { $0 + $1.count }
        guard total > 1 else { return 0 }
        return Double(tokens[..<k].reduce(0) { $0 + $1.count } + span.lowerBound) / Double(total - 1)
    }

    /// The token just before a hit in its sentence, if any ("не" of «не ответила», "a" of "a little").
    func token(before hit: ScaleHit) -> Token? {
        guard let (k, span) = hit.place, span.lowerBound > 0 else { return nil }
        return tokens[k][span.lowerBound - 1]
    }

    /// UTF-16 units between token t − 1 and token t of sentence k: 1 for a space, 2 for ", ",
    /// 3 for " — " (punctuation stands between words that are further apart).
    func space(before t: Int, in k: Int) -> Int {
        tokens[k][t].range.lowerBound - tokens[k][t - 1].range.upperBound
    }

    /// UTF-16 range of a token span of sentence k.
    func range(_ k: Int, _ span: Range<Int>) -> Range<Int> {
        tokens[k][span.lowerBound].range.lowerBound..<tokens[k][span.upperBound - 1].range.upperBound
    }
}
