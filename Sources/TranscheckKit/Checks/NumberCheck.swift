/// Numbers compared by value across an aligned pair: "1,200" = "1 200" =
/// "١٬٢٠٠" = "twelve hundred"; "five months" ≠ "seven months".
public struct NumberCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "number",
        name: "Numbers",
        summary: "A figure of the original is changed, dropped or added in the translation (compared as values, whatever the script, grouping or spelling).",
        cases: [
            CheckCase("number.mismatch", .major, "A number of the original has a different value in the translation."),
            CheckCase("number.missing", .major, "A number of the original has no counterpart in the translation."),
            CheckCase("number.added", .minor, "The translation states a number the original does not."),
        ],
        triggeringExamples: [
            .triggers("number.mismatch", "en", "The 13th-century cloister is extremely fragile.", "fr", "Le cloître du XIVe siècle est extrêmement fragile."),
            .triggers("number.mismatch", "en", "The attack killed 1,200 people.", "fr", "L'attaque a tué 1 400 personnes."),
            .triggers("number.mismatch", "en", "The talks lasted five months.", "ru", "Переговоры длились семь месяцев."),
            .triggers("number.missing", "en", "The offensive has killed almost 37,600 people, officials said.", "ar", "قال مسؤولون إن الهجوم قتل عددا كبيرا من الناس."),
            .triggers("number.added", "en", "Officials said the shipment was delayed.", "he", "גורמים רשמיים אמרו כי המשלוח של 2,000 פצצות עוכב."),
        ],
        nonTriggeringExamples: [
            // A season's second year written short.
            .passes("en", "Export revenue may fall in the 2027-28 season.", "ar", "وقد تتراجع عائدات التصدير في موسم 2027-2028."),
            // A unit's symbol written onto its figure; a scale word across a comma is another phrase's.
            .passes("en", "The water temperature reached 24.5 degrees Celsius (76.1 F) on Monday.", "en", "The water temperature reached 24.5C (76.1F) on Monday."),
            .passes("en", "Built in 1986, thousands of homes stand empty.", "ar", "وبُنيت عام 1986، آلاف المنازل خالية."),
            // A century in Roman numerals, as French and Russian write it.
            .passes("en", "The 13th-century cloister is extremely fragile.", "fr", "Le cloître du XIIIe siècle est extrêmement fragile."),
            .passes("en", "The 17th-century church was damaged.", "ru", "Пострадала церковь XVII века."),
            // South African copy groups thousands with a space after the rand's R.
            .passes("en", "He said he had lost about 9,000 rand in fares since Monday.", "en", "He said he had lost about R9 000 in fares since Monday."),
            // Nigerian copy writes naira with N and trillions as "tn".
            .passes("en", "Subsidies cost more than 4 trillion naira ($2.6 billion) in 2026.", "en", "Subsidies cost more than N4tn ($2.6bn) in 2026."),
            // "both" and "a decade" carry their numbers.
            .passes("en", "Farmers in both countries say the protest was the largest in nearly a decade.", "fr", "Les planteurs des deux pays affirment que la manifestation est la plus importante depuis près de dix ans."),
            .passes("en", "The attack killed 1,200 people.", "fr", "L'attaque a tué 1 200 personnes."),
            .passes("en", "The attack killed 1,200 people.", "ar", "أسفر الهجوم عن مقتل ١٬٢٠٠ شخص."),
            .passes("en", "The talks lasted five months.", "ru", "Переговоры длились пять месяцев."),
            // A number inside a code ("G20", "K2") is the number written alone or spelled on the other side.
            .passes("en", "A deal may be signed at a G20 meeting in November.", "ru", "Соглашение может быть подписано на встрече «Группы двадцати» в ноябре."),
            .passes("de", "Der K2 ist 8611 Meter hoch.", "fr", "Le K 2 culmine à 8611 mètres."),
            // A long run of digits in an identifier is read without overflowing.
            .passes("en", "The file a1234567890123456789012345678 was 5 MB.", "fr", "Le fichier a1234567890123456789012345678 pesait 5 Mo."),
            .passes("en", "Losses reached 37.6 million dollars.", "de", "Die Verluste erreichten 37,6 Millionen Dollar."),
            .passes("en", "He met the one who led the talks.", "fr", "Il a rencontré celui qui menait les pourparlers."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard !bead.source.isEmpty else { return [] }  // an added sentence is reported as such
        var sourceNumbers = mentions(bead.source, comparison.source)
        var targetNumbers = mentions(bead.target, comparison.target)
        // Equal values cancel out, first come first served.
        for (i, s) in sourceNumbers.enumerated().reversed() {
            if let j = targetNumbers.firstIndex(where: { Self.equal($0.1.value, s.1.value) }) {
                targetNumbers.remove(at: j)
                sourceNumbers.remove(at: i)
            }
        }
        // A number written into a code on one side ("G20", one word) and alone on the other
        // («Группы двадцати», 'of the Group of Twenty') is the same value, not one added or missing.
        // (Read only when a number is left over on the other side: most beads have none.)
        if !sourceNumbers.isEmpty {
            let targetCodes = Self.codeValues(bead.target, comparison.target)
            sourceNumbers.removeAll { n in targetCodes.contains { Self.equal($0, n.1.value) } }
        }
        if !targetNumbers.isEmpty {
            let sourceCodes = Self.codeValues(bead.source, comparison.source)
            targetNumbers.removeAll { n in sourceCodes.contains { Self.equal($0, n.1.value) } }
        }
        // A number the original carries in a word ("both countries" → « les deux pays », "a decade" →
        // « dix ans »): the translation's spelled number of that value adds nothing.
        // (Looked up only when the translation has a spelled number to spare.)
        if targetNumbers.contains(where: { $0.1.isSpelled }) {
            let implied = Set(bead.source.flatMap { s in comparison.source.document.tokens(of: s).compactMap { Self.impliedNumbers[$0.key] } })
            if !implied.isEmpty { targetNumbers.removeAll { $0.1.isSpelled && implied.contains($0.1.value) } }
        }
        let strongSource = sourceNumbers.filter { !$0.1.isWeak }
        let strongTarget = targetNumbers.filter { !$0.1.isWeak }
        var out: [Finding] = []
        let paired = min(strongSource.count, strongTarget.count)
        for k in 0..<paired {
            let (ss, s) = strongSource[k], (ts, t) = strongTarget[k]
            out.append(Finding(
                check: "number.mismatch", severity: description.severity(of: "number.mismatch"),
                message: "Number changed: the original says \(s.text), the translation \(t.text).",
                source: comparison.span(.source, sentence: ss, range: s.range),
                target: comparison.span(.target, sentence: ts, range: t.range),
                expected: s.text, found: t.text,
                evidence: "values \(Self.format(s.value)) and \(Self.format(t.value)) differ", bead: beadIndex))
        }
        for (ss, s) in strongSource.dropFirst(paired) {
            // A spelled "two" is often carried by grammar instead ("both sides", an Arabic dual,
            // "между сторонами"): still reported, one level lower.
            let carried = s.isSpelled && s.value == 2 && !bead.target.isEmpty
            // An Arabic dual that renders the very noun the original counts («أسبوعين» for "two
            // weeks", «كيلومترين» for "2 kilometers") writes the two: noted only.
            let dual = s.value == 2 && !bead.target.isEmpty ? Self.dual(counting: s, in: ss, bead: bead, comparison) : nil
            out.append(Finding(
                check: "number.missing", severity: dual != nil ? .info : carried ? .minor : description.severity(of: "number.missing"),
                message: bead.target.isEmpty
                    ? "Number \(s.text) is lost with a sentence the translation leaves out."
                    : "Number \(s.text) of the original is missing from the translation.",
                source: comparison.span(.source, sentence: ss, range: s.range), target: nil,
                expected: s.text, found: nil,
                evidence: dual.map { "value 2 carried by the dual \"\($0)\"" }
                    ?? "value \(Self.format(s.value)) has no counterpart\(carried ? " (a spelled two, often rendered by a dual or \"both\")" : "")",
                bead: beadIndex))
        }
        for (ts, t) in strongTarget.dropFirst(paired) {
            out.append(Finding(
                check: "number.added", severity: description.severity(of: "number.added"),
                message: "Number \(t.text) appears in the translation but not in the original.",
                source: nil, target: comparison.span(.target, sentence: ts, range: t.range),
                expected: nil, found: t.text, evidence: "value \(Self.format(t.value)) has no counterpart", bead: beadIndex))
        }
        return out
    }

    /// The translation's word that renders, in the Arabic dual, the noun "two" counts in the original
    /// (one of the two words after it: "two weeks", "two fuel tankers"), if there is one. (Hebrew duals
    /// change their stem, שעה → שעתיים, and are not read.)
    static func dual(counting number: NumberMention, in sentence: Int, bead: Bead, _ comparison: Comparison) -> String? {
        let sl = comparison.source.document.language, tl = comparison.target.document.language
        guard tl.language == "ar", let dictionary = BilingualDictionary.load(source: sl, target: tl) else { return nil }
        let tokens = comparison.source.document.tokens(of: sentence)
        guard let at = tokens.firstIndex(where: { $0.range.lowerBound >= number.range.upperBound }) else { return nil }
        let sourceStemmer = Stemmer(language: sl), targetStemmer = Stemmer(language: tl)
        // The counted words: the two after the number, past a partitive "of the" ("two of the bridge's piers").
        let functionWords = FunctionWords.of(sl.language)
        let after = tokens[at...].prefix(5).filter { $0.kind == .word }
        let content = after.first.map { ["of", "de", "из"].contains($0.key) } == true ? Array(after.drop { functionWords.contains(key: $0.key) }) : Array(after)
        let counted = Set(content.prefix(2).flatMap { dictionary.targetIDs(ofSourceStem: sourceStemmer.stem($0.text)) })
        // And the stems of the term lexicon's renderings of those words ("plants" → «محطة»).
        var lexiconStems = Set<String>()
        for hit in comparison.sourceTerms.find(in: Array(content.prefix(2))) {
            for use in hit.uses where use.status != .deprecated { lexiconStems.formUnion(comparison.targetTerms.stems(of: use.concept, preferredOnly: false)) }
        }
        guard !counted.isEmpty || !lexiconStems.isEmpty else { return nil }
        for t in bead.target {
            for token in comparison.target.document.tokens(of: t) where token.kind == .word && token.key.count >= 4 {
                // أسبوعين, يومان, ساعتين: the word as the stemmer leaves it, and without its ending and a joined
                // preposition («لساعتين»). (A dual in a construct, «صهريجا وقود», looks like an accusative
                // «أياماً» unvowelled: not read.)
                for ending in ["ين", "ان"] where token.key.hasSuffix(ending) {
                    var bares = [String(token.key.dropLast(ending.count))]
                    if let first = bares[0].first, "وفبلك".contains(first), bares[0].count >= 4 { bares.append(String(bares[0].dropFirst())) }
                    guard bares.allSatisfy({ $0.count >= 3 }) else { continue }
                    var forms = [targetStemmer.stem(token.text)]
                    for bare in bares {
                        forms += [bare, targetStemmer.stem(bare)]
                        // A feminine noun writes its ة as ت before the ending («المحطتين», 'the two plants').
                        if bare.hasSuffix("ت") { forms.append(targetStemmer.stem(String(bare.dropLast()) + "ة")) }
                    }
                    for form in forms {
                        if let id = dictionary.targetID(ofStem: form), counted.contains(id) { return token.text }
                        if lexiconStems.contains(form) { return token.text }
                    }
                }
            }
        }
        return nil
    }

    /// Words that carry a number without writing it, in the languages originals are written in.
    static let impliedNumbers: [String: Double] = [
        "both": 2, "pair": 2, "couple": 2, "twice": 2, "twin": 2, "decade": 10, "dozen": 12, "fortnight": 14, "century": 100,
        "оба": 2, "обе": 2, "пара": 2, "дважды": 2, "десятилетие": 10, "десяток": 10, "décennie": 10, "douzaine": 12,
        "beide": 2, "beiden": 2, "jahrzehnt": 10, "ambos": 2, "ambas": 2, "década": 10, "docena": 12,
    ]

    /// Values of the digit runs inside words that also hold letters ("G20" → 20, "COVID-19" written as one word → 19).
    static func codeValues(_ sentences: [Int], _ doc: AnalyzedDocument) -> [Double] {
        var out: [Double] = []
        for s in sentences {
            for token in doc.document.tokens(of: s) {
                // In floating point: a long run of digits (an identifier, a hash) must not overflow.
                var run = 0.0, inRun = false, hasLetter = false
                var values: [Double] = []
                for scalar in token.text.unicodeScalars {
                    if let digit = Self.decimalDigit(scalar) {
                        run = run * 10 + digit
                        inRun = true
                    } else {
                        if inRun { values.append(run) }
                        run = 0
                        inRun = false
                        if !hasLetter, scalar.value < 0x80 ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic { hasLetter = true }
                    }
                }
                if inRun { values.append(run) }
                if hasLetter { out += values }
            }
        }
        return out
    }

    /// A decimal digit's value in any script (ASCII without a property look-up).
    private static func decimalDigit(_ scalar: Unicode.Scalar) -> Double? {
        if scalar.value < 0x80 { return scalar.value &- 0x30 < 10 ? Double(scalar.value - 0x30) : nil }
        return scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil
    }

    private func mentions(_ sentences: [Int], _ doc: AnalyzedDocument) -> [(Int, NumberMention)] {
        sentences.flatMap { s in doc.facts[s].numbers.map { (s, $0) } }
    }

    static func equal(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
