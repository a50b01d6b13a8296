/// In a same-language republication, a word-level diff of each aligned pair:
/// every substituted word is classified — a synonym (English WordNet) is
/// info, an antonym goes to `polarity.flip`, anything else is minor. Spelling
/// conventions (U.S./US, Defense/Defence, organise/organize), inflections,
/// numbers and names are not wording changes; words another check already
/// reports (terms, degree words) are left to it.
public struct WordingCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "wording",
        name: "Wording",
        summary: "In a same-language pair, a word of the original replaced by another that no lexicon classifies (synonyms are info; antonyms are polarity flips).",
        cases: [
            CheckCase("wording.changed", .minor, "A substitution in the wording (info when WordNet gives the two words a shared sense; antonyms are reported as polarity.flip)."),
        ],
        triggeringExamples: [
            .triggers("wording.changed", "en", "Gallant came to the State Department moments before his meeting with Blinken.", "en", "Gallant came to the State Department hours before his meeting with Blinken."),
            .triggers("wording.changed", "en", "The crowd sang outside the building for an hour.", "en", "The crowd danced outside the building for an hour."),
            // A concept's word where the original has a word no concept holds.
            .triggers("wording.changed", "en", "A reactor exploded at a pharmaceutical plant on Monday.", "en", "A boiler exploded at a pharmaceutical plant on Monday."),
            .triggers("wording.changed", "en", "Engineers had photographed one pump by Sunday evening.", "en", "Engineers had inspected one pump by Sunday evening."),
            .triggers("wording.changed", "fr", "M. Gallant est arrivé au département d'État quelques instants avant la réunion.", "fr", "M. Gallant est arrivé au département d'État quelques heures avant la réunion."),
            .triggers("wording.changed", "ru", "Галант прибыл в Госдепартамент незадолго до встречи с Блинкеном.", "ru", "Галант прибыл в Госдепартамент задолго до встречи с Блинкеном."),
        ],
        nonTriggeringExamples: [
            .passes("en", "Sen. Maria Lopez said the hospital had been attacked.", "en", "Senator Maria Lopez said the hospital had been attacked."),
            .passes("en", "The U.S. Defense Secretary met Gallant on Oct. 7.", "en", "The US Defence Secretary met Gallant on Oct. 7."),
            .passes("en", "The talks will continue, the minister said.", "en", "The talks will continue, the minister said."),
            .passes("en", "The reservoir fell 6 meters, about 3 percent, under the program.", "en", "The reservoir fell 6 metres, about 3 per cent, under the programme."),
            .passes("en", "It brought down part of a three-story building.", "en", "It brought down part of a three-storey building."),
            // A unit for its symbol, a compass adjective for its point, two words of change the same way (info).
            .passes("en", "Demand reached 4,100 megawatts in northern Ontario.", "en", "Demand reached 4,100 MW in north Ontario."),
            .passes("en", "Imports reached 1.1 million tonnes, the agriculture department said.", "en", "Imports reached 1.1 million metric tons, the DA said."),
            .passes("en", "Doctors feared diarrheal disease and anemia; 500 tons of rice arrived.", "en", "Doctors feared diarrhoeal disease and anaemia; 500 tonnes of rice arrived."),
            .passes("fr", "Les pourparlers se poursuivront, a déclaré le ministre.", "fr", "Les pourparlers se poursuivront, a déclaré le ministre."),
            .passes("ru", "Переговоры продолжатся, заявил министр.", "ru", "Переговоры продолжатся, заявил министр."),
        ]
    )

    /// A substituted run of words in a same-language pair, with WordNet's verdict on single words.
    struct Substitution {
        let sourceSentence: Int, targetSentence: Int
        let sourceRange: Range<Int>, targetRange: Range<Int>
        let old: String, new: String
        let relation: WordNet.Relation?
        /// Two words of change, through the scales: false for opposite ways ("ease" → "strengthen", "rose" → "fell"),
        /// true for the same way ("increases" → "rises").
        let sameDirection: Bool?
        var oppositeDirection: Bool { sameDirection == false }
        /// What the polarity check reports: an antonym or a direction reversed.
        var isOpposite: Bool { relation == .antonym || oppositeDirection }
        /// A rewording that keeps the meaning: WordNet synonyms, or two words of change the same way.
        var isSynonym: Bool { relation == .synonym || sameDirection == true }
        /// Inside a quotation of the translation: the quote check reports it, the glossary still learns from it.
        let quoted: Bool
    }

    /// The substitutions of a bead that no other check speaks for (shared with `PolarityFlipCheck`,
    /// which reports the antonyms).
    static func substitutions(in beadIndex: Int, of comparison: Comparison) -> [Substitution] {
        comparison.memo.value("substitutions", bead: beadIndex) { computeSubstitutions(beadIndex, comparison, skippingClaimed: true) }
    }

    /// Every word-for-word substitution of a bead, lexicon words included (what `glossary suggest` learns from).
    static func allSubstitutions(in beadIndex: Int, of comparison: Comparison) -> [Substitution] {
        comparison.memo.value("substitutions-all", bead: beadIndex) { computeSubstitutions(beadIndex, comparison, skippingClaimed: false) }
    }

    private static func computeSubstitutions(_ beadIndex: Int, _ comparison: Comparison, skippingClaimed: Bool) -> [Substitution] {
        let bead = comparison.alignment[beadIndex]
        guard !bead.source.isEmpty, !bead.target.isEmpty,
              comparison.source.document.language.language == comparison.target.document.language.language,
              let sides = comparison.shiftSides(beadIndex) else { return [] }
        let language = comparison.source.document.language.language
        let functionWords = FunctionWords.of(language)
        // Words other checks speak for.
        func claimed(_ text: BeadText, _ lexicon: ScaleLexicon, _ terms: TermIndex, _ side: Comparison.Side) -> (all: [Range<Int>], terms: [Range<Int>], preferred: [Range<Int>]) {
            // Not the antonym pairs: they speak only for a word put against its listed opposite (handled below);
            // "ease" → "strengthen" is no listed pair and would otherwise go unreported.
            var out = [lexicon.intensityFinder, lexicon.hedgeFinder, lexicon.modalityFinder, lexicon.negationFinder, lexicon.attributionFinder,
                       lexicon.sizeFinder]
                .flatMap { text.hits($0).map(\.range) }
            var termRanges: [Range<Int>] = [], preferred: [Range<Int>] = []
            for (k, tokens) in text.tokens.enumerated() {
                // Only words the term check speaks for: a concept's preferred or admitted rendering. A word
                // listed only as some concept's wrong sense ("deaths" under casualties) is a word like any other.
                let hits = terms.find(in: tokens, words: text.words[k])
                termRanges += hits.filter { $0.uses.contains { $0.status != .deprecated } }.map { text.range(k, $0.tokens) }
                preferred += hits.filter { $0.uses.contains { $0.status == .preferred } }.map { text.range(k, $0.tokens) }
                // Names, dates and numbers are their own checks' ("Monday" → "Friday" is a date changed).
                let facts = comparison.document(side).facts[text.sentences[k]]
                out += facts.names.map(\.range) + facts.dates.map(\.range) + facts.numbers.map(\.range)
            }
            return (out + termRanges, termRanges, preferred)
        }
        let a = sides.source.tokens.flatMap { $0 }, b = sides.target.tokens.flatMap { $0 }
        let ka = zip(a, sides.source.words.flatMap { w in (0..<w.count).map { w.stems($0) } }).map { spellingKey($0, stem: $1.first) }
        let kb = zip(b, sides.target.words.flatMap { w in (0..<w.count).map { w.stems($0) } }).map { spellingKey($0, stem: $1.first) }
        // Most sentences of a republication are unchanged: nothing more to read.
        let differences = substitutions(ka, kb)
        guard !differences.isEmpty else { return [] }
        let (sourceClaimed, sourceTerms, sourcePreferred) = skippingClaimed ? claimed(sides.source, sides.sourceScales, comparison.sourceTerms, .source) : ([], [], [])
        let (targetClaimed, targetTerms, _) = skippingClaimed ? claimed(sides.target, sides.targetScales, comparison.targetTerms, .target) : ([], [], [])
        var out: [Substitution] = []
        for (ra, rb) in differences {
            let sa = Array(a[ra]), sb = Array(b[rb])
            guard sa.allSatisfy({ $0.kind == .word }), sb.allSatisfy({ $0.kind == .word }) else { continue }
            let claimedA = sa.contains(where: { t in sourceClaimed.contains { $0.overlaps(t.range) } })
            let claimedB = sb.contains(where: { t in targetClaimed.contains { $0.overlaps(t.range) } })
            if claimedA && claimedB { continue }
            if sameWords(a[ra], b[rb], ka[ra], kb[rb]) { continue }
            // A word against its listed opposite is the polarity check's.
            if skippingClaimed, listedOpposites(sa, sb, sides.source, sides.target, sides.sourceScales, sides.targetScales) { continue }
            // Swapped function words ("of" → "for") are grammar, not meaning.
            if (sa + sb).allSatisfy({ functionWords.contains(key: $0.key) }) { continue }
            let sourceRange = sa.first!.range.lowerBound..<sa.last!.range.upperBound
            let targetRange = sb.first!.range.lowerBound..<sb.last!.range.upperBound
            let quoted = sides.target.isQuoted(targetRange)
            // WordNet reads from disk: only for what a check reports (quoted words are the quote check's),
            // or for everything when the glossary learns from the pair.
            let relation = language == "en" && sa.count == 1 && sb.count == 1 && (!quoted || !skippingClaimed)
                ? WordNet.shared?.relation(sa[0].text, sb[0].text) : nil
            // A word other checks speak for on one side only is still read for its opposite: "unlikely"
            // → "likely" pairs no modal marker of the original, so nothing else reports it.
            // A concept's word put in place of a word no concept holds ("reactor" → "boiler"): the term check
            // reads only the original's concepts, so the substitution is this check's to report.
            let conceptOnlyInTarget = !claimedA && claimedB && targetClaimed.filter { r in sb.contains { r.overlaps($0.range) } }
                .allSatisfy { r in targetTerms.contains(r) }
            // And the reverse, a concept's admitted word ("repaired") put out for a word no concept holds ("replaced"):
            // the term check reports a missing rendering for a preferred word only.
            let onSource = sourceClaimed.filter { r in sa.contains { r.overlaps($0.range) } }
            let admittedOnlyInSource = claimedA && !claimedB && onSource.allSatisfy { r in sourceTerms.contains(r) && !sourcePreferred.contains(r) }
            let sameDirection = Self.sameDirection(sa, sb, sides.source, sides.target, sides.sourceScales, sides.targetScales)
            if (claimedA || claimedB) && !conceptOnlyInTarget && !admittedOnlyInSource && (quoted || (relation != .antonym && sameDirection != false)) { continue }
            out.append(Substitution(
                sourceSentence: comparison.sentence(.source, containing: sourceRange.lowerBound, among: bead.source),
                targetSentence: comparison.sentence(.target, containing: targetRange.lowerBound, among: bead.target),
                sourceRange: sourceRange, targetRange: targetRange,
                old: comparison.text(.source, sourceRange), new: comparison.text(.target, targetRange), relation: relation,
                sameDirection: sameDirection, quoted: quoted))
        }
        return out
    }

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        // Inside a quotation the quote check reports the rewording.
        Self.substitutions(in: beadIndex, of: comparison).filter { !$0.isOpposite && !$0.quoted }.map { s in
            Finding(check: "wording.changed", severity: s.isSynonym ? .info : .minor,
                    message: "\"\(s.old)\" is reworded \"\(s.new)\"\(s.isSynonym ? " (a synonym)" : "").",
                    source: comparison.span(.source, sentence: s.sourceSentence, range: s.sourceRange),
                    target: comparison.span(.target, sentence: s.targetSentence, range: s.targetRange),
                    expected: s.old, found: s.new, evidence: s.relation == .synonym ? "WordNet synonyms" : s.sameDirection == true ? "lexicons/scales direction: the same way" : "word-level difference", bead: beadIndex)
        }
    }

    /// Whether the two runs hold the two words of one antonym pair of the scales.
    private static func listedOpposites(_ a: [Token], _ b: [Token], _ source: BeadText, _ target: BeadText, _ sl: ScaleLexicon, _ tl: ScaleLexicon) -> Bool {
        let ha = source.hits(sl.antonymFinder).filter { h in a.contains { h.range.overlaps($0.range) } }
        guard !ha.isEmpty else { return false }
        let hb = target.hits(tl.antonymFinder).filter { h in b.contains { h.range.overlaps($0.range) } }
        return ha.contains { x in hb.contains { $0.entry / 2 == x.entry / 2 && $0.entry % 2 != x.entry % 2 } }
    }

    /// Whether both runs are words of change the same way ("increases" → "rises") or opposite ways ("eased" →
    /// "strengthened"); nil unless each is all words of one way. Not the bare "up"/"down", which move nothing away
    /// from a figure ("set up").
    private static func sameDirection(_ a: [Token], _ b: [Token], _ source: BeadText, _ target: BeadText, _ sl: ScaleLexicon, _ tl: ScaleLexicon) -> Bool? {
        func way(_ run: [Token], _ text: BeadText, _ l: ScaleLexicon) -> Bool? {
            let hits = text.hits(l.directionFinder).filter { h in run.contains { h.range.overlaps($0.range) } }
                .filter { !["up", "down"].contains(l.directions[$0.entry].form) }
            guard let first = hits.first, hits.allSatisfy({ l.directions[$0.entry].up == l.directions[first.entry].up }),
                  run.allSatisfy({ t in hits.contains { $0.range.overlaps(t.range) } }) else { return nil }
            return l.directions[first.entry].up
        }
        guard let x = way(a, source, sl), let y = way(b, target, tl) else { return nil }
        return x == y
    }

    /// A word's key for the diff: its stem, with periods and British/American spelling folded,
    /// so "U.S."/"US", "Defense"/"Defence" and "said"/"says" differ in nothing.
    static func spellingKey(_ token: Token, stem: String?) -> String {
        guard token.kind == .word, let k = stem else { return token.key }
        return foldSpelling(k)
    }

    /// A word (or stem) with periods dropped and British spellings written American
    /// ("rumours" → "rumors", "metres" → "meters", "programme" → "program").
    static func foldSpelling(_ word: String) -> String {
        var k = word
        if k.containsBytes(".") { k.removeAll { $0 == "." } }
        for (british, american) in Self.britishSpellings where k.containsBytes(british) {
            k = k.replacingBytes(british, with: american)
        }
        return k
    }

    /// English titles and their wire abbreviations (keys without the period).
    static let titleAbbreviations: [String: String] = [
        "sen": "senator", "rep": "representative", "gov": "governor", "lt": "lieutenant", "gen": "general", "col": "colonel",
        "sgt": "sergeant", "capt": "captain", "cmdr": "commander", "adm": "admiral", "maj": "major", "prof": "professor",
        "dr": "doctor", "atty": "attorney", "supt": "superintendent", "insp": "inspector", "brig": "brigadier", "pres": "president",
        "amb": "ambassador", "rev": "reverend", "sr": "senior", "jr": "junior", "st": "saint", "mt": "mount", "ft": "fort",
    ]

    /// Units and the symbols house styles write them with (keys; the unit singular, spelt American).
    static let unitSymbols: [String: String] = [
        "mw": "megawatt", "kw": "kilowatt", "gw": "gigawatt", "km": "kilometer", "cm": "centimeter", "mm": "millimeter",
        "kg": "kilogram", "ha": "hectare", "kwh": "kilowatt-hour", "mwh": "megawatt-hour", "gwh": "gigawatt-hour",
    ]

    /// Whole British words whose American spelling no folding rule reaches (keys of the full words).
    static let britishWords: [String: String] = [
        "storey": "story", "storeys": "stories", "kerb": "curb", "kerbs": "curbs", "tyre": "tire", "tyres": "tires", "grey": "gray",
        "plough": "plow", "ploughs": "plows", "cheque": "check", "cheques": "checks", "aluminium": "aluminum", "sceptical": "skeptical",
        "mould": "mold", "gaol": "jail", "pyjamas": "pajamas", "sulphur": "sulfur", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    ]

    /// British spellings and their American forms, folded in this order; the Greek and Latin digraphs
    /// of medical words (diarrhoea, anaemia, paediatric, oestrogen, foetus) included.
    private static let britishSpellings: [(StaticString, StaticString)] = [("isat", "izat"), ("ractis", "ractic"), ("is", "iz"), ("ys", "yz"), ("our", "or"), ("enc", "ens"),
                                                                           ("tre", "ter"), ("ll", "l"), ("mme", "m"), ("ogue", "og"),
                                                                           ("hoea", "hea"), ("aem", "em"), ("aed", "ed"), ("aest", "est"), ("oes", "es"), ("oet", "et"), ("tonne", "ton")]

    /// The same words spelt or split another way: "metres"/"meters" (stems differ), "per cent"/"percent".
    static func sameWords(_ a: ArraySlice<Token>, _ b: ArraySlice<Token>, _ ka: ArraySlice<String>, _ kb: ArraySlice<String>) -> Bool {
        if ka.joined() == kb.joined() { return true }
        // A title abbreviated on one side and spelt out on the other ("Sen." / "Senator").
        if a.count == 1, b.count == 1, let x = a.first.map({ foldSpelling($0.key) }), let y = b.first.map({ foldSpelling($0.key) }),
           titleAbbreviations[x] == y || titleAbbreviations[y] == x || britishWords[x] == y || britishWords[y] == x { return true }
        // A unit for its symbol ("8,942 megawatts" / "8,942 MW").
        if a.count == 1, b.count == 1, let x = a.first?.key, let y = b.first?.key {
            func unit(_ word: String) -> String { foldSpelling(word.hasSuffix("s") ? String(word.dropLast()) : word) }
            if unitSymbols[x].map(foldSpelling) == unit(y) || unitSymbols[y].map(foldSpelling) == unit(x) { return true }
        }
        // A compass point for its adjective ("north Delhi" / "northern Delhi", "south-east" / "south-eastern").
        if a.count == 1, b.count == 1, let x = a.first?.key, let y = b.first?.key,
           x + "ern" == y || y + "ern" == x, ["north", "south", "east", "west"].contains(where: { x.hasSuffix($0) || y.hasSuffix($0) }) { return true }
        // "metric tons" for "tonnes": the same unit with its American qualifier.
        let fa = a.map { foldSpelling($0.key) }.filter { $0 != "metric" }, fb = b.map { foldSpelling($0.key) }.filter { $0 != "metric" }
        if fa.joined() == fb.joined() { return true }
        // A body's initials for its name, in either order ("agriculture department" → "DA"), with at most one
        // letter more for the country its full name adds ("central bank" → "CBN", the Central Bank of Nigeria).
        if let (initials, words) = a.count == 1 ? (a.first!, b) : b.count == 1 ? (b.first!, a) : nil, words.count >= 2,
           AttributionCheck.isAcronym(initials.text) {
            var letters = Array(initials.text.lowercased())
            let firsts = words.compactMap { $0.key.first }
            if letters.count <= firsts.count + 1, firsts.allSatisfy({ f in letters.firstIndex(of: f).map { letters.remove(at: $0) } != nil }) { return true }
        }
        return false
    }

    /// Runs of one to three words replaced by one to three words (a longest-common-subsequence diff);
    /// pure insertions and deletions are left to the addition, omission and attribution checks.
    static func substitutions(_ a: [String], _ b: [String]) -> [(Range<Int>, Range<Int>)] {
        let n = a.count, m = b.count
        guard n > 0, m > 0, n * m <= 40_000 else { return [] }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [(Range<Int>, Range<Int>)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { i += 1; j += 1; continue }
            let si = i, sj = j
            while i < n || j < m {
                if i < n, j < m, a[i] == b[j] { break }
                if j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) { i += 1 } else { j += 1 }
            }
            if i > si, j > sj, i - si <= 3, j - sj <= 3 { out.append((si..<i, sj..<j)) }
        }
        return out
    }
}
