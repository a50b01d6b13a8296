/// How the names of one aligned bead correspond: each name of the original
/// is found in the translation under an accepted form, found misspelt, or
/// not found; translation names no original name accounts for are left over.
/// `NameVariantCheck` and `NameMismatchCheck` read their findings from it.
struct NamePairing {
    struct Located {
        let sentence: Int
        let mention: NameMention
    }

    /// A name of the original written off its accepted forms in the translation.
    struct Variant {
        let source: Located?
        let targetSentence: Int
        let targetRange: Range<Int>
        let found: String
        let expected: String
        let score: Double?
        let kind: NameEntry.Kind?
        let why: String
        /// Off the lexicon's forms, yet a regular transliteration of the original's name.
        var plausible = false
    }

    var variants: [Variant] = []
    /// Lexicon names of the original with no counterpart in the translation.
    var unmatchedSource: [Located] = []
    /// Lexicon names of the translation that no name of the original accounts for.
    var unmatchedTarget: [Located] = []
    /// People of the original the lexicon does not know, replaced in the translation by someone else.
    var unknownMismatches: [UnknownNames.Divergence] = []

    /// A name's words without the possessive of its last one: "Delhi's power minister" names Delhi,
    /// as "Delhi power minister" does.
    static func withoutPossessive(_ keys: [String]) -> [String] {
        guard let last = keys.last else { return keys }
        let bare = withoutPossessive(last)
        return bare == last ? keys : keys.dropLast() + [bare]
    }

    static func withoutPossessive(_ text: String) -> String {
        for ending in ["'s", "\u{2019}s", "'S", "\u{2019}S"] where text.hasSuffix(ending) && text.count > ending.count + 1 {
            return String(text.dropLast(ending.count))
        }
        return text
    }

    init(bead: Bead, index beadIndex: Int, comparison: Comparison) {
        let index = comparison.names
        let matcher = NameMatcher.shared
        let sourceLanguage = comparison.source.document.language, targetLanguage = comparison.target.document.language
        let sameLanguage = sourceLanguage.language == targetLanguage.language
        let sources = bead.source.flatMap { s in comparison.source.facts[s].names.map { Located(sentence: s, mention: $0) } }
        let targets = bead.target.flatMap { s in comparison.target.facts[s].names.map { Located(sentence: s, mention: $0) } }
        var usedTarget = Set<Int>()
        // Target token ranges (UTF-16) that a mention or a found variant accounts for.
        // Lexicon names stand for their own entry, never for a misspelling of another.
        var claimed: [Range<Int>] = targets.filter { $0.mention.entry != nil }.map(\.mention.range)

        /// The accepted form to expect for a written one: as many words as were written
        /// ("Gallant" for "Galanat", "Antony Blinken" for "Anthony Blinken"), canonical first.
        func canonical(_ entry: Int, for written: String) -> String {
            let words = NameIndex.wordKeys(of: written).count
            for language in [targetLanguage, sourceLanguage] {
                let accepted = index.accepted(entry, in: language)
                if let form = accepted.first(where: { $0.keys.count == words }) ?? accepted.first { return form.text }
            }
            return index.entries[entry].forms.first { $0.status == .canonical }?.text ?? written
        }

        // 1. Names the lexicon knows in the original: an accepted form of the same entry in the translation.
        var pending: [Located] = []
        for s in sources {
            if let entry = s.mention.entry {
                if let t = targets.indices.first(where: { !usedTarget.contains($0) && targets[$0].mention.form.map { index.form($0, mayName: entry) } == true }) {
                    usedTarget.insert(t)
                    claimed.append(targets[t].mention.range)
                    let form = index.forms[targets[t].mention.form!]
                    if form.status == .misspelling {
                        variants.append(Variant(source: s, targetSentence: targets[t].sentence, targetRange: targets[t].mention.range,
                                                found: targets[t].mention.text, expected: canonical(entry, for: targets[t].mention.text), score: nil,
                                                kind: index.entries[entry].kind, why: "a known misspelling in the names lexicon (\(index.entries[entry].id))"))
                    }
                    continue
                }
                // Same entry mentioned again in the bead: one target mention is enough for both.
                if sources.contains(where: { $0.mention.entry == entry && $0.mention.range != s.mention.range })
                    && targets.contains(where: { $0.mention.entry == entry }) { continue }
            } else if let t = targets.indices.first(where: { !usedTarget.contains($0) && Self.withoutPossessive(targets[$0].mention.keys) == Self.withoutPossessive(s.mention.keys) }) {
                usedTarget.insert(t)
                claimed.append(targets[t].mention.range)
                continue
            }
            pending.append(s)
        }

        // Misspellings the lexicon lists, wherever they stand in the translation.
        for (t, located) in targets.enumerated() where !usedTarget.contains(t) {
            guard let f = located.mention.form, index.forms[f].status == .misspelling else { continue }
            usedTarget.insert(t)
            claimed.append(located.mention.range)
            let entry = index.forms[f].entry
            variants.append(Variant(source: nil, targetSentence: located.sentence, targetRange: located.mention.range,
                                    found: located.mention.text, expected: canonical(entry, for: located.mention.text), score: nil,
                                    kind: index.entries[entry].kind, why: "a known misspelling in the names lexicon (\(index.entries[entry].id))"))
        }

        // 2. Names not found under an accepted form: look for a near spelling in the translation.
        let targetTokens: [(sentence: Int, tokens: [Token])] = bead.target.map { s in (s, Array(comparison.target.document.tokens(of: s))) }
        // Each target word's readings without affixes, worked out once for every mention, reference and span.
        var readings: [[[String]]]? = nil
        for s in pending {
            var references: [String] = []
            if let entry = s.mention.entry {
                // Places and bodies turn into adjectives across languages (U.S. → أمريكية, Israel → israélien):
                // their near spellings are not misspellings. Their listed misspellings are caught above.
                guard index.entries[entry].kind == .person || sameLanguage else { unmatchedSource.append(s); continue }
                references = index.accepted(entry, in: targetLanguage).map(\.text)
                if references.isEmpty && sameLanguage { references = [s.mention.text] }
            } else if sameLanguage {
                // The person of a run that opens with a title ("Lands and Natural Resources Minister Samuel
                // Amponsah-Nyarko"): the translation may set the title apart ("The Minister for …, Samuel …").
                let run = Array(comparison.source.document.tokens(of: s.sentence))[s.mention.tokens]
                let language = sourceLanguage.language
                if let tail = UnknownNames.personTail(run, titles: TitleWords.of(language), bodies: TitleWords.bodies(language)), tail.count < run.count {
                    references = [Self.withoutPossessive(comparison.source.document.file.string(tail.first!.range.lowerBound..<tail.last!.range.upperBound))]
                } else {
                    references = [Self.withoutPossessive(s.mention.text)]
                }
            }
            if !references.isEmpty, readings == nil {
                readings = targetTokens.map { $0.tokens.map { NameAffixes.candidates($0.key, language: targetLanguage.language) } }
            }
            if let hit = Self.nearest(references, in: targetTokens, readings: readings ?? [], claimed: claimed, matcher: matcher,
                                     file: comparison.target.document.file) {
                claimed.append(hit.range)
                // A near spelling that is an unknown capitalised name accounts for that mention too.
                if let t = targets.indices.first(where: { !usedTarget.contains($0) && targets[$0].mention.range.overlaps(hit.range) }) {
                    if targets[t].mention.entry != nil { unmatchedSource.append(s); continue }
                    usedTarget.insert(t)
                }
                var variant = Variant(source: s, targetSentence: hit.sentence, targetRange: hit.range, found: hit.text,
                                      expected: hit.reference,
                                      score: hit.score, kind: s.mention.entry.map { index.entries[$0].kind },
                                      why: "spelling score \(String(format: "%.2f", hit.score)) against \"\(hit.reference)\"")
                // Closer to the original's name than the lexicon's own form is: another regular transliteration.
                let toFound = matcher.compare(s.mention.text, hit.text)
                if !sameLanguage, toFound.verdict == .same, toFound.score >= matcher.compare(s.mention.text, hit.reference).score - 0.02 {
                    variant.plausible = true
                    variant = Variant(source: variant.source, targetSentence: variant.targetSentence, targetRange: variant.targetRange,
                                      found: variant.found, expected: variant.expected, score: variant.score, kind: variant.kind,
                                      why: variant.why + "; a regular transliteration of \"\(s.mention.text)\" all the same", plausible: true)
                }
                variants.append(variant)
            } else if s.mention.entry != nil {
                unmatchedSource.append(s)
            }
        }
        // People the lexicon does not know, followed through the whole translation.
        let unknown = comparison.memo.value("unknown names") { UnknownNames(comparison) }
        unknownMismatches = unknown.mismatches[beadIndex] ?? []
        if !sameLanguage {
            for v in unknown.variants[beadIndex] ?? [] where !claimed.contains(where: { $0.overlaps(v.targetRange) }) {
                let mention = NameMention(range: v.source.range, text: v.source.text, tokens: 0..<0, entry: nil, form: nil, keys: v.source.wordKeys)
                variants.append(Variant(source: Located(sentence: v.source.sentence, mention: mention), targetSentence: v.targetSentence,
                                        targetRange: v.targetRange, found: v.found, expected: v.expected ?? v.source.text, score: nil, kind: .person, why: v.why))
            }
        }
        for (t, located) in targets.enumerated() where !usedTarget.contains(t) && located.mention.entry != nil {
            // An entity the original also names elsewhere in the bead is no stranger.
            if sources.contains(where: { s in s.mention.entry.map { index.form(located.mention.form!, mayName: $0) } == true }) { continue }
            // Nor is one the original names elsewhere (pronouns and names trade places in translation).
            if comparison.sourceEntities.contains(where: { index.form(located.mention.form!, mayName: $0) }) { continue }
            unmatchedTarget.append(located)
        }
    }

    struct Hit {
        let sentence: Int
        let range: Range<Int>
        let text: String
        let reference: String
        let score: Double
    }

    /// The token span of the translation closest in spelling to one of the
    /// reference forms, when it is close enough to be the same name misspelt.
    /// `readings[s][t]`: the keys token t of sentence s may stand for without its affixes.
    static func nearest(_ references: [String], in sentences: [(sentence: Int, tokens: [Token])], readings: [[[String]]],
                        claimed: [Range<Int>], matcher: NameMatcher, file: TextFile) -> Hit? {
        guard !references.isEmpty else { return nil }
        var best: Hit? = nil
        for reference in references {
            let refKeys = NameIndex.wordKeys(of: reference)
            let n = refKeys.count
            guard n > 0 else { continue }
            let refJoined = refKeys.joined(separator: " ")
            for ((sentence, tokens), options) in zip(sentences, readings) where tokens.count >= n {
                for start in 0...(tokens.count - n) {
                    let span = tokens[start..<(start + n)]
                    guard span.allSatisfy({ $0.kind == .word }) else { continue }
                    let range = span.first!.range.lowerBound..<span.last!.range.upperBound
                    if claimed.contains(where: { $0.overlaps(range) }) { continue }
                    // Each word reduced as the lexicon would (Голанта → голант), best reading kept.
                    var keys: [String] = []
                    for k in start..<(start + n) {
                        keys.append(options[k].max { StringSimilarity.ratio($0, refKeys[keys.count]) < StringSimilarity.ratio($1, refKeys[keys.count]) }!)
                    }
                    let joined = keys.joined(separator: " ")
                    if joined == refJoined || Self.spelledOtherwise(keys, refKeys) { continue }
                    // Cheap filter before the name matcher: most spans share little with the reference.
                    guard StringSimilarity.ratio(joined, refJoined) >= 0.6 else { continue }
                    // Every word must be a plausible spelling of its counterpart.
                    guard zip(keys, refKeys).allSatisfy({ StringSimilarity.ratio($0, $1) >= 0.5 }) else { continue }
                    let result = matcher.compare(joined, refJoined)
                    guard result.verdict != .different else { continue }
                    if best == nil || result.score > best!.score {
                        best = Hit(sentence: sentence, range: range, text: file.string(range),
                                   reference: reference, score: result.score)
                    }
                }
            }
        }
        return best
    }
}

extension NamePairing {
    /// Words of a name's title spelt the British or the American way ("Labour Minister" for
    /// "Labor Minister", "Defence" for "Defense"): both English words, the same once spelling is
    /// folded. A name itself is no English word ("Galant" is not "Gallant" spelt otherwise).
    static func spelledOtherwise(_ keys: [String], _ reference: [String]) -> Bool {
        guard let wordNet = WordNet.shared else { return false }
        return zip(keys, reference).allSatisfy { a, b in
            a == b || (WordingCheck.foldSpelling(a) == WordingCheck.foldSpelling(b) && !wordNet.baseForms(a).isEmpty && !wordNet.baseForms(b).isEmpty)
        }
    }
}

/// Edit-distance similarity of two strings, by Unicode scalars.
enum StringSimilarity {
    /// 1 − Levenshtein / longer length.
    static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty || y.isEmpty { return x.count == y.count ? 1 : 0 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return 1 - Double(previous[y.count]) / Double(max(x.count, y.count))
    }
}
