/// Who an attribution cites: the words after "according to", "citing",
/// "selon", "وفقا ل", "по данным" up to the next punctuation (four content
/// words at most), or the speaker next to a reporting verb — before it ("the
/// state news agency reported") or after it ("a rapporté un journal",
/// "сообщило агентство", "وقالت الوكالة") — and whether two of them cite
/// different sources: "according to the transport ministry" against "وفقا
/// لهيئة الميناء" ('the port authority'). Across languages the words are
/// compared through both FreeDict directions and cognates; sources are called
/// different only when both sides have words the dictionaries know and none of
/// them meet; across languages names are left to the name checks.
struct AttributedSource {
    struct Word { let token: Token; let stems: [String] }
    /// Which way from the hit the cited words are read.
    enum Direction { case after, before }

    let words: [Word]
    let range: Range<Int>?
    let direction: Direction
    /// A speaker of one word set off by a reporting verb in the original ("the institute said"): compared by kind only.
    var lone = false
    /// True when the words and their verb stand apart from the rest of the sentence, as a
    /// speaker does: ", the state news agency reported," or ", a rapporté un journal," — the
    /// phrase ends at punctuation or the sentence's edge, and so does the verb's other side.
    let setOff: Bool
    /// What kind of source the words name ("ministry": state, "СМИ": media), from the scales
    /// lexicon's `sources` lists; names included, as "High Commission" still names a state body.
    let kinds: Set<String>
    /// For words that name no kind but a body's name or initials: the kinds the text introduced that name with.
    let introducedKinds: Set<String>
    /// Where the words naming those kinds are ("news agency", "وكالة الأنباء").
    let kindRanges: [Range<Int>]
    /// What the state body among them is in charge of ("health", "emergencies"), from the scales' `portfolios`.
    let portfolios: Set<String>

    /// Adverbs that stand where a speaker would and name no one ("So far donors have pledged").
    static let adverbs: Set<String> = ["far", "also", "still", "already", "now", "then", "however", "meanwhile", "later", "earlier", "since", "yet"]

    /// The capitalised words of the cited words written in Latin letters only.
    static func latinNames(_ words: [Word]) -> Set<String> {
        Set(words.filter { w in w.token.text.first?.isUppercase == true && w.token.text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic } }.map(\.token.text))
    }

    /// The original and the translation are written in different scripts.
    private static func crossScript(_ c: Comparison) -> Bool {
        SentenceProfile.dominantScript(c.source.document) != SentenceProfile.dominantScript(c.target.document)
    }

    /// English words that open a speaker written after its verb.
    static let speakerOpeners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "one", "two", "three", "several", "some", "another", "state-run", "state"]

    /// Subject pronouns that open a reported clause after its verb.
    static let clausePronouns: [String: Set<String>] = [
        "en": ["he", "she", "they", "it", "we", "i", "you", "there"], "fr": ["il", "elle", "ils", "elles", "on"],
        "ru": ["он", "она", "они", "оно", "мы", "я"], "de": ["er", "sie", "es", "wir"], "es": ["él", "ella", "ellos", "ellas"],
    ]

    /// "As" words that open a parenthetical attribution ("как сообщили в …", "comme l'indique …").
    static let asWords: Set<String> = ["как", "comme", "as", "كما", "wie", "como", "כפי"]

    /// Quotation marks that open a quoted name.
    private static let openingMarks = Set("«“„\"".unicodeScalars)

    /// Marks that end a cited phrase; looked up per scalar (a search of a string per character cost more than the phrase).
    private static let punctuation = Set(",.;:()«»\"“”!?—–،؛؟".unicodeScalars)

    /// The cited words on one side of an attribution's hit, up to punctuation.
    init(_ direction: Direction, of hit: ScaleHit, in text: BeadText, side: Comparison.Side, comparison: Comparison) {
        self.direction = direction
        guard let (k, span) = hit.place else { words = []; range = nil; setOff = false; kinds = []; introducedKinds = []; kindRanges = []; portfolios = []; return }
        let tokens = text.tokens[k], file = comparison.document(side).document.file
        func isPunctuation(_ gap: String) -> Bool { gap.unicodeScalars.contains(where: Self.punctuation.contains) }
        let language = comparison.document(side).document.language.language
        let scales = ScaleLexicon.of(language)
        let functionWords = FunctionWords.of(language), complementizers = scales.complementizerKeys
        var out: [Word] = []
        var near = hit.range
        var t = direction == .after ? span.upperBound : span.lowerBound - 1
        // A pronoun after the verb opens the reported clause ("…, said she had not eaten since Sunday"): no speaker there.
        if direction == .after, t < tokens.count, Self.clausePronouns[language]?.contains(tokens[t].key) == true {
            words = []; range = nil; setOff = false; kinds = []; introducedKinds = []; kindRanges = []; portfolios = []; return
        }
        var bounded = false, atEdge = false
        var read = t..<t
        // Four content words within seven tokens: a speaker or a source, not the clause that follows.
        while out.count < 4, abs(t - (direction == .after ? span.upperBound : span.lowerBound - 1)) < 7 {
            guard t >= 0, t < tokens.count else { bounded = true; atEdge = true; break }
            let token = tokens[t]
            // Punctuation between two words ends the phrase ("according to officials, the …").
            var gap = file.string(direction == .after ? near.upperBound..<token.range.lowerBound : token.range.upperBound..<near.lowerBound)
            // An abbreviation's own full stop ("the U.S. Geological Survey", "the U.N. agency") ends nothing.
            let before = direction == .after ? file.string(near) : token.text
            if gap.hasPrefix("."), before.contains("."), before.count <= 5 { gap.removeFirst() }
            // Nor does a plural's possessive apostrophe ("the Date Farmers' Association").
            if direction == .after, gap.hasPrefix("'") || gap.hasPrefix("\u{2019}"), before.hasSuffix("s") { gap.removeFirst() }
            // Not an opening quotation mark before the first word: a quoted name ("сообщили в «Ленской паромной компании»").
            if direction == .after, out.isEmpty, !gap.isEmpty, gap.unicodeScalars.allSatisfy({ Self.openingMarks.contains($0) || $0.properties.isWhitespace }) { gap = "" }
            // So does the word that opens the reported clause ("وقالت صحيفة معارضة إن …").
            if isPunctuation(gap) || text.words[k].forms(t).contains(where: complementizers.contains) { bounded = true; break }
            if token.kind == .word, token.characterCount >= 3, !text.words[k].forms(t).contains(where: { functionWords.contains(key: $0) }),
               !Self.adverbs.contains(token.key) {
                out.append(Word(token: token, stems: text.words[k].stems(t)))
            }
            near = token.range
            read = min(read.lowerBound, t)..<max(read.upperBound, t + 1)
            t += direction == .after ? 1 : -1
        }
        // Four content words read and the phrase not yet closed: it is still a speaker when only
        // function words stand between it and punctuation ("…, the state news agency Kazinform
        // reported"); a subject of four words opening the sentence is left as it was.
        if !bounded, out.count == 4 {
            var u = t, n = 0
            while n < 3 {
                guard u >= 0, u < tokens.count else { break }
                let gap = file.string(direction == .after ? near.upperBound..<tokens[u].range.lowerBound : tokens[u].range.upperBound..<near.lowerBound)
                if isPunctuation(gap) { bounded = true; break }
                guard text.words[k].forms(u).contains(where: { functionWords.contains(key: $0) }) else { break }
                near = tokens[u].range
                u += direction == .after ? 1 : -1
                n += 1
            }
        }
        if direction == .before { out.reverse() }
        // The verb's other side: the next token after "reported", the one before "a rapporté".
        var other = direction == .before ? span.upperBound : span.lowerBound - 1
        var edge = hit.range
        // "как утверждают в Минэнерго", "comme l'affirme le ministère": an "as" before the verb belongs to it.
        if direction == .after, other >= 0, other < tokens.count, Self.asWords.contains(tokens[other].key) {
            edge = tokens[other].range
            other -= 1
        }
        let otherGap = other < 0 || other >= tokens.count ? "," :
            file.string(direction == .before ? edge.upperBound..<tokens[other].range.lowerBound : tokens[other].range.upperBound..<edge.lowerBound)
        // A subject that opens the sentence is a speaker too ("The chamber of commerce estimated losses at …").
        setOff = bounded && (isPunctuation(otherGap) || (direction == .before && atEdge))
        words = out
        range = out.isEmpty ? nil : out.first!.token.range.lowerBound..<out.last!.token.range.upperBound
        // A kind (or a portfolio) that opens inside the cited words is theirs even where it runs on past the
        // four read ("وفقا لأرقام نشرتها منظمة الصحة العالمية").
        func opensInside(_ h: ScaleHit) -> Bool {
            guard let (hk, tokens) = h.place, hk == k else { return false }
            return read.contains(tokens.lowerBound)
        }
        let kindHits = text.hits(scales.sourceKindFinder).filter(opensInside)
        kinds = Set(kindHits.map { scales.sourceKinds[$0.entry].kind })
        // A body cited by its name alone ("selon l'ASN") is of the kind its text introduced it with
        // (« l'Autorité de sûreté nucléaire (ASN) », "the company Volgakhim").
        var introduced = Set<String>()
        if kinds.isEmpty, out.contains(where: { $0.token.text.contains(where: \.isUppercase) }) {
            let known = Self.introducedKinds(side, comparison)
            for w in out { introduced.formUnion(known[SentenceAnalyzer.withoutElision(w.token.key)] ?? []) }
        }
        introducedKinds = introduced
        let portfolioHits = text.hits(scales.portfolioFinder).filter(opensInside)
        kindRanges = kindHits.map(\.range)
        portfolios = Set(portfolioHits.map { scales.portfolios[$0.entry].kind })
    }

    /// The kinds of source a document gives its named bodies where it introduces them: a kind word and
    /// the name after it, or initials within four words ("the nuclear safety authority ASN", « l'Autorité de
    /// sûreté nucléaire (ASN) », «هيئة سلامة الطيران ASN»), keyed by the name's word key. Read once per document.
    static func introducedKinds(_ side: Comparison.Side, _ comparison: Comparison) -> [String: Set<String>] {
        let analyzed = comparison.document(side)
        return analyzed.memo.value("introduced source kinds") {
            let doc = analyzed.document, scales = ScaleLexicon.of(doc.language.language)
            var out: [String: Set<String>] = [:]
            for s in doc.sentences.indices {
                let text = BeadText(side, [s], comparison)
                let tokens = text.tokens[0]
                for hit in text.hits(scales.sourceKindFinder) {
                    guard let (_, span) = hit.place else { continue }
                    // The name straight after the kind word ("the company Volgakhim"), or initials within four words
                    // (not a person after a title: "the company's chief executive John Smith").
                    for t in span.upperBound..<min(tokens.count, span.upperBound + 4) {
                        let token = tokens[t]
                        guard token.kind == .word else { break }
                        if (t == span.upperBound && token.isCapitalized) || AttributionCheck.isAcronym(token.text) {
                            out[SentenceAnalyzer.withoutElision(token.key), default: []].insert(scales.sourceKinds[hit.entry].kind)
                        }
                    }
                }
            }
            return out
        }
    }

    /// The words a hit cites: after a phrase ("according to X"); on either side of a reporting verb
    /// when they are set off as a speaker (a verb's object or the clause it reports is not a source).
    /// In the original only a speaker of two content words or more counts: a lone "officials",
    /// "police" or "sources" is rendered too freely ("autorités", "responsables") for the
    /// dictionaries to follow.
    static func cited(by hit: ScaleHit, isPhrase: Bool, in text: BeadText, side: Comparison.Side, comparison: Comparison) -> [AttributedSource] {
        if isPhrase { return [AttributedSource(.after, of: hit, in: text, side: side, comparison: comparison)].filter { $0.range != nil } }
        // A lone word of a kind counts ("the institute said"): `differ` compares it by its kind only.
        let least = side == .source ? 2 : 1
        // In one language any lone speaker is kept: nothing was translated, a word for a word is compared.
        let sameLanguage = comparison.source.document.language.language == comparison.target.document.language.language
        // English puts a speaker after its verb with a determiner or a name ("said the ministry", "said a
        // spokesman", "said Rao"); a bare common noun there is the verb's object ("announced compensation of …").
        var directions: [Direction] = [.before, .after]
        if comparison.document(side).document.language.language == "en", let (k, span) = hit.place, span.upperBound < text.tokens[k].count {
            let next = text.tokens[k][span.upperBound]
            if next.kind == .word, !next.isCapitalized, !Self.speakerOpeners.contains(next.key) { directions = [.before] }
        }
        return directions.map { direction -> AttributedSource in
            var cited = AttributedSource(direction, of: hit, in: text, side: side, comparison: comparison)
            cited.lone = side == .source && cited.words.count == 1
            return cited
        }.filter { $0.setOff && ($0.words.count >= least || ($0.lone && (!$0.kinds.isEmpty || sameLanguage))) }
    }

    /// Both name a kind of source and the kinds share nothing, or both name state bodies in charge of
    /// different things ("the Emergencies Ministry" against «Министерство здравоохранения», the health ministry).
    func kindsDiffer(from other: AttributedSource) -> Bool {
        guard !kinds.isEmpty, !other.kinds.isEmpty else { return false }
        return kinds.isDisjoint(with: other.kinds) || (!portfolios.isEmpty && !other.portfolios.isEmpty && portfolios.isDisjoint(with: other.portfolios))
    }

    /// True when the two cite sources nothing links: no shared stem, dictionary rendering or
    /// cognate, with words known to the dictionaries on both sides (names aside, across languages).
    /// `targetStems`: every stem of the translated sentences; a cited source rendered anywhere
    /// there is still cited (the translation may pair its attributions otherwise).
    /// Whether a translation of one side is among the other side's stems, or begins one of them: a
    /// word derived from the noun translated ("government" → gouvernement → « gouvernementale »).
    /// English words naming a body's papers or figures rather than another source.
    static let records: Set<String> = ["records", "record", "documents", "document", "papers", "files", "filings", "data", "figures",
                                       "statistics", "tallies", "tally", "estimates", "count", "documentation"]

    /// English words naming where a source said something, not who: its statement, website or post.
    static let channels: Set<String> = ["statement", "statements", "website", "websites", "site", "posted", "published", "released", "release",
                                        "communique", "post", "posts", "page", "account", "channel", "bulletin", "notice", "briefing"]

    static func meets(_ rendered: Set<String>, _ stems: Set<String>) -> Bool {
        if !rendered.isDisjoint(with: stems) { return true }
        return rendered.contains { r in r.count >= 5 && stems.contains { $0.count > r.count && $0.hasPrefix(r) } }
    }

    /// English words for a country's own level of government, which house styles trade (stems).
    static let nationalLevel: Set<String> = ["feder", "union", "central", "nation"]

    /// Whether an acronym's letters are the first letters of two words or more, with at most one letter more
    /// for the country or the "Limited" its full name adds (as `WordingCheck` allows).
    static func initials(_ acronym: Word, spell words: [Word]) -> Bool {
        var letters = Array(acronym.token.text.lowercased())
        guard words.count >= 2, letters.count <= words.count + 1 else { return false }
        for w in words {
            guard let first = w.token.key.first, let k = letters.firstIndex(of: first) else { return false }
            letters.remove(at: k)
        }
        return true
    }

    static func differ(_ a: AttributedSource, _ b: AttributedSource, comparison: Comparison, names: (source: [Range<Int>], target: [Range<Int>]),
                       targetStems: Set<String>) -> Bool {
        guard a.range != nil, b.range != nil else { return false }
        let sl = comparison.source.document.language, tl = comparison.target.document.language
        // Sources of different kinds ("the foreign ministry" against "словацкие СМИ", 'Slovak media';
        // "the Kansas Division of Emergency Management" against "the Kansas Highway Patrol"): the kind
        // words are the lexicon's, so this holds where the dictionaries know neither side.
        // A lone speaker of the original ("the institute said") by its kind alone, and not between the state and
        // its police, which translations trade freely ("police said" → « selon les autorités »).
        // Nor between a union and an association, which name the same bodies ("the union" → «الرابطة», 'the league').
        // The original names the source by its kind alone ("according to the company", "the regional administration"),
        // the translation by a name its text introduced as another kind (« selon l'ASN » after « l'Autorité de
        // sûreté nucléaire (ASN) »).
        if !a.kinds.isEmpty, b.kinds.isEmpty, !b.introducedKinds.isEmpty, !a.words.contains(where: { $0.token.text.contains(where: \.isUppercase) }) {
            let kinds = a.kinds.union(b.introducedKinds)
            if a.kinds.isDisjoint(with: b.introducedKinds), !kinds.isSubset(of: ["state", "security"]), !kinds.isSubset(of: ["labour", "civil"]) { return true }
        }
        // In one language, a speaker of no particular kind ("officials said") made one of a kind other than the
        // state ("police said"): nothing was translated, so another body speaks.
        if a.lone, sl.language == tl.language, a.kinds.isEmpty, b.words.count == 1, !b.kinds.isEmpty, !b.kinds.isSubset(of: ["state"]),
           Set(a.words.flatMap(\.stems)).isDisjoint(with: b.words.flatMap(\.stems)) { return true }
        if a.lone {
            let kinds = a.kinds.union(b.kinds)
            return a.kindsDiffer(from: b) && !kinds.isSubset(of: ["state", "security"]) && !kinds.isSubset(of: ["labour", "civil"])
        }
        // A union against an association is left to the words: "the Depositors' Union" is «رابطة المودعين» ('league').
        if a.kindsDiffer(from: b), !a.kinds.union(b.kinds).isSubset(of: ["labour", "civil"]) { return true }
        // In charge of the same thing, and one side names no kind of body ("Health officials", « des responsables
        // sanitaires »): one source. Two bodies of one field stay two ("the transport ministry", «هيئة الميناء»).
        if !a.portfolios.isDisjoint(with: b.portfolios), a.kinds.isEmpty || b.kinds.isEmpty { return false }
        // One word against one naming the same kind of source ("according to police" / "according to gardaí"): the
        // house's word for the same body.
        if a.words.count == 1, b.words.count == 1, !a.kinds.isEmpty, a.kinds == b.kinds { return false }
        // In one language the speaker stands on the same side of the verb in both, and a name is a word like any other.
        if sl.language == tl.language {
            // The two cited phrases share no word ("according to port officials" / "according to the agriculture
            // ministry"), and the original's is not the translation's elsewhere in the sentence either — unless
            // the translation's own is a phrase of two words or more that shares nothing with it ("port" of
            // "the port's jetties" does not keep the port officials cited).
            let stemsA = Set(a.words.flatMap(\.stems)), stemsB = Set(b.words.flatMap(\.stems))
            guard a.direction == b.direction, !a.words.isEmpty, !b.words.isEmpty else { return false }
            guard stemsA.isDisjoint(with: stemsB) else {
                // One word of a body's name swapped for another, the rest kept ("the state agriculture
                // department" / "the state revenue department"): spelling folded, function words aside,
                // and the original's word not standing elsewhere in the translation's sentence.
                let function = FunctionWords.of(sl.language)
                func content(_ source: AttributedSource) -> Set<String> {
                    Set(source.words.filter { !function.contains(key: $0.token.key) }.map { WordingCheck.foldSpelling($0.stems.first ?? $0.token.key) })
                }
                let ca = content(a), cb = content(b)
                let onlyA = ca.subtracting(cb), onlyB = cb.subtracting(ca)
                // The body's initials for its name, either way ("central bank data" / "CBN data", "the agriculture
                // department" / "the DA"): the first letters of the words one side alone has are the other's acronym.
                func initials(_ spelled: AttributedSource, _ only: Set<String>, _ short: AttributedSource, _ otherOnly: Set<String>) -> Bool {
                    let words = spelled.words.filter { only.contains(WordingCheck.foldSpelling($0.stems.first ?? $0.token.key)) }
                    guard let acronym = short.words.first(where: {
                        AttributionCheck.isAcronym($0.token.text) && otherOnly.contains(WordingCheck.foldSpelling($0.stems.first ?? $0.token.key))
                    }) else { return false }
                    return Self.initials(acronym, spell: words)
                }
                if initials(a, onlyA, b, onlyB) || initials(b, onlyB, a, onlyA) { return false }
                // The country's level of government in the house's word ("the federal Ministry of Power" / "the Union
                // Ministry of Power" in Indian copy, "the central government"): the same body.
                if !onlyA.isEmpty, !onlyB.isEmpty, onlyA.union(onlyB).isSubset(of: Self.nationalLevel) { return false }
                return !onlyA.isEmpty && !onlyB.isEmpty && a.words.count >= 2 && b.words.count >= 2
                    && onlyA.allSatisfy { w in !targetStems.contains { WordingCheck.foldSpelling($0) == w } }
            }
            // A body's initials for its whole name ("Ghana Water said" / "GWL said", the L of "Limited").
            if let (short, spelled) = a.words.count == 1 ? (a, b) : b.words.count == 1 ? (b, a) : nil,
               let acronym = short.words.first, AttributionCheck.isAcronym(acronym.token.text), Self.initials(acronym, spell: spelled.words) { return false }
            return stemsA.isDisjoint(with: targetStems) || (b.words.count >= 2 && a.words.count >= 2)
        }
        // A name kept in Latin letters in a text of another script ("Yle", "Postimees" in Russian copy)
        // is compared as written: two such names that differ cite two sources.
        if Self.crossScript(comparison) {
            let xs = Self.latinNames(a.words), ys = Self.latinNames(b.words)
            if !xs.isEmpty, !ys.isEmpty, xs.isDisjoint(with: ys), !xs.contains(where: { targetStems.contains($0.lowercased()) }) { return true }
        }
        // Across languages names are the name checks' to compare; the other words still name the
        // source ("the Puno chamber of commerce" against "le gouvernement régional de Puno"), when
        // two of them remain in the original ("Hamas officials" is too little to follow).
        func plain(_ words: [Word], _ ranges: [Range<Int>]) -> [Word] { words.filter { w in !ranges.contains { $0.overlaps(w.token.range) } } }
        // Words naming the channel rather than the source ("a statement posted on EDF's website") are left out of an
        // English original's cited words: with the name gone, nothing is left to tell two sources apart.
        // The name left is then looked for where the translation cites ("… sur le site internet d'EDF").
        // So are its records ("according to Roscosmos records"): a body named with them is that body, and one the
        // translation neither spells there nor renders, citing a kind of body instead («по данным Минобороны»), is another.
        var channelled = a.words
        if sl.language == "en", let rb = b.range {
            let kept = a.words.filter { !Self.channels.contains($0.token.key) && !Self.records.contains($0.token.key) }
            let named = plain(kept, names.source).isEmpty ? kept.map { $0.token.text.replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "\u{2019}s", with: "") } : []
            if !named.isEmpty {
                let file = comparison.target.document.file
                let near = file.string(rb.lowerBound..<min(file.units.count, rb.upperBound + 40))
                let nearWords = near.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
                let spelled = named.allSatisfy { name in
                    near.contains(name) || nearWords.contains { NameMatcher.shared.compare(name, $0).score >= NameMatcher.variantScore }
                }
                if spelled { return false }
                if !b.kinds.isEmpty, a.kinds.isEmpty, kept.count < a.words.count { return true }
            } else if !Self.crossScript(comparison) {
                channelled = a.words.filter { !Self.channels.contains($0.token.key) }
            }
        }
        let wordsA = plain(channelled, names.source), wordsB = plain(b.words, names.target)
        // A person cited by name only ("according to al-Mahrouqi") against a body named by its kind
        // («وفقاً للهيئة العامة للمياه», 'the water authority'), or the reverse, where no word of the
        // other side spells the person: another source.
        // A person's name: no word of it is an English word WordNet knows ("al-Mahrouqi", not "Civil Defense Directorate").
        func personLike(_ words: [Word], _ language: String) -> Bool {
            guard language == "en", let wordNet = WordNet.shared else { return false }
            return words.allSatisfy { w in WordNet.POS.allCases.allSatisfy { wordNet.lemmas(w.token.key, $0).isEmpty } }
        }
        func spells(_ person: [Word], _ other: [Word]) -> Bool {
            person.contains { p in other.contains { NameMatcher.shared.compare(p.token.text, $0.token.text).score >= NameMatcher.variantScore } }
        }
        if wordsA.isEmpty, !a.words.isEmpty, a.kinds.isEmpty, personLike(a.words, sl.language), !b.kinds.isEmpty, wordsB.count == b.words.count, !spells(a.words, b.words) { return true }
        if wordsB.isEmpty, !b.words.isEmpty, b.kinds.isEmpty, personLike(b.words, tl.language), !a.kinds.isEmpty, wordsA.count == a.words.count, !spells(b.words, a.words) { return true }
        guard !wordsB.isEmpty, wordsA.count == channelled.count || wordsA.count >= 2 else { return false }
        // One word against one ("according to the agency" / «بحسب المنظمة»): most often the story's
        // source named again in a word, too little to tell two sources apart.
        guard wordsA.count >= 2 || wordsB.count >= 2 else { return false }
        guard let forward = BilingualDictionary.load(source: sl, target: tl),
              let backward = BilingualDictionary.load(source: tl, target: sl) else { return false }
        func translations(_ stems: Set<String>, _ d: BilingualDictionary) -> Set<String> {
            Set(stems.flatMap { d.targetIDs(ofSourceStem: $0).map(d.targetStem) })
        }
        func unlinked(_ wordsA: [Word], _ wordsB: [Word]) -> Bool {
            guard !wordsA.isEmpty, !wordsB.isEmpty else { return false }
            let stemsA = Set(wordsA.flatMap(\.stems)), stemsB = Set(wordsB.flatMap(\.stems))
            let cognatesB = Set(wordsB.compactMap { AlignmentEvidence.cognateKey($0.token.text) })
            if wordsA.contains(where: { AlignmentEvidence.cognateKey($0.token.text).map(cognatesB.contains) ?? false }) { return false }
            let aRendered = translations(stemsA, forward), bMeant = translations(stemsB, backward)
            guard !aRendered.isEmpty, !bMeant.isEmpty else { return false }
            // One word of the original's source known to a small dictionary ("market" of "market data",
            // against «рыночных данных») is too little to call the sources different: every word, or two.
            let known = wordsA.filter { !translations(Set($0.stems), forward).isEmpty }.count
            guard known == wordsA.count || known >= 2 else { return false }
            return !Self.meets(aRendered, targetStems) && !Self.meets(bMeant, stemsA)
        }
        guard unlinked(wordsA, wordsB) else { return false }
        // Words naming the same kind on both sides ("news agency", "وكالة الأنباء") agree whatever the
        // dictionaries know of them: then the other words must tell the sources apart too.
        guard !a.kinds.isDisjoint(with: b.kinds) else { return true }
        // Papers of the same body are that body ("court records" / « documents judiciaires »): an English
        // original's words left besides the kind words that only name records cite nothing else.
        let restA = plain(wordsA, a.kindRanges), restB = plain(wordsB, b.kindRanges)
        if sl.language == "en", !restA.isEmpty, restA.allSatisfy({ Self.records.contains($0.token.key) }), restB.count <= 1 { return false }
        return unlinked(restA, restB)
    }
}
