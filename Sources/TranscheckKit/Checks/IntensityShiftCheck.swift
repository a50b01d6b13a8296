/// Degree words and hedges that move a statement up or down a scale:
/// "quite consistent" → "absolutely consistent", "extremely important" →
/// "very important", "almost 37,600" → "more than 37,600". Ranks come from a
/// 1–5 scale shared by all languages (lexicons/scales).
public struct IntensityShiftCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "intensity",
        name: "Intensity",
        summary: "A degree word or a hedge around a number is stronger or weaker in the translation than in the original.",
        cases: [CheckCase("intensity.shift", .major, "Two or more steps on the degree scale, or a hedge of another kind (almost → more than); one step is minor. Raised inside a quotation.")],
        triggeringExamples: [
            // «тяжелое состояние» ('serious condition') holds no degree word; «крайне» renders a stronger "very".
            .triggers("intensity.shift", "en", "The condition of 20 others was very serious.", "ru", "Состояние 20 человек крайне тяжелое."),
            .triggers("intensity.shift", "en", "The stadium held nearly 15% more than its capacity.", "ar", "استقبل الاستاد أي بزيادة تتجاوز 15% عن طاقته."),
            // Two degree words in the sentence: each faces the one standing at its place.
            .triggers("intensity.shift", "en", "The vacancy rate was 1.6%, slightly lower than a year earlier and far below the 3% experts consider balanced.",
                      "fr", "Le taux d'inoccupation était de 1,6 %, nettement moins qu'un an plus tôt et bien en deçà des 3 % que les experts jugent équilibrés."),
            .triggers("intensity.shift", "en", "Firefighters needed nearly two hours to bring it under control.", "ar", "واحتاج رجال الإطفاء إلى أكثر من ساعتين للسيطرة عليه."),
            // In one language, a hedge replaced by a degree word.
            .triggers("intensity.shift", "en", "The strike left the main form of public transport nearly paralyzed.", "en", "The strike left the main form of public transport completely paralysed."),
            // A negation before "more than" makes it "at most".
            .triggers("intensity.shift", "en", "The grid can supply more than 28,500 megawatts.", "ar", "لا تستطيع الشبكة توفير أكثر من 28500 ميغاواط."),
            // A hedge before a proportion with no figure ("nearly double", « plus du double »).
            .triggers("intensity.shift", "en", "The crop is nearly double the usual volume.", "fr", "La récolte représente plus du double du volume habituel."),
            .triggers("intensity.shift", "en", "More than half of the farmers have sold their pods.", "ar", "وباع نحو نصف المزارعين قرونهم."),
            .triggers("intensity.shift", "en", "The bill was slightly more than it had forecast.", "en", "The bill was far more than it had forecast."),
            // One of a unit after a hedge ("nearly a metre"), and a position on a scale ("well above").
            .triggers("intensity.shift", "en", "Some 430 homes were under nearly a metre of water.", "fr", "Quelque 430 résidences étaient sous plus d'un mètre d'eau."),
            .triggers("intensity.shift", "en", "The reactor was running slightly above its rated limit.", "en", "The reactor was running well above its rated limit."),
            .triggers("intensity.shift", "en", "Shares fell about 9 percent on Wednesday.", "ru", "В среду акции подешевели более чем на 9%."),
            .triggers("intensity.shift", "en", "\"We have been quite consistent,\" Miller said.", "en", "\"We have been absolutely consistent,\" Miller said."),
            .triggers("intensity.shift", "en", "The meetings are extremely important, he said.", "fr", "Les réunions sont assez importantes, a-t-il dit."),
            .triggers("intensity.shift", "en", "The offensive has killed almost 37,600 people.", "ru", "Наступление унесло жизни более 37 600 человек."),
            .triggers("intensity.shift", "en", "The meetings are slightly important for Israel.", "ar", "الاجتماعات مهمة للغاية لإسرائيل."),
        ],
        nonTriggeringExamples: [
            // The far end of a range ("от … до …") bounds nothing.
            .passes("en", "The bottles sold for 180 to 220 roubles, nearly half the legal minimum price.", "ru", "Бутылки продавались по цене от 180 до 220 рублей, почти вдвое ниже минимальной цены."),
            // "slightly less than" is just under the figure; "lightly" is a degree only of casualties.
            .passes("en", "Each satellite weighed slightly less than 2.8 tonnes.", "ru", "Каждый спутник весил чуть меньше 2,8 тонны."),
            .passes("en", "\"We did not take this decision lightly, and we know exactly what it means,\" Halvorsen said.", "ar", "وقالت هالفورسن: «لم نتخذ هذا القرار باستخفاف، ونحن نعلم تماماً ما يعنيه ذلك»."),
            // Hedges go by the figure they qualify: the verb «يقارب» ('approaches') renders "nearly", «أكثر من نحو» "about … at best".
            .passes("en", "Demand is nearly 38,000 megawatts, while the grid can supply about 28,500 megawatts at best.",
                    "ar", "ويقارب الطلب 38 ألف ميغاواط، في حين لا تستطيع الشبكة في أفضل الأحوال توفير أكثر من نحو 28500 ميغاواط."),
            .passes("en", "The grid can supply about 28,500 megawatts at most.", "ar", "لا تستطيع الشبكة توفير أكثر من نحو 28500 ميغاواط."),
            // A degree word of the same degree anywhere in the translation accounts for one, whatever the order.
            .passes("en", "Many bridges have been only partly rebuilt.", "ar", "ولم يُعَد بناء الكثير من الجسور إلا جزئياً."),
            .passes("en", "The government ordered a full inspection and could act if serious violations were found.", "fr",
                    "Le gouvernement a ordonné une inspection complète et pourrait agir si des infractions graves étaient constatées."),
            // Hedges of the same kind pair first: "under five" (an age) is left alone.
            .passes("en", "It recorded 1,140 cases among children under five, about 30 percent more than a year earlier.",
                    "ar", "وسجلت 1140 حالة بين الأطفال دون الخامسة، أي بزيادة نحو 30 في المئة عن العام السابق."),
            .passes("en", "The meetings are extremely important, he said.", "fr", "Les réunions sont extrêmement importantes, a-t-il dit."),
            .passes("en", "Some 430 homes were under nearly a metre of water.", "fr", "Quelque 430 résidences étaient sous près d'un mètre d'eau."),
            .passes("en", "Firefighters needed nearly two hours to bring it under control.", "ar", "واحتاج رجال الإطفاء إلى نحو ساعتين للسيطرة عليه."),
            .passes("de", "Er glaubte an mich, mehr als ich selbst, und rief mir ein paar Worte zu.", "fr",
                    "Il avait confiance en moi, plus que moi-même, et il m'a crié quelques encouragements."),
            .passes("en", "\"We have been quite consistent,\" Miller said.", "fr", "« Nous avons été très cohérents », a déclaré Miller."),
            .passes("en", "The offensive has killed almost 37,600 people.", "ar", "أسفر الهجوم عن مقتل ما يقرب من 37600 شخص."),
            .passes("en", "The meetings are extremely important, he said.", "he", "הפגישות חשובות ביותר, אמר."),
        ]
    )

    /// How far apart in their beads (0 to 1) two degree words may stand and still be one rendering the other.
    static let farApart = 0.5

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        guard let sides = comparison.shiftSides(beadIndex) else { return [] }
        var out: [Finding] = []
        // Degree words: one of the same degree anywhere in the translation accounts for a word (word
        // order differs: «لم يُعَد بناء الكثير منها إلا جزئياً» puts 'many' before 'partly'); the rest
        // are paired in reading order.
        let ds = sides.source.hits(sides.sourceScales.intensityFinder), dt = sides.target.hits(sides.targetScales.intensityFinder)
        let places = (ds.map { sides.source.place(of: $0) ?? 0 }, dt.map { sides.target.place(of: $0) ?? 0 })
        let (s, t) = ScaleHit.unmatched(ds, dt, places: places) { a, b in
            !Set(sides.sourceScales.intensity[a.entry].ranks).isDisjoint(with: sides.targetScales.intensity[b.entry].ranks)
        }
        for (a, b) in zip(s, t) {
            // A word at one end of the original is not rendered at the other end of the translation.
            if let pa = sides.source.place(of: a), let pb = sides.target.place(of: b), abs(pa - pb) > Self.farApart { continue }
            let ra = sides.sourceScales.intensity[a.entry].ranks, rb = sides.targetScales.intensity[b.entry].ranks
            guard let steps = ra.flatMap({ x in rb.map { abs(x - $0) } }).min(), steps > 0 else { continue }
            var severity: Severity = steps >= 2 ? .major : .minor
            if b.quoted { severity = severity.raised }
            let up = (rb.max() ?? 0) > (ra.max() ?? 0)
            out.append(finding(comparison, beadIndex, a, b, severity,
                               "\(up ? "Stronger" : "Weaker") in the translation: \"\(comparison.text(.source, a.range))\" (degree \(ra.map(String.init).joined(separator: "/"))) rendered \"\(comparison.text(.target, b.range))\" (degree \(rb.map(String.init).joined(separator: "/")))\(b.quoted ? ", inside a quotation" : "").",
                               "lexicons/scales intensity"))
        }
        // In one language, a hedge put in a degree word's place or the reverse ("nearly paralysed" → "completely
        // paralysed"): two scales the pairing above keeps apart, brought together by the word-level diff.
        if comparison.source.document.language.language == comparison.target.document.language.language {
            let hedgesS = sides.source.hits(sides.sourceScales.hedgeFinder), hedgesT = sides.target.hits(sides.targetScales.hedgeFinder)
            // The word-level diff (and WordNet behind it) only where a hedge and a degree word stand on opposite sides.
            let possible = (!hedgesS.isEmpty && !dt.isEmpty) || (!ds.isEmpty && !hedgesT.isEmpty)
            for sub in possible ? WordingCheck.allSubstitutions(in: beadIndex, of: comparison) : [] {
                let hedgeToDegree = hedgesS.contains { $0.range.overlaps(sub.sourceRange) } && dt.contains { $0.range.overlaps(sub.targetRange) }
                let degreeToHedge = ds.contains { $0.range.overlaps(sub.sourceRange) } && hedgesT.contains { $0.range.overlaps(sub.targetRange) }
                guard hedgeToDegree || degreeToHedge,
                      let a = (hedgeToDegree ? hedgesS : ds).first(where: { $0.range.overlaps(sub.sourceRange) }),
                      let b = (hedgeToDegree ? dt : hedgesT).first(where: { $0.range.overlaps(sub.targetRange) }) else { continue }
                out.append(finding(comparison, beadIndex, a, b, b.quoted ? Severity.major.raised : .major,
                                   "\(hedgeToDegree ? "A hedge becomes a degree" : "A degree becomes a hedge"): \"\(sub.old)\" rendered \"\(sub.new)\".",
                                   "lexicons/scales hedges and intensity"))
            }
        }
        // Hedges around numbers: a different kind says something else about the figure.
        // A hedge qualifies a figure: it counts next to a number in digits or words, before it or, as
        // Arabic تقريبا, after it ("wenigstens" alone is 'at any rate', "quelques encouragements" 'a few').
        func functionWords(_ side: Comparison.Side) -> FunctionWords { FunctionWords.of(comparison.document(side).document.language.language) }
        func nextToNumber(_ text: BeadText, _ side: Comparison.Side, _ hit: ScaleHit) -> Bool {
            guard let (k, span) = hit.place else { return false }
            let tokens = text.tokens[k], numbers = comparison.document(side).facts[hit.sentence].numbers
            func isNumber(_ t: Int) -> Bool {
                t < tokens.count && (tokens[t].kind == .number || numbers.contains(where: { $0.range.lowerBound == tokens[t].range.lowerBound })
                                     || Self.proportionWords.contains(tokens[t].key)
                                     // "nearly a metre", « près d'un mètre »: one of a unit, before its noun.
                                     || (Self.oneArticles.contains(tokens[t].key) && t + 1 < tokens.count && tokens[t + 1].kind == .word)
                                     // Arabic counts two by the dual of the noun ("أكثر من ساعتين", 'more than two hours').
                                     || Self.isArabicDual(tokens[t]))
            }
            // « plus d'un mètre »: the hedge's own last word counts one.
            if Self.oneArticles.contains(tokens[span.upperBound - 1].key), span.upperBound < tokens.count, tokens[span.upperBound].kind == .word { return true }
            if span.upperBound < tokens.count {
                if isNumber(span.upperBound) { return true }
                // A short preposition may stand between: «более чем на 9%», "plus de la moitié" aside.
                let next = tokens[span.upperBound]
                if next.kind == .word, next.characterCount <= 3, functionWords(side).contains(key: next.key), isNumber(span.upperBound + 1) { return true }
            }
            if span.lowerBound > 0 {
                let previous = tokens[span.lowerBound - 1]
                if previous.kind == .number || numbers.contains(where: { $0.range.upperBound == previous.range.upperBound }) { return true }
            }
            return false
        }
        // The second end of a range ("от 180 до 220", « de 180 à 220 », «من 180 إلى 220») bounds nothing.
        func closesRange(_ text: BeadText, _ hit: ScaleHit) -> Bool {
            guard let (k, span) = hit.place, span.lowerBound >= 2 else { return false }
            let tokens = text.tokens[k]
            return tokens[span.lowerBound - 1].kind == .number
                && tokens[max(0, span.lowerBound - 4)..<(span.lowerBound - 1)].contains { Self.rangeOpeners.contains($0.key) }
        }
        let hs = sides.source.hits(sides.sourceScales.hedgeFinder).filter { nextToNumber(sides.source, .source, $0) && !closesRange(sides.source, $0) }
        let ht = sides.target.hits(sides.targetScales.hedgeFinder).filter { nextToNumber(sides.target, .target, $0) && !closesRange(sides.target, $0) }
        // "not more than" is at most.
        let turnedS = sides.source.negatedHedges(sides.sourceScales).hedges, turnedT = sides.target.negatedHedges(sides.targetScales).hedges
        func kindS(_ a: ScaleHit) -> String { turnedS.contains(a.range) ? "at-most" : sides.sourceScales.hedges[a.entry].kind }
        func kindT(_ b: ScaleHit) -> String { turnedT.contains(b.range) ? "at-most" : sides.targetScales.hedges[b.entry].kind }
        let sameKind = { (a: ScaleHit, b: ScaleHit) in kindS(a) == kindT(b) }
        // Hedges are paired by the figure they qualify where both sides write it ("nearly 38,000 … about
        // 28,500" against «يقارب … 38 ألف … أكثر من نحو 28500»): a hedge of the same kind on that figure answers
        // for it, and other hedges on it go with it. The rest are paired in reading order.
        func figure(_ text: BeadText, _ side: Comparison.Side, _ hit: ScaleHit) -> Double? {
            guard let (k, span) = hit.place else { return nil }
            let tokens = text.tokens[k], numbers = comparison.document(side).facts[hit.sentence].numbers
            for t in span.upperBound..<min(tokens.count, span.upperBound + 3) {
                if let n = numbers.first(where: { $0.range.lowerBound == tokens[t].range.lowerBound }) { return n.value }
            }
            if span.lowerBound > 0, let n = numbers.first(where: { $0.range.upperBound == tokens[span.lowerBound - 1].range.upperBound }) { return n.value }
            return nil
        }
        func figures(_ text: BeadText, _ side: Comparison.Side) -> Set<Double> {
            Set(text.sentences.flatMap { comparison.document(side).facts[$0].numbers.map(\.value) })
        }
        let inSource = figures(sides.source, .source), inTarget = figures(sides.target, .target)
        let ft = ht.map { figure(sides.target, .target, $0) }
        var pairs: [(ScaleHit, ScaleHit)] = [], restS: [ScaleHit] = [], usedT = Set<Int>()
        for a in hs {
            guard let v = figure(sides.source, .source, a), inTarget.contains(v) else { restS.append(a); continue }
            let onFigure = ht.indices.filter { ft[$0] == v && !usedT.contains($0) }
            if !onFigure.contains(where: { sameKind(a, ht[$0]) }), let k = onFigure.first { pairs.append((a, ht[k])) }
            usedT.formUnion(onFigure)
        }
        let restT = ht.indices.filter { !usedT.contains($0) && !(ft[$0].map(inSource.contains) ?? false) }.map { ht[$0] }
        pairs += ScaleHit.unmatchedPairs(restS, restT, matches: sameKind)
        for (a, b) in pairs {
            let ka = kindS(a), kb = kindT(b)
            guard ka != kb, !(Set([ka, kb]) == ["below", "about"]) else { continue }
            out.append(finding(comparison, beadIndex, a, b, b.quoted ? .critical : .major,
                               "The hedge changes: \"\(comparison.text(.source, a.range))\" (\(ka)) rendered \"\(comparison.text(.target, b.range))\" (\(kb)).",
                               "lexicons/scales hedges"))
        }
        return out
    }

    private func finding(_ c: Comparison, _ bead: Int, _ a: ScaleHit, _ b: ScaleHit, _ severity: Severity, _ message: String, _ evidence: String) -> Finding {
        Finding(check: "intensity.shift", severity: severity, message: message,
                source: c.span(.source, sentence: a.sentence, range: a.range), target: c.span(.target, sentence: b.sentence, range: b.range),
                expected: c.text(.source, a.range), found: c.text(.target, b.range), evidence: evidence, bead: bead)
    }

    /// An indefinite Arabic noun in the dual ("ساعتين", "يومين", "شهرين"): two of it, after a hedge.
    static func isArabicDual(_ token: Token) -> Bool {
        guard token.kind == .word, let first = token.text.unicodeScalars.first, (0x0600...0x06FF).contains(first.value),
              token.characterCount >= 4, !token.key.hasPrefix("ال") else { return false }
        return token.key.hasSuffix("تين") || token.key.hasSuffix("تان") || token.key.hasSuffix("ين") || token.key.hasSuffix("ان")
    }

    /// Indefinite articles that count one of a unit after a hedge ("more than a week", « plus d'une semaine »).
    static let oneArticles: Set<String> = ["a", "an", "un", "une", "d'un", "d'une", "d’un", "d’une", "una", "uno", "ein", "eine", "einen", "einer"]

    /// Words that state a proportion or a multiple without a figure ("nearly double", « plus de la moitié »,
    /// «почти вдвое», «نحو ضعف»): a hedge before one qualifies it as it would a number.
    /// Words that open a range of figures ("from 180 to 220").
    static let rangeOpeners: Set<String> = Set(["from", "between", "de", "entre", "от", "между", "من", "بين", "von", "zwischen", "desde", "מ", "בין"].map(WordKey.of))

    static let proportionWords: Set<String> = [
        "double", "twice", "triple", "treble", "half", "third", "thirds", "quarter", "quarters",
        "moitié", "tiers", "quart", "quarts",
        "вдвое", "втрое", "вчетверо", "половина", "половины", "половину", "треть", "трети", "четверть", "четверти",
        "ضعف", "ضعفي", "ضعفا", "أضعاف", "نصف", "ثلث", "ثلثي", "ربع",
        "doble", "mitad", "tercio", "tercios", "cuarto",
        "doppelt", "doppelte", "hälfte", "drittel", "viertel",
        "כפול", "מחצית", "שליש", "רבע",
    ]
}
