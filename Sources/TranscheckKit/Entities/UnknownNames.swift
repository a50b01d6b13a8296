/// People the original names whom the names lexicon does not know, and how
/// the translation renders them.
///
/// News copy introduces a person by full name ("Mehmet Aydin") and refers back
/// by one word of it ("Aydin said"). A capitalised run of two to four words
/// with no title, body, place or nationality word is such a person (after the
/// last such word: "Turkish Deputy Foreign Minister Mehmet Aydin"); a lone
/// word of one of those names is a later mention. Each mention is looked for
/// in the translation's side of its bead by spelling, in any script, through
/// the learned name matcher. Then:
/// - a word spelt off the way the translation spells it elsewhere (Айдан where
///   Айдын stands in other sentences), off a matching neighbour (the given
///   name matches, the surname does not quite: دميتري أوزلوف for Dmitry Orlov),
///   or, between Latin alphabets, off the original beyond regular
///   transliteration (Whitfeld for Whitfield; Dmitri for Dmitry is regular),
///   is a variant;
/// - a person not found at all, where the translation's bead names another
///   person of the story or an unknown person-like name instead, is a mismatch.
struct UnknownNames {
    struct Person {
        let keys: [String]
        let text: String
        /// Written straight after a given name the names lexicon knows ("Jean-Pierre" before "Kasongo Mwamba"):
        /// the first of its words is a surname too.
        var afterGivenName = false
    }

    /// A source mention of a person, trimmed to the person's words.
    struct Mention {
        let sentence: Int
        let range: Range<Int>
        let text: String
        let person: Int
        /// The mention's words as the matcher reads them.
        let words: [NameToken]
        let wordKeys: [String]
    }

    /// One word of a mention as the translation renders it.
    struct Rendering {
        let bead: Int
        let sentence: Int
        let range: Range<Int>
        let text: String
        let letters: [Unicode.Scalar]
        let score: Double
        /// Another word of the same placement matched as the same name.
        let anchored: Bool
        let latin: Bool
        let mention: Mention
        /// The person and source word it renders ("3:aydin").
        let word: String
        /// It renders the last word of the name (a given name is more often adapted than misspelt).
        let isSurname: Bool
    }

    /// A person's mention and what the translation writes in its place: a misspelling
    /// (with the spelling expected) or another name.
    struct Divergence {
        let source: Mention
        let targetSentence: Int
        let targetRange: Range<Int>
        let found: String
        let expected: String?
        let why: String
        /// Nothing in the translation's sentence spells the name: in a script without capitals the
        /// name put in its place cannot be told from the other words.
        var absent = false
    }

    private(set) var people: [Person] = []
    private(set) var variants: [Int: [Divergence]] = [:]
    private(set) var mismatches: [Int: [Divergence]] = [:]
    /// Target ranges that render a person of the original, per bead.
    private(set) var claimed: [Int: [Range<Int>]] = [:]

    /// Below this a word is not an attempt at the name at all: across alphabets (the
    /// model's probability), and within the Latin one (the hand-weighted spelling scale).
    static let attempt = 0.3
    static let latinAttempt = NameMatcher.variantScore

    /// Two spellings one letter apart: one letter added, dropped or replaced.
    static func oneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b, min(a.count, b.count) >= 3 else { return false }
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        let suffix = zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
        return prefix + suffix >= max(a.count, b.count) - 1
    }

    private static func isAttempt(_ score: Double, latin: Bool) -> Bool { score >= (latin ? latinAttempt : attempt) }

    init(_ comparison: Comparison) {
        let sourceDoc = comparison.source.document, targetDoc = comparison.target.document
        let sourceLanguage = sourceDoc.language.language, targetLanguage = targetDoc.language.language
        let sameLanguage = sourceLanguage == targetLanguage
        // Where every noun is capitalised (German), a capitalised run is no evidence of a person.
        guard !PhraseFinder.capitalisedNouns.contains(sourceLanguage) else { return }
        let mentions = Self.people(in: comparison.source, people: &people)
        guard !mentions.isEmpty else { return }
        let matcher = NameMatcher.shared
        let targetTitles = TitleWords.of(targetLanguage), targetBodies = TitleWords.bodies(targetLanguage)
        let targetFunction = FunctionWords.of(targetLanguage), sourceFunction = FunctionWords.of(sourceLanguage)
        let cased = Self.isCased(targetDoc)

        // Candidate words of each target sentence: capitalised in cased scripts, not function words in others;
        // lexicon names stand for their own entries.
        struct Candidate { let index: Int; let token: Token; let readings: [(letters: [Unicode.Scalar], token: NameToken)] }
        var candidateCache: [Int: [Candidate]] = [:]
        func candidates(_ sentence: Int) -> [Candidate] {
            if let hit = candidateCache[sentence] { return hit }
            let tokens = Array(targetDoc.tokens(of: sentence))
            let lexicon = comparison.target.facts[sentence].names.filter { $0.entry != nil }.map(\.range)
            var out: [Candidate] = []
            for (i, token) in tokens.enumerated() where token.kind == .word {
                // A lexicon name that spells a person of the story stays one ("Саар", the river, for Priit Saar).
                if lexicon.contains(where: { $0.overlaps(token.range) }) {
                    guard !token.text.unicodeScalars.filter(Script.isLetter).allSatisfy(Script.isUppercase),  // not an acronym (ООН)
                          let read = NameMatcher.key(token.key).tokens.first, people.contains(where: { person in
                        person.keys.last.flatMap { NameMatcher.key($0).tokens.first }.map { matcher.wordScore($0, read) >= NameMatcher.sameScore } ?? false
                    }) else { continue }
                }
                // Capitalised or not, a function word is no name (« Les » opening « Les Mélèzes » or a sentence).
                if (cased && !token.isCapitalized) || targetFunction.contains(key: token.key) { continue }
                if targetTitles.contains(token.key) || targetBodies.contains(token.key) { continue }
                let stripped = NameAffixes.candidates(token.key, language: targetLanguage)
                var readings = stripped.compactMap { reading -> ([Unicode.Scalar], NameToken)? in
                    let key = NameMatcher.key(reading)
                    guard key.tokens.count == 1, let t = key.tokens.first else { return nil }
                    return (t.letters, t)
                }
                // A compound name written as two words («فتح الله» for Fathallah, «علاء الدين» for Alaeddine) is
                // read joined too, through its first word.
                if !cased, i + 1 < tokens.count, Self.compoundSecondWords.contains(tokens[i + 1].key) {
                    readings += stripped.compactMap { reading -> ([Unicode.Scalar], NameToken)? in
                        let key = NameMatcher.key(reading + tokens[i + 1].key)
                        guard key.tokens.count == 1, let t = key.tokens.first else { return nil }
                        return (t.letters, t)
                    }
                }
                if !readings.isEmpty { out.append(Candidate(index: i, token: token, readings: readings)) }
            }
            candidateCache[sentence] = out
            return out
        }

        var scoreCache: [String: (Double, Int)] = [:]
        /// The best reading's score of a target word against a source word, and which reading.
        func score(_ word: NameToken, _ key: String, _ c: Candidate) -> (Double, Int) {
            // The readings' count too: a word read joined with the next («فتح الله») has more than the same word alone.
            let cacheKey = key + "\u{0}" + c.token.key + "\u{0}\(c.readings.count)"
            if let hit = scoreCache[cacheKey] { return hit }
            var best = (0.0, 0)
            for (r, reading) in c.readings.enumerated() {
                let s: Double
                if word.alphabet == .latin && reading.token.alphabet == .latin {
                    s = TransliterationFold.same(word.roman, reading.token.roman) ? 1 : matcher.wordScore(word, reading.token)
                } else {
                    // Lengths this far apart are not one name, nor two that share no consonant of their
                    // romanisations (and the model's work is saved: most words of a sentence are no name).
                    let a = word.roman.count, b = reading.token.roman.count
                    s = b * 2 < a || a * 2 < b || !Self.shareConsonant(word.roman, reading.token.roman) ? 0 : matcher.wordScore(word, reading.token)
                }
                if s > best.0 { best = (s, r) }
            }
            scoreCache[cacheKey] = best
            return best
        }

        /// The index of the word of a translated sentence that renders a name's given name (names of two words or more).
        func givenName(of mention: Mention, in sentence: Int) -> Int? {
            // A first word English knows as a noun is a description, not a given name ("Ecologist Marina Teplova",
            // whose «Эколог» opens the Russian sentence far from «Теплова»).
            guard mention.words.count > 1, !Self.describes(mention.wordKeys[0], sourceLanguage) else { return nil }
            return candidates(sentence).first { score(mention.words[0], mention.wordKeys[0], $0).0 >= NameMatcher.sameScore }?.index
        }

        /// Whether a target word renders, by the matcher's "same", one of `keys` (a person's surnames).
        func renders(_ c: Candidate, _ keys: [String]) -> Bool {
            keys.contains { key in NameMatcher.key(key).tokens.first.map { score($0, key, c).0 >= NameMatcher.sameScore } ?? false }
        }
        /// Whether a target word renders the surname of a person other than `person`.
        func otherPerson(_ c: Candidate, than person: Int) -> Bool {
            people.indices.contains { p in p != person && renders(c, Array(people[p].keys.suffix(1))) }
        }

        /// Whether a target word is the dictionary's rendering of a lower-case word of the bead's original.
        let dictionary = sameLanguage ? nil : BilingualDictionary.load(source: comparison.source.document.language, target: comparison.target.document.language)
        var renderedMemo: [[Int]: Set<Int32>] = [:]
        func rendersSourceWord(_ c: Candidate, _ sentence: Int, _ bead: Bead) -> Bool {
            guard let dictionary else { return false }
            let rendered: Set<Int32>
            if let known = renderedMemo[bead.source] { rendered = known } else {
                var ids = Set<Int32>()
                for s in bead.source {
                    let tokens = Array(sourceDoc.tokens(of: s)), words = comparison.sourceWords[s]
                    for t in tokens.indices where tokens[t].kind == .word && !tokens[t].isCapitalized && !sourceFunction.contains(key: tokens[t].key) {
                        for stem in words.stems(t) { ids.formUnion(dictionary.targetIDs(ofSourceStem: stem)) }
                    }
                }
                renderedMemo[bead.source] = ids
                rendered = ids
            }
            guard !rendered.isEmpty, let k = Array(targetDoc.tokens(of: sentence)).firstIndex(where: { $0.range == c.token.range }) else { return false }
            return comparison.targetWords[sentence].stems(k).contains { dictionary.targetID(ofStem: $0).map(rendered.contains) ?? false }
        }

        // Place every mention in its bead.
        var renderings: [Rendering] = []
        var unfound: [(bead: Int, mention: Mention)] = []
        let sentenceBead = Self.beadOfSource(comparison.alignment)
        for mention in mentions {
            guard let b = sentenceBead[mention.sentence] else { continue }
            let bead = comparison.alignment[b]
            guard !bead.target.isEmpty else { continue }
            var best: (sentence: Int, picks: [(Candidate, Double, Int)], wordOffset: Int)? = nil
            func rank(_ picks: [(Candidate, Double, Int)]) -> (Int, Double) {
                (picks.filter { $0.1 >= NameMatcher.sameScore }.count, picks.map(\.1).reduce(0, +) / Double(picks.count))
            }
            let n = mention.words.count
            for t in bead.target {
                let cs = candidates(t)
                // The whole name over consecutive words.
                if n > 1 {
                    let words = Array(targetDoc.tokens(of: t))
                    for start in cs.indices where start + n <= cs.count {
                        // Consecutive words, a compound's second word («عبد الرحيم») read with its first.
                        var span: [Candidate] = [cs[start]]
                        var k = start
                        while span.count < n {
                            let last = span.last!.index
                            let step = !cased && last + 1 < words.count && Self.compoundSecondWords.contains(words[last + 1].key) ? 2 : 1
                            guard let next = cs[(k + 1)...].firstIndex(where: { $0.index == last + step }) else { break }
                            span.append(cs[next])
                            k = next
                        }
                        guard span.count == n,
                              !span.contains(where: { c in (claimed[b] ?? []).contains { $0.overlaps(c.token.range) } }) else { continue }
                        let picks = zip(span, zip(mention.words, mention.wordKeys)).map { c, w in
                            let (s, r) = score(w.0, w.1, c); return (c, s, r)
                        }
                        if best == nil || rank(picks) > rank(best!.picks) { best = (t, picks, 0) }
                    }
                }
            }
            // One word alone: a mention of one word, or a surname whose given name the translation leaves out.
            if best == nil || rank(best!.picks).0 == 0 {
                var single: (sentence: Int, pick: (Candidate, Double, Int))? = nil
                for t in bead.target {
                    // Where the translation writes the given name, the surname stands right after it: «ليلى السيد»
                    // for Layla al-Saif is her, and the «الصيف» ('the summer') further on is no attempt at her name.
                    let given = givenName(of: mention, in: t)
                    // A word an earlier mention of the bead took is not this one's ("César Palomino … Palomino said"
                    // against "César Palomino … a déclaré M. Huamán").
                    for c in candidates(t) where !(claimed[b] ?? []).contains(where: { $0.overlaps(c.token.range) }) {
                        let (s, r) = score(mention.words[n - 1], mention.wordKeys[n - 1], c)
                        let latin = mention.words[n - 1].alphabet == .latin && c.readings[r].token.alphabet == .latin
                        // A word that is plainly another person of the story ("Саар" where the original
                        // says Kask) is no attempt at this one, however close the letters.
                        if s < NameMatcher.sameScore, otherPerson(c, than: mention.person) { continue }
                        // Nor a word the dictionary gives for a word of the original's sentences ("until spring" →
                        // «إلى الربيع», near «الغربي» for Gharbi): it renders that word.
                        if s < NameMatcher.sameScore, rendersSourceWord(c, t, bead) { continue }
                        if let given, !(given + 1...given + 2).contains(c.index) { continue }
                        if Self.isAttempt(s, latin: latin), single.map({ s > $0.pick.1 }) ?? true { single = (t, (c, s, r)) }
                    }
                }
                if let single, best == nil || single.pick.1 >= NameMatcher.sameScore || single.pick.1 > rank(best!.picks).1 {
                    best = (single.sentence, [single.pick], n - 1)
                }
            }
            guard let placed = best, placed.picks.enumerated().contains(where: { k, pick in
                Self.isAttempt(pick.1, latin: mention.words[placed.wordOffset + k].alphabet == .latin && pick.0.readings[pick.2].token.alphabet == .latin)
            }) else {
                unfound.append((b, mention))
                continue
            }
            let anchors = placed.picks.filter { $0.1 >= NameMatcher.sameScore }.count
            for (k, pick) in placed.picks.enumerated() {
                let (c, s, r) = pick
                let latin = mention.words[placed.wordOffset + k].alphabet == .latin && c.readings[r].token.alphabet == .latin
                renderings.append(Rendering(bead: b, sentence: placed.sentence, range: c.token.range, text: c.token.text,
                                            letters: c.readings[r].letters, score: s,
                                            anchored: anchors - (s >= NameMatcher.sameScore ? 1 : 0) > 0, latin: latin,
                                            mention: mention, word: "\(mention.person):\(mention.wordKeys[placed.wordOffset + k])",
                                            isSurname: placed.wordOffset + k == n - 1))
                claimed[b, default: []].append(c.token.range)
            }
        }

        // The spelling the translation settles on for each source word: the one it writes most
        // often, the first one on a tie.
        var spellings: [String: [(letters: [Unicode.Scalar], count: Int, first: Rendering)]] = [:]
        for r in renderings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !r.latin && r.score >= Self.attempt {
            if let i = spellings[r.word]?.firstIndex(where: { $0.letters == r.letters }) { spellings[r.word]![i].count += 1 }
            else { spellings[r.word, default: []].append((r.letters, 1, r)) }
        }
        let settled = spellings.mapValues { list in list.max { $0.count < $1.count || ($0.count == $1.count && $0.first.range.lowerBound > $1.first.range.lowerBound) }! }

        // Variants (the same-language path of NamePairing reports its own).
        if !sameLanguage {
            // The translation's own spelling of each source word: its best-scoring rendering.
            var canonical: [String: Rendering] = [:]
            for r in renderings where r.score >= NameMatcher.sameScore {
                let key = r.word
                if canonical[key].map({ r.score > $0.score }) ?? true { canonical[key] = r }
            }
            /// Every reading of a written word (its inflected and clitic-free forms): two spellings one of
            /// whose readings the other is differ in grammar, not in spelling (Дворжакова, Дворжаковой).
            var readingMemo: [String: Set<[Unicode.Scalar]>] = [:]
            func readings(_ text: String) -> Set<[Unicode.Scalar]> {
                if let known = readingMemo[text] { return known }
                let made = makeReadings(text)
                readingMemo[text] = made
                return made
            }
            func makeReadings(_ text: String) -> Set<[Unicode.Scalar]> {
                var forms = NameAffixes.candidates(WordKey.of(text), language: targetLanguage)
                // A Russian adjective made from a place name is the name too (Иссык-Кульской, Иссык-Куля;
                // Джети-Огузского, Джети-Огуз), and a soft sign before an ending comes and goes (Куль, Куля).
                if targetLanguage == "ru" {
                    let key = WordKey.of(text)
                    for ending in Self.russianPlaceAdjective where key.hasSuffix(ending) && key.count - ending.count >= 3 {
                        forms.append(String(key.dropLast(ending.count)))
                    }
                    // An adjective opening a place name is declined with it (Нижний Бестях, Нижнего Бестяха).
                    if let ending = Self.russianAdjectiveEndings.first(where: { key.hasSuffix($0) && key.count - $0.count >= 4 }) {
                        forms.append(String(key.dropLast(ending.count)))
                    }
                    forms += forms.filter { $0.hasSuffix("ь") }.map { String($0.dropLast()) }
                }
                return Set(forms.compactMap { NameMatcher.key($0).tokens.first?.letters })
            }
            var reported = Set<Range<Int>>()
            for r in renderings where !reported.contains(r.range) {
                let expected = canonical[r.word]
                var why: String? = nil
                var expectedText = r.mention.text
                // Reported where it departs from the settled spelling: later than it, or rarer. Not where
                // it is plainly nearer the original than the settled one (الطائي after a misspelt الطاني):
                // then the settled one is the variant, reported below.
                if !r.latin, r.score >= Self.attempt, let s = settled[r.word], s.letters != r.letters,
                   s.first.range.lowerBound < r.range.lowerBound || s.count > 1, r.score - s.first.score < 0.1,
                   readings(r.text).isDisjoint(with: readings(s.first.text)) {
                    why = "the translation spells this name \"\(s.first.text)\" elsewhere, and \"\(r.text)\" here"
                    expectedText = s.first.text
                } else if r.latin {
                    if r.score < 1 && r.score >= NameMatcher.variantScore {
                        why = "spelt off the original's \"\(r.mention.text)\" beyond regular transliteration"
                    }
                } else if let e = expected, e.letters != r.letters, r.score >= Self.attempt, e.score - r.score >= 0.1,
                          readings(r.text).isDisjoint(with: readings(e.text)) {
                    why = "the translation spells this name \"\(e.text)\" elsewhere (spelling score \(String(format: "%.2f", r.score)) against \(String(format: "%.2f", e.score)))"
                    expectedText = e.text
                } else if r.score < NameMatcher.sameScore, r.score >= Self.attempt, r.anchored, r.isSurname {
                    why = "spelling score \(String(format: "%.2f", r.score)) against \"\(r.mention.text)\", whose other words match"
                } else if !r.latin, r.anchored, r.isSurname, r.score < Self.attempt, let e = expected, e.letters != r.letters, e.score >= NameMatcher.sameScore,
                          Self.oneEditApart(Array(r.text.unicodeScalars), Array(e.text.unicodeScalars)),
                          readings(r.text).isDisjoint(with: readings(e.text)) {
                    // Off the transliteration model, yet one letter from the translation's own spelling of the name
                    // elsewhere, after the given name it follows («لينا القطاة» against «القضاة»).
                    why = "the translation spells this name \"\(e.text)\" elsewhere, and \"\(r.text)\" here, after its given name"
                    expectedText = e.text
                }
                guard let why else { continue }
                reported.insert(r.range)
                variants[r.bead, default: []].append(Divergence(source: r.mention, targetSentence: r.sentence, targetRange: r.range,
                                                             found: r.text, expected: expectedText, why: why))
            }
        }

        // Mismatches: a person not found where the translation names someone else.
        // The words the original calls each person by on their own: the last word of every mention
        // ("Torres" of "Marco Antonio Huamán Torres", and "Huamán" when the story says "Huamán said").
        // Where names are capitalised, any word after the first too: a translation may call "Patrice Ngoy
        // Kabeya" « M. Ngoy », and a capitalised word is a name, not a word that spells like one.
        var surnames = people.map { cased && $0.keys.count > 2 ? Array($0.keys.dropFirst()) : [$0.keys.last!] }
        for m in mentions where !surnames[m.person].contains(m.wordKeys.last!) { surnames[m.person].append(m.wordKeys.last!) }
        func ownKeys(_ mention: Mention) -> [String] {
            mention.wordKeys + mention.wordKeys.flatMap { $0.split(separator: "-").map(String.init) }.filter { $0.count >= 3 }
        }
        for (b, mention) in unfound {
            let bead = comparison.alignment[b]
            // People of this bead and of its neighbours (translators move a name across a sentence boundary).
            // A person of a neighbouring bead counts only where that bead's translation does not render
            // them: then the name may have moved here; rendered there, it is another mention here.
            let near = Set(comparison.alignment[max(b - 1, 0)...min(b + 1, comparison.alignment.count - 1)].flatMap(\.source))
            let present = Set(mentions.filter { m in
                guard near.contains(m.sentence) else { return false }
                guard let home = sentenceBead[m.sentence], home != b else { return true }
                return !renderings.contains { $0.bead == home && $0.mention.person == m.person }
            }.map(\.person))
            var done = false
            // The translation's sentences to look in: the bead's, then those of the paragraph next to them,
            // where a speaker moved before a quotation stands («وقال أبو رمان: "…» for '"…," Tarawneh said').
            let paragraphs = Set(bead.target.map { targetDoc.sentences[$0].paragraph })
            // Only for the speaker of a quotation: elsewhere a name beside is another mention.
            let speaks = comparison.source.document.sentences[mention.sentence].text.contains { "\"“”«»„".contains($0) }
            let beside = !speaks ? [] : [bead.target.min().map { $0 - 1 }, bead.target.max().map { $0 + 1 }].compactMap { $0 }
                .filter { targetDoc.sentences.indices.contains($0) && paragraphs.contains(targetDoc.sentences[$0].paragraph) }
            // Another person of the story, by the rendering the translation gives them elsewhere or by spelling.
            for sentences in [bead.target, beside] where !done {
            for (p, person) in people.enumerated() where !present.contains(p) && !done {
                for t in sentences where !done {
                    for c in candidates(t) where !(claimed[b] ?? []).contains(where: { $0.overlaps(c.token.range) }) {
                        // A word of the unfound mention itself ("Provence" of "Provence-Alpes-Côte d'Azur") is that
                        // mention, split otherwise, not the other person it also spells.
                        guard !renders(c, ownKeys(mention)) else { continue }
                        guard surnames[p].contains(where: { key in
                            guard renders(c, [key]) else { return false }
                            if cased { return true }
                            // Without capitals any word may spell like a name ("صلاحيته", 'its validity', like Saleh):
                            // only the spelling the translation gives that person elsewhere counts, or the word with
                            // another word of the person's name next to it ("عبد الغفار" for Abdel Ghaffar).
                            if let s = settled["\(p):\(key)"], c.readings.contains(where: { $0.letters == s.letters }) { return true }
                            let words = Array(targetDoc.tokens(of: t))
                            let others = person.keys.filter { $0 != key }.compactMap { NameMatcher.key($0).tokens.first }
                            return [c.index - 1, c.index + 1].contains { i in
                                guard words.indices.contains(i), words[i].kind == .word else { return false }
                                return NameAffixes.candidates(words[i].key, language: targetLanguage).contains { reading in
                                    guard let read = NameMatcher.key(reading).tokens.first else { return false }
                                    return others.contains { matcher.wordScore($0, read) >= NameMatcher.variantScore }
                                }
                            }
                        }) else { continue }
                        mismatches[b, default: []].append(Divergence(
                            source: mention, targetSentence: t, targetRange: c.token.range, found: c.token.text, expected: nil,
                            why: "\"\(c.token.text)\" renders \(person.text), whom the original names elsewhere"))
                        claimed[b, default: []].append(c.token.range)
                        done = true
                        break
                    }
                }
            }
            }
            // One letter off the spelling the translation settles on for the name elsewhere (الفارسي
            // where it writes الفاسي): the same person misspelt, too far from the original to be placed.
            let word = "\(mention.person):\(mention.wordKeys.last!)"
            if !done, !sameLanguage, let s = settled[word] {
                // The bead's sentences, then a speaker's moved before the quotation («وقال مونتيزو: "…"»).
                for t in bead.target + beside where !done {
                    // Where the translation writes the given name, only the word after it: «ليلى السيد» for Layla
                    // al-Saif, though «السيد» is also a title, and not the «الصيف» ('summer') further on.
                    var pool = candidates(t)
                    if let given = givenName(of: mention, in: t) {
                        let words = Array(targetDoc.tokens(of: t))
                        pool = given + 1 < words.count && words[given + 1].kind == .word
                            ? [Candidate(index: given + 1, token: words[given + 1], readings: NameAffixes.candidates(words[given + 1].key, language: targetLanguage).compactMap { reading in
                                  NameMatcher.key(reading).tokens.first.map { ($0.letters, $0) } })]
                            : []
                    }
                    for c in pool where !(claimed[b] ?? []).contains(where: { $0.overlaps(c.token.range) })
                        && c.readings.contains(where: { Self.oneEditApart($0.letters, s.letters) })
                        // The settled spelling itself under a clitic reading (ب of «باهارون») is no variant of it.
                        && !c.readings.contains(where: { $0.letters == s.letters }) {
                        variants[b, default: []].append(Divergence(
                            source: mention, targetSentence: t, targetRange: c.token.range, found: c.token.text, expected: s.first.text,
                            why: "one letter off \"\(s.first.text)\", the translation's spelling of this name elsewhere"))
                        claimed[b, default: []].append(c.token.range)
                        done = true
                        break
                    }
                }
            }
            // Without capitals: a full name (two words or more) that no word of its bead even resembles
            // is gone, and another name most likely stands in its place ("داويت كيداني" for Yonas Tesfaye).
            // Words of the language ("Good Hope", translated «الرجاء الصالح») are a place or a thing: only a
            // name with a word WordNet knows as nothing but a noun, or not at all, counts.
            if !done, !cased, !sameLanguage, mention.words.count >= 2, let t = bead.target.first,
               sourceLanguage == "en", let wordNet = WordNet.shared,
               // A place named by a geographic word ("Cap Blanc", «الرأس الأبيض»; "Punta Salinas") is translated, not spelt.
               !Self.geographicWords.contains(mention.wordKeys[0]),
               // A lexicon name of the translation there is the name pairing's to place ("אבי כהן").
               !bead.target.contains(where: { !comparison.target.facts[$0].names.isEmpty }),
               mention.wordKeys.contains(where: { key in [WordNet.POS.verb, .adj, .adv].allSatisfy { wordNet.lemmas(key, $0).isEmpty } }),
               // Nor one a title or function word could be ("السيد", 'Mr', for El-Sayed): every word of the bead is asked.
               !bead.target.contains(where: { s in targetDoc.tokens(of: s).contains { token in
                   token.kind == .word && NameAffixes.candidates(token.key, language: targetLanguage).contains { reading in
                       guard let read = NameMatcher.key(reading).tokens.first else { return false }
                       return mention.words.contains { matcher.wordScore($0, read) >= NameMatcher.variantScore } } } }) {
                mismatches[b, default: []].append(Divergence(
                    source: mention, targetSentence: t, targetRange: targetDoc.sentences[t].range, found: targetDoc.sentences[t].text, expected: nil,
                    why: "no word of the translation's sentence spells any word of \(mention.text)", absent: true))
                continue
            }
            guard !done, cased else { continue }
            // An unknown person-like name of the translation that nothing in the original accounts for.
            for t in bead.target where !done {
                for m in comparison.target.facts[t].names where m.entry == nil {
                    let tokens = Array(targetDoc.tokens(of: t))[m.tokens]
                    guard let tail = Self.personTail(tokens, titles: targetTitles, bodies: targetBodies),
                          !(claimed[b] ?? []).contains(where: { $0.overlaps(m.range) }) else { continue }
                    // A word close to any word of a person of the original is that person, spelt some way.
                    let words = candidates(t).filter { c in tail.contains { $0.range == c.token.range } }
                    let known = words.contains { c in
                        people.contains { person in
                            person.keys.contains { key in
                                NameMatcher.key(key).tokens.first.map { score($0, key, c).0 >= NameMatcher.variantScore } ?? false
                            }
                        }
                    }
                    if known { continue }
                    let range = tail.first!.range.lowerBound..<tail.last!.range.upperBound
                    mismatches[b, default: []].append(Divergence(
                        source: mention, targetSentence: t, targetRange: range, found: targetDoc.file.string(range), expected: nil,
                        why: "a name the original does not give, where it names \(mention.text)"))
                    done = true
                    break
                }
            }
        }

        // A bead whose original calls its speaker "he" or "she" where the translation writes a person of
        // the story by name: the name must be the pronoun's antecedent, the person the original named
        // last in the three sentences before (« … », a déclaré M. Adjoumani, where "he" is Asante-Boateng).
        if sourceLanguage == "en" {
            for (b, bead) in comparison.alignment.enumerated() where !bead.source.isEmpty && !bead.target.isEmpty && mismatches[b] == nil {
                let first = bead.source.min()!
                guard !mentions.contains(where: { bead.source.contains($0.sentence) }),
                      let antecedent = mentions.last(where: { $0.sentence < first && $0.sentence >= first - 3 }),
                      // Two people named in that sentence: the pronoun could be either.
                      Set(mentions.filter { $0.sentence == antecedent.sentence }.map(\.person)).count == 1,
                      let (ps, pronoun) = bead.source.lazy.compactMap({ s in
                          sourceDoc.tokens(of: s).first { ["he", "she"].contains($0.key) }.map { (s, $0) } }).first else { continue }
                var done = false
                for t in bead.target where !done {
                    for c in candidates(t) where !(claimed[b] ?? []).contains(where: { $0.overlaps(c.token.range) }) {
                        // Without capitals only the spelling the translation settled on for that person counts
                        // ("عادة", 'usually', spells like no one).
                        guard let p = people.indices.first(where: { p in
                            surnames[p].contains { key in
                                renders(c, [key]) && (cased || settled["\(p):\(key)"].map { s in c.readings.contains { $0.letters == s.letters } } == true)
                            }
                        }) else { continue }
                        if p != antecedent.person {
                            let mention = Mention(sentence: ps, range: pronoun.range, text: pronoun.text, person: antecedent.person,
                                                  words: antecedent.words, wordKeys: antecedent.wordKeys)
                            mismatches[b, default: []].append(Divergence(
                                source: mention, targetSentence: t, targetRange: c.token.range, found: c.token.text, expected: nil,
                                why: "\"\(pronoun.text)\" is \(people[antecedent.person].text), whom the original names last; \"\(c.token.text)\" renders \(people[p].text)"))
                        }
                        done = true
                        break
                    }
                }
            }
        }
    }

    /// Words that open a place's name in the languages wire copy borrows names from: a cape, a point,
    /// a bay, a mount, a lake, an island, a river, a valley.
    static let geographicWords: Set<String> = ["cap", "cape", "cabo", "capo", "punta", "pointe", "point", "ras", "port", "porto", "puerto",
                                               "mont", "mount", "monte", "djebel", "jebel", "jabal", "lac", "lake", "lago", "baie", "bay", "bahia",
                                               "golfe", "gulf", "golfo", "ile", "île", "isla", "isle", "rio", "río", "oued", "wadi", "sierra", "val", "valle"]

    /// Whether an English word before a name describes the person ("ecologist", "economist", "physician"):
    /// a WordNet noun with the ending of a profession. Given names rarely end so, and one that does
    /// ("Christian") only loses the help of its given name in placing the surname.
    static func describes(_ key: String, _ language: String) -> Bool {
        guard language == "en", key.count >= 6, key.hasSuffix("ist") || key.hasSuffix("ian"), let wordNet = WordNet.shared else { return false }
        return !wordNet.lemmas(key, .noun).isEmpty
    }

    /// Whether two romanisations have a consonant in common (bit sets of a–z less the vowels and glides).
    static func shareConsonant(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        func consonants(_ word: [UInt8]) -> UInt32 {
            var set: UInt32 = 0
            for c in word where c >= 0x61 && c <= 0x7A && !"aeiouwy".utf8.contains(c) { set |= 1 << UInt32(c - 0x61) }
            return set
        }
        let x = consonants(a), y = consonants(b)
        return x == 0 || y == 0 || x & y != 0
    }

    /// Second words of Arabic compound given names and surnames («فتح الله», «نور الدين», «عبد الرحمن»).
    /// Prepositions of place a person's name does not follow.
    static let placePrepositions: [String: Set<String>] = [
        "en": ["in", "near", "outside", "inside", "across", "around"], "fr": ["à", "près", "dans"],
        "ru": ["в", "во", "под", "около", "близ"], "es": ["en", "cerca"], "de": ["in", "im", "bei", "nahe"],
    ]

    static let compoundSecondWords: Set<String> = Set(["الله", "الدين", "الرحمن", "الرحيم", "الحق"].map(WordKey.of))

    /// Endings of a Russian adjective made from a place name with "-ск-".
    /// Case endings of Russian adjectives, longest first.
    static let russianAdjectiveEndings = ["ими", "ыми", "его", "ого", "ему", "ому", "ий", "ый", "ой", "ем", "ом", "ей", "ая", "яя", "ую", "юю",
                                          "ее", "ое", "ие", "ые", "их", "ых", "им", "ым"].map(WordKey.of)

    static let russianPlaceAdjective = ["ская", "ское", "ской", "ского", "скому", "ском", "ских", "скую", "скими", "ские", "ский"].map(WordKey.of)

    static let particles: Set<String> = NameMentionFinder.particles.union(["abd", "abdel", "abdul", "abdal", "abdol", "ould", "bint"])

    /// Source sentence → its bead.
    private static func beadOfSource(_ alignment: [Bead]) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for (b, bead) in alignment.enumerated() { for s in bead.source { out[s] = b } }
        return out
    }

    /// Scripts that write names with capitals.
    private static func isCased(_ doc: Document) -> Bool {
        for token in doc.tokens.prefix(200) where token.kind == .word {
            if let s = token.text.unicodeScalars.first(where: Script.isLetter) {
                return s.properties.changesWhenUppercased || s.properties.changesWhenLowercased
            }
        }
        return true
    }

    /// The person words of a capitalised run: what follows its last title, body or
    /// place word, when that is two to four words of two letters or more, none an acronym.
    static func personTail(_ run: ArraySlice<Token>, titles: TitleWords, bodies: TitleWords) -> ArraySlice<Token>? {
        let marker = run.lastIndex(where: { titles.contains($0.key) || bodies.contains($0.key) })
        // After a title the rest is a person ("Governor Amir Yaron"); after a body word, the body's own name
        // ("Hotel Les Mélèzes", "Bank Leumi").
        if let marker, !titles.contains(run[marker].key) { return nil }
        let start = marker.map { $0 + 1 } ?? run.startIndex
        let tail = run[start...]
        guard (2...4).contains(tail.count) else { return nil }
        for token in tail {
            let letters = token.text.unicodeScalars.filter(Script.isLetter)
            if letters.count < 2 || letters.allSatisfy(Script.isUppercase) || token.text.contains(".") { return nil }
        }
        return tail
    }

    /// The people of a document and its mentions of them, in sentence order.
    private static func people(in analyzed: AnalyzedDocument, people: inout [Person]) -> [Mention] {
        let doc = analyzed.document
        let language = doc.language.language
        let titles = TitleWords.of(language), bodies = TitleWords.bodies(language)
        let functionWords = FunctionWords.of(language)
        // Words the document also writes in lower case are words, not names ("Diplomatic Push").
        var lowerCase = Set<String>()
        for token in doc.tokens where token.kind == .word && !token.isCapitalized { lowerCase.insert(token.key) }
        var runs: [(sentence: Int, tokens: ArraySlice<Token>)] = []
        for (s, facts) in analyzed.facts.enumerated() {
            let tokens = Array(doc.tokens(of: s))
            // A headline in title case capitalises every word: no person is introduced there.
            let long = tokens.filter { $0.kind == .word && $0.text.count > 3 }
            // Not a sentence that ends as running text does ("State Labor Minister Gaddam Raghava Rao visited the site.").
            let headline = long.count >= 3 && long.filter(\.isCapitalized).count * 3 >= long.count * 2
                && !PageFurniture.endsSentence(doc.sentences[s].text)
            for m in facts.names where m.entry == nil {
                let run = tokens[m.tokens]
                // A pronoun opening the sentence is nobody ("She said the losses…").
                if run.allSatisfy({ functionWords.contains(key: $0.key) }) { continue }
                // After a possessive, a run of common English words names a programme or a body, not a person
                // ("UNESCO's World Heritage list", "Britain's Environment Agency").
                if language == "en", m.tokens.lowerBound > 0, ["'s", "\u{2019}s"].contains(where: tokens[m.tokens.lowerBound - 1].text.hasSuffix),
                   let wordNet = WordNet.shared, run.allSatisfy({ t in [WordNet.POS.noun, .adj].contains { !wordNet.lemmas(t.key, $0).isEmpty } }) { continue }
                // A name after a preposition of place is a place ("every family in Wad Hamid"), not a person a
                // later "he" could stand for.
                // Not inside a title ("Special Agent in Charge Daniel Ostrowski").
                let place = m.tokens.lowerBound > 0 && Self.placePrepositions[language]?.contains(tokens[m.tokens.lowerBound - 1].key) == true
                    && !(m.tokens.lowerBound > 1 && tokens[m.tokens.lowerBound - 2].isCapitalized && tokens[m.tokens.lowerBound - 2].kind == .word)
                if !headline, let tail = personTail(run, titles: titles, bodies: bodies),
                   !tail.contains(where: { lowerCase.contains($0.key) && !NameMentionFinder.particles.contains($0.key) }) {
                    let keys = tail.map { NameAffixes.candidates($0.key, language: language).last! }
                    // "El Fassi" after "Salma El Fassi" is her again, not another person.
                    if !place, !people.contains(where: { $0.keys == keys || ($0.keys.count > keys.count && Array($0.keys.suffix(keys.count)) == keys) }) {
                        let before = m.tokens.lowerBound - 1
                        let afterGivenName = before >= 0 && tokens[before].isCapitalized
                            && facts.names.contains { $0.entry != nil && $0.tokens.contains(before) }
                        people.append(Person(keys: keys, text: doc.file.string(tail.first!.range.lowerBound..<tail.last!.range.upperBound),
                                             afterGivenName: afterGivenName))
                    }
                    runs.append((s, tail))
                } else if run.count == 1 {
                    runs.append((s, run))
                }
            }
        }
        var out: [Mention] = []
        for (s, run) in runs {
            let keys = run.map { NameAffixes.candidates($0.key, language: language).last! }
            let person: Int?
            if keys.count > 1 {
                // The whole name, or its last words as one person's alone ("El Fassi" of "Salma El Fassi").
                let tails = people.indices.filter { people[$0].keys.count > keys.count && Array(people[$0].keys.suffix(keys.count)) == keys }
                person = people.firstIndex { $0.keys == keys } ?? (tails.count == 1 ? tails[0] : nil)
            } else {
                // A lone word: the surname of exactly one person; else a later word of exactly one name of
                // three words or more (Spanish writes the first of two surnames alone: "Huamán" of
                // "Marco Antonio Huamán Torres").
                let surnames = people.indices.filter { people[$0].keys.last == keys[0] }
                let inner = people.indices.filter { people[$0].keys.count >= 3 && people[$0].keys.dropFirst().contains(keys[0]) }
                // Failing both, the first word of a two-word name read after a given name the lexicon knows
                // ("Jean-Pierre" of "Jean-Pierre Kasongo Mwamba" leaves "Kasongo Mwamba"; "Kasongo said").
                let first = people.indices.filter { people[$0].keys.count == 2 && people[$0].keys[0] == keys[0] && people[$0].afterGivenName }
                person = surnames.count == 1 ? surnames[0] : surnames.isEmpty && inner.count == 1 ? inner[0]
                    : surnames.isEmpty && inner.isEmpty && first.count == 1 ? first[0] : nil
            }
            guard let person else { continue }
            // Particles are written onto the next word in some scripts (el-Sherbiny → الشربيني): not matched alone.
            let matched = keys.count > 1 ? keys.filter { !Self.particles.contains($0) } : keys
            let words = matched.compactMap { NameMatcher.key($0).tokens.first }
            guard !words.isEmpty, words.count == matched.count else { continue }
            let range = run.first!.range.lowerBound..<run.last!.range.upperBound
            out.append(Mention(sentence: s, range: range, text: doc.file.string(range), person: person, words: words, wordKeys: matched))
        }
        return out
    }
}

/// Regular differences between Latin transliterations of one name
/// (Dmitry / Dmitri, Tchernychev / Chernyshev / Tschernyschow, Sergueï /
/// Sergey, Smirnoff / Smirnov): folded away before two Latin spellings are
/// compared across languages. A misspelling (Whitfeld for Whitfield) survives.
enum TransliterationFold {
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool { a == b || fold(a) == fold(b) }

    static func fold(_ word: [UInt8]) -> [UInt8] {
        var s = word
        // In order, each leftmost-first and without overlaps, as String.replacingOccurrences does; on
        // bytes, as the patterns are ASCII and so never match inside a multi-byte letter.
        for (from, to) in replacements where s.count >= from.count { replace(&s, from, to) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s where out.last != c { out.append(c) }  // doubled letters
        // Final -y, -i, -ii, -iy, -ij all end in "i".
        while let last = out.last, last == UInt8(ascii: "y") || last == UInt8(ascii: "j") {
            out.removeLast()
            if out.last != UInt8(ascii: "i") { out.append(UInt8(ascii: "i")) }
        }
        return out
    }

    private static func replace(_ s: inout [UInt8], _ from: [UInt8], _ to: [UInt8]) {
        let first = from[0]
        guard let start = s.firstIndex(of: first) else { return }
        var out: [UInt8] = Array(s[..<start])
        var i = start, changed = false
        while i < s.count {
            if s[i] == first, i + from.count <= s.count, s[i..<(i + from.count)].elementsEqual(from) {
                out.append(contentsOf: to)
                i += from.count
                changed = true
            } else {
                out.append(s[i])
                i += 1
            }
        }
        if changed { s = out }
    }

    private static let replacements: [([UInt8], [UInt8])] = [
        ("tsch", "ch"), ("tch", "ch"), ("sch", "ch"), ("sh", "ch"), ("kh", "h"), ("ou", "u"), ("ck", "k"),
        ("ph", "f"), ("w", "v"), ("gue", "ge"), ("gui", "gi"), ("dj", "j"), ("dzh", "j"), ("zh", "j"),
        ("iou", "yu"), ("iu", "yu"), ("ia", "ya"), ("ks", "x"), ("ff", "v"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
