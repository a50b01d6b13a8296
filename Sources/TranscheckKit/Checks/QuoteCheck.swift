import Foundation
/// Quotations paired across the alignment. In the same language any change
/// of wording inside a quotation is at least major (someone's words were
/// changed); across languages a quotation that grows or shrinks far beyond
/// the pair's length ratio has had words put in or taken out. Term,
/// intensity, modality and polarity findings inside a quotation are raised by
/// those checks.
public struct QuoteCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "quote",
        name: "Quotations",
        summary: "A quotation of the original is reworded, lengthened, shortened or dropped, or the translation quotes what the original does not.",
        cases: [
            CheckCase("quote.altered", .major, "Words inside a quotation changed (same language), or the quotation is far longer or shorter than its original allows (across languages)."),
            CheckCase("quote.missing", .major, "A quotation of the original has no quotation in the aligned translation."),
            CheckCase("quote.added", .minor, "The translation quotes words the original does not present as a quotation."),
        ],
        triggeringExamples: [
            .triggers("quote.altered", "en", "\"We look to make progress on all of these issues,\" Miller said.", "en", "\"We look forward to making progress on these issues,\" Miller said."),
            .triggers("quote.altered", "en", "\"We look to make progress on all of these issues,\" Miller said.", "ar", "وقال ميلر: “نتطلع إلى إحراز تقدم في جميع هذه القضايا قبل نهاية الأسبوع المقبل في واشنطن”."),
            .triggers("quote.missing", "en", "\"We look to make progress on all of these issues,\" Miller said on Monday.", "fr", "M. Miller a dit lundi qu'il voulait progresser sur toutes ces questions."),
            // British copy quotes with single marks.
            .triggers("quote.altered", "en", "\"It no longer keeps pace with the rest of the industry,\" Castonguay said.", "en", "'It no longer keeps pace with the cost of living,' Castonguay said."),
            .triggers("quote.added", "en", "Miller said they wanted progress on all of these issues.", "ru", "Миллер сказал: «Мы хотим прогресса по всем этим вопросам»."),
            .triggers("quote.added", "en", "Miller said they wanted progress.", "ru", "Миллер сказал: «Прогресс»."),
        ],
        nonTriggeringExamples: [
            // Two quotations the speaker interrupts, in one bead, rendered as one quotation after him.
            .passes("en", "\"The driver saw the road sink in front of him and braked just in time,\" the mayor said. \"If he had been driving faster, we would be counting victims today.\"",
                    "ar", "وقال رئيس البلدية: «رأى السائق الطريق ينخسف أمامه فضغط على المكابح في اللحظة المناسبة تماما. لو كان يقود بسرعة أكبر، لكنا اليوم نحصي الضحايا»."),
            .passes("en", "\"I walked 14 kilometers to get home,\" she said.", "en", "\"I walked 14km to get home,\" she said."),
            // An amount in the house style of a republication, the same figure.
            .passes("en", "\"A driver who used to take home 1,500 shillings a day now goes home with nothing,\" he said.", "en", "“A driver who used to take home Sh1,500 a day now goes home with nothing,” he said."),
            // A short quotation varies more in length: «Такой зимы я не видела 20 лет» says all of it.
            .passes("en", "\"I have not seen a winter like this in 20 years,\" she said.", "ru", "«Такой зимы я не видела 20 лет», — сказала она."),
            .passes("en", "\"Do not believe the rumors about the dam,\" the minister said.", "en", "\"Do not believe the rumours about the dam,\" the minister said."),
            .passes("en", "\"Medicine was practiced this way 30 years ago,\" she said.", "en", "\"Medicine was practised this way 30 years ago,\" she said."),
            .passes("en", "\"We look to make progress on all of these issues,\" Miller said.", "en", "“We look to make progress on all of these issues,” Miller said."),
            // Russian says in fewer letters what English spells out with articles and auxiliaries.
            .passes("en", "\"By the time the water came, the bridge was gone. The whole road was simply washed away,\" the farmer said.",
                    "ru", "«Когда пришла вода, моста уже не было. Всю дорогу просто смыло», — сказал фермер."),
            // A quotation the speaker interrupts inside the marks (Russian), and a closing mark after the full stop (French).
            .passes("en", "\"We did not take this decision lightly,\" the governor said. \"If expectations rise, we will act again.\"",
                    "ru", "«Мы приняли это решение не с легким сердцем, — заявил глава банка. — Если ожидания вырастут, мы вновь примем меры»."),
            .passes("en", "\"No one is above the law,\" the prosecutor said. \"Public money is not a private reward.\"",
                    "fr", "« Personne n'est au-dessus de la loi », a déclaré le procureur. « L'argent public n'est pas une récompense privée. »"),
            // French sets the speaker inside the marks: two quotations, each in its own sentence.
            .passes("en", "\"We have never faced a shortage like this,\" Gagnon said. \"Every dose must go to the youngest children.\"",
                    "fr", "« Nous n'avons jamais connu une telle pénurie, a déclaré M. Gagnon. Chaque dose doit aller aux plus jeunes enfants. »"),
            // Two quotations the speaker interrupts, rendered as one after him.
            .passes("en", "\"We are doing everything we can, but I will not promise people electricity that we do not have,\" Haddad said. \"The grid could be partially restored within 48 hours.\"",
                    "ar", "وقال حداد: «نبذل كل ما في وسعنا، لكنني لن أعد الناس بكهرباء لا نملكها. يمكن إعادة الشبكة إلى العمل جزئياً في غضون 48 ساعة»."),
            // Single quotes as quotation marks; apostrophes in the pilots' union and the guild's offer are none.
            .passes("en", "\"We cannot sign this deal,\" the guild's president said of the pilots' union offer.", "en", "'We cannot sign this deal,' the guild's president said of the pilots' union offer."),
            .passes("en", "\"We look to make progress on all of these issues,\" Miller said.", "fr", "« Nous comptons progresser sur toutes ces questions », a déclaré M. Miller."),
            .passes("en", "\"We look to make progress on all of these issues,\" Miller said.", "ru", "«Мы рассчитываем добиться прогресса по всем этим вопросам», — сказал Миллер."),
            // Names in quotation marks, as Russian and French write parties and companies.
            .passes("ru", "Партия «Гражданский альянс» получила 30 процентов голосов.", "en", "The Civic Alliance party won 30 percent of the vote."),
            .passes("en", "The Civic Alliance party won 30 percent of the vote.", "ru", "Партия «Гражданский альянс» получила 30 процентов голосов."),
            .passes("en", "Gazprom said exports fell.", "fr", "Le groupe « Gazprom » a déclaré que les exportations avaient chuté."),
            .passes("en", "The rescue ship Ocean Lyra reached the port on Monday.", "ar", "ووصلت سفينة الإنقاذ “أوشن ليرا” إلى الميناء يوم الاثنين."),
            .passes("en", "\"We look to make progress on all of these issues,\" Miller said.", "he", "\"אנו מצפים להתקדם בכל הנושאים האלה\", אמר מילר."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard !bead.source.isEmpty, !bead.target.isEmpty else { return [] }
        guard let (source, target) = comparison.beadTexts(beadIndex) else { return [] }
        // Quotations that open inside this bead's sentences (a paragraph's quote belongs to the bead where it opens).
        func span(_ text: BeadText, _ side: Comparison.Side) -> Range<Int> {
            let doc = comparison.document(side).document
            return doc.sentences[text.sentences.min()!].range.lowerBound..<doc.sentences[text.sentences.max()!].range.upperBound
        }
        func own(_ text: BeadText, _ side: Comparison.Side) -> [Quote] {
            let doc = comparison.document(side).document
            return text.quotes.compactMap { q in
                text.sentences.first { doc.sentences[$0].range.contains(q.lowerBound) }.map { ($0, q) }
            }
        }
        let sameLanguage = comparison.source.document.language.language == comparison.target.document.language.language
        // Across languages a name in quotation marks (Russian «Гражданский альянс», French « Gazprom »)
        // is written bare in the other language: it is no quotation to pair.
        let opened = own(source, .source).filter { sameLanguage || !Self.isQuotedName($0.range, .source, comparison, other: target) }
        let opening = own(target, .target).filter { sameLanguage || !Self.isQuotedName($0.range, .target, comparison, other: source) }
        var (sq, tq) = Self.continued(opened, opening, source, target, span(source, .source), span(target, .target), comparison)
        // Across languages, two quotations the speaker interrupts ("…," Zoubi said. "…") rendered as one after him
        // in the same bead («وقال الزعبي: «… . …»»), or the reverse: the two are compared together, by their words only.
        var parts: [Range<Int>: [Range<Int>]] = [:]
        if !sameLanguage {
            func merge(_ quotes: inout [Quote], _ side: Comparison.Side, fewer other: Int) {
                let doc = comparison.document(side).document
                var k = 0
                while quotes.count > other, k + 1 < quotes.count {
                    let x = quotes[k], y = quotes[k + 1]
                    guard doc.sentences[x.sentence].paragraph == doc.sentences[y.sentence].paragraph else { k += 1; continue }
                    let joined = x.range.lowerBound..<y.range.upperBound
                    parts[joined] = (parts[x.range] ?? [x.range]) + (parts[y.range] ?? [y.range])
                    quotes[k] = (x.sentence, joined)
                    quotes.remove(at: k + 1)
                }
            }
            if sq.count > tq.count, !tq.isEmpty { merge(&sq, .source, fewer: tq.count) }
            else if tq.count > sq.count, !sq.isEmpty { merge(&tq, .target, fewer: sq.count) }
        }
        func words(_ side: Comparison.Side, _ q: Quote) -> String {
            (parts[q.range] ?? [q.range]).map { comparison.text(side, $0) }.joined(separator: " ")
        }
        let ratio = Self.lengthRatio(comparison)
        var out: [Finding] = []
        for (a, b) in zip(sq, tq) {
            let sa = words(.source, a), sb = words(.target, b)
            if sameLanguage {
                // British and American spellings, and words split or joined ("per cent"), are the same words.
                let ka = NameIndex.wordKeys(of: sa), kb = NameIndex.wordKeys(of: sb)
                let wa = ka.map(WordingCheck.foldSpelling), wb = kb.map(WordingCheck.foldSpelling)
                guard wa.joined() != wb.joined() else { continue }
                // Compared folded, reported as written ("decisive", not its folded key "decizive").
                var (removedAt, addedAt) = Self.difference(wa, wb)
                var removed = removedAt.map { ka[$0] }, added = addedAt.map { kb[$0] }
                // An amount written in the house style ("1,500 shillings" → "Sh1,500", "$5 million" → "$5m", "60 pesos" →
                // "P60"): where the quotation's figures are the same, figures, currencies and magnitudes are no rewording.
                func amounts(_ side: Comparison.Side, _ q: Quote) -> [Double] {
                    comparison.document(side).facts[q.sentence].numbers.filter { q.range.contains($0.range.lowerBound) }.map(\.value).sorted()
                }
                func amountWord(_ key: String) -> Bool { key.contains(where: \.isNumber) || Self.amountWords.contains(key) }
                // The digits as written count too where a unit is written onto the figure ("14km").
                func digits(_ text: String) -> [String] {
                    text.split(whereSeparator: { !$0.isNumber && $0 != "," && $0 != "." }).map { $0.filter(\.isNumber) }.filter { !$0.isEmpty }
                }
                if amounts(.source, a) == amounts(.target, b) || digits(sa) == digits(sb) {
                    removedAt.removeAll { amountWord(ka[$0]) }
                    addedAt.removeAll { amountWord(kb[$0]) }
                    removed.removeAll(where: amountWord)
                    added.removeAll(where: amountWord)
                    if removed.isEmpty && added.isEmpty { continue }
                }
                out.append(finding(comparison, beadIndex, "quote.altered", .major,
                                   "The quotation is reworded: \(removed.isEmpty ? "" : "\"\(removed.joined(separator: " "))\" taken out")\(removed.isEmpty || added.isEmpty ? "" : ", ")\(added.isEmpty ? "" : "\"\(added.joined(separator: " "))\" put in").",
                                   Self.narrowed(a, to: removedAt, keys: ka.count, .source, comparison),
                                   Self.narrowed(b, to: addedAt, keys: kb.count, .target, comparison), sa, sb, "word-level difference inside quotation marks"))
            } else {
                // Letters only, so punctuation and spacing conventions do not count.
                let la = Double(Script.letterCount(sa)), lb = Double(Script.letterCount(sb))
                guard la >= 12 else { continue }
                let relative = lb / (la * ratio)
                // Two or three words' worth of letters; more in a quotation of a few words, whose rendering
                // may need two words for one ("respect any decision" → «с уважением отнесется к любому решению»).
                guard relative > 1.35 || relative < 0.65, abs(lb - la * ratio) >= (la < 40 ? 16 : 12) else { continue }
                out.append(finding(comparison, beadIndex, "quote.altered", .major,
                                   "The quotation is \(Int((abs(relative - 1) * 100).rounded()))% \(relative > 1 ? "longer" : "shorter") than its original allows: words were \(relative > 1 ? "put in" : "taken out").",
                                   a, b, sa, sb, "letters \(Int(la)) → \(Int(lb)), pair length ratio \(String(format: "%.2f", ratio))"))
            }
        }
        for a in sq.dropFirst(tq.count) {
            out.append(Finding(check: "quote.missing", severity: description.severity(of: "quote.missing"),
                               message: "The quotation \"\(comparison.text(.source, a.range))\" is not quoted in the translation.",
                               source: comparison.span(.source, sentence: a.sentence, range: a.range), target: comparison.span(.target, sentence: bead.target[0]),
                               expected: comparison.text(.source, a.range), found: nil, evidence: "no quotation marks in the aligned sentences", bead: beadIndex))
        }
        for b in tq.dropFirst(sq.count) {
            out.append(Finding(check: "quote.added", severity: description.severity(of: "quote.added"),
                               message: "The translation quotes \"\(comparison.text(.target, b.range))\"; the original has no quotation here.",
                               source: comparison.span(.source, sentence: bead.source[0]), target: comparison.span(.target, sentence: b.sentence, range: b.range),
                               expected: nil, found: comparison.text(.target, b.range), evidence: "no quotation marks in the aligned original", bead: beadIndex))
        }
        return out
    }

    typealias Quote = (sentence: Int, range: Range<Int>)

    /// Currencies, magnitudes and units an amount is written with, as word keys: the number reader's currency
    /// words, their singulars, the short forms written onto a figure ("Sh", "m", "bn") and units a house style
    /// abbreviates ("14 kilometers" → "14km", "20 percent" → "20 per cent").
    static let amountWords: Set<String> = SentenceAnalyzer.currencyWords
        .union(["shilling", "dollar", "euro", "pound", "rupee", "franc", "cedis", "peso", "million", "billion", "m", "bn", "k", "us"])
        .union(["km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter", "meters", "kg", "kilogram", "kilograms",
                "kilo", "kilos", "tonne", "tonnes", "ton", "tons", "mile", "miles", "mph", "kmh", "cm", "mm", "percent", "per", "cent", "pc"])
        .union(SentenceAnalyzer.currencyLetters.map(WordKey.of))

    /// A quotation that runs on into the next bead on one side only («… لا نملكها. يمكن …» for two
    /// quotations the speaker interrupts, aligned sentence by sentence) is compared by the part in each
    /// bead: cut at this bead's end, and its rest taken up in the next bead where the other side opens
    /// a quotation of its own there. A closing mark alone is no part.
    static func continued(_ sq: [Quote], _ tq: [Quote], _ source: BeadText, _ target: BeadText,
                          _ sourceSpan: Range<Int>, _ targetSpan: Range<Int>, _ c: Comparison) -> ([Quote], [Quote]) {
        func part(_ q: Range<Int>, _ span: Range<Int>, _ side: Comparison.Side, _ text: BeadText) -> Quote? {
            let lower = max(q.lowerBound, span.lowerBound), upper = min(q.upperBound, span.upperBound)
            guard lower < upper, Script.letterCount(c.text(side, lower..<upper)) >= 3 else { return nil }
            let doc = c.document(side).document
            return text.sentences.first { doc.sentences[$0].range.overlaps(lower..<upper) }.map { ($0, lower..<upper) }
        }
        var sq = sq, tq = tq
        let sourceRuns = sq.contains { $0.range.upperBound > sourceSpan.upperBound }
        let targetRuns = tq.contains { $0.range.upperBound > targetSpan.upperBound }
        if sourceRuns != targetRuns {
            if sourceRuns { sq = sq.compactMap { part($0.range, sourceSpan, .source, source) } }
            else { tq = tq.compactMap { part($0.range, targetSpan, .target, target) } }
        }
        func carried(_ text: BeadText, _ span: Range<Int>, _ side: Comparison.Side) -> [Quote] {
            text.quotes.filter { $0.lowerBound < span.lowerBound && $0.upperBound > span.lowerBound }.compactMap { part($0, span, side, text) }
        }
        if sq.count > tq.count { tq = carried(target, targetSpan, .target) + tq }
        else if tq.count > sq.count { sq = carried(source, sourceSpan, .source) + sq }
        return (sq, tq)
    }

    private static let quoteMarks = Set("\"'«»“”„‘’‚‹› \u{00A0}\u{202F}".unicodeScalars)

    /// A short quotation with no punctuation inside, not introduced by a colon, that is a name
    /// (of a party, a company, a ship), not someone's words: capitalised, or in a script without
    /// capitals (Arabic outlets quote «أوشن ليرا» for the Ocean Lyra) spelling a capitalised run of
    /// words of the other side's sentences.
    static func isQuotedName(_ range: Range<Int>, _ side: Comparison.Side, _ c: Comparison, other: BeadText) -> Bool {
        // Four words are never this long: someone's words, not read further.
        guard range.count <= 200 else { return false }
        let inner = c.text(side, range).trimmingScalars { quoteMarks.contains($0) }
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard (1...4).contains(words.count), let first = inner.first,
              !inner.contains(where: { ".!?,;:…".contains($0) }) else { return false }
        let before = c.text(side, max(0, range.lowerBound - 4)..<range.lowerBound)
        guard !before.contains(":") else { return false }
        if first.isUppercase { return true }
        guard !first.isLowercase else { return false }
        let key = NameMatcher.key(inner)
        return capitalisedRuns(other, words.count).contains { NameMatcher.shared.similarity(key, NameMatcher.key($0)) >= NameMatcher.variantScore }
    }

    /// Runs of up to `length` consecutive capitalised words of a bead's sentences ("Sea Horizon", "Horizon").
    private static func capitalisedRuns(_ text: BeadText, _ length: Int) -> [String] {
        var runs: [String] = []
        for tokens in text.tokens {
            var run: [String] = []
            for token in tokens + [nil] {
                if let token, token.kind == .word, token.text.first?.isUppercase == true {
                    run.append(token.text)
                    continue
                }
                for start in run.indices { runs.append(run[start..<min(run.count, start + length)].joined(separator: " ")) }
                run = []
            }
        }
        return runs
    }

    /// The part of a quotation from its first to its last changed word (by their places among the quotation's
    /// words), so the report points at the change; the whole quotation where the words cannot be placed.
    static func narrowed(_ q: Quote, to changed: [Int], keys: Int, _ side: Comparison.Side, _ c: Comparison) -> Quote {
        guard let first = changed.min(), let last = changed.max() else { return q }
        let doc = c.document(side).document
        let words = doc.tokens.filter { q.range.contains($0.range.lowerBound) }
        guard words.count == keys, last < words.count else { return q }
        let range = words[first].range.lowerBound..<words[last].range.upperBound
        guard let sentence = doc.sentences.firstIndex(where: { $0.range.contains(range.lowerBound) }) else { return q }
        return (sentence, range)
    }

    private func finding(_ c: Comparison, _ bead: Int, _ check: String, _ severity: Severity, _ message: String,
                         _ a: (sentence: Int, range: Range<Int>), _ b: (sentence: Int, range: Range<Int>), _ sa: String, _ sb: String, _ evidence: String) -> Finding {
        Finding(check: check, severity: severity, message: message,
                source: c.span(.source, sentence: a.sentence, range: a.range), target: c.span(.target, sentence: b.sentence, range: b.range),
                expected: sa, found: sb, evidence: evidence, bead: bead)
    }

    /// Letters of a text in each language per letter of English, roughly (from parallel news
    /// copy): Arabic and Hebrew write fewer letters, French and German more.
    static let lettersPerEnglishLetter: [String: Double] = ["en": 1, "fr": 1.15, "es": 1.12, "it": 1.1, "pt": 1.1, "de": 1.12, "nl": 1.1,
                                                            "ru": 1.05, "uk": 1.05, "ar": 0.82, "fa": 0.85, "he": 0.72]

    /// Expected target/source length ratio: measured on the documents when they are long enough
    /// to average out, otherwise from the languages (a one-sentence pair's own ratio includes the very words added).
    static func lengthRatio(_ c: Comparison) -> Double {
        let s = c.source.document, t = c.target.document
        if s.sentences.count >= 8, t.sentences.count >= 8 {
            return Double(max(t.file.units.count, 1)) / Double(max(s.file.units.count, 1))
        }
        let a = lettersPerEnglishLetter[s.language.language] ?? 1, b = lettersPerEnglishLetter[t.language.language] ?? 1
        return b / a
    }

    /// Positions of the words of `a` not in `b` and of the words of `b` not in `a`, in order (multiset difference).
    static func difference(_ a: [String], _ b: [String]) -> ([Int], [Int]) {
        var countB: [String: Int] = [:], countA: [String: Int] = [:]
        for w in b { countB[w, default: 0] += 1 }
        for w in a { countA[w, default: 0] += 1 }
        var removed: [Int] = [], added: [Int] = []
        var seenA: [String: Int] = [:], seenB: [String: Int] = [:]
        for (i, w) in a.enumerated() { seenA[w, default: 0] += 1; if seenA[w]! > (countB[w] ?? 0) { removed.append(i) } }
        for (i, w) in b.enumerated() { seenB[w, default: 0] += 1; if seenB[w]! > (countA[w] ?? 0) { added.append(i) } }
        return (removed, added)
    }
}
