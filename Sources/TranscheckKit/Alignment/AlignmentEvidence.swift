import Foundation

/// What the aligner knows of every sentence of a pair: each word as a small
/// set of match keys, weighted by how rare the word is in its document, and
/// the sentence's length. A source word and a target word match when their
/// keys meet: the same stem (same language), a bilingual-dictionary
/// translation of the stem, a cognate (same first letters once accents are
/// gone), the same romanised consonants (names across scripts), the same
/// lexicon entity, number value or date.
struct AlignmentEvidence {
    struct Side {
        /// Per sentence: range into `tokenWeights` / `tokenKeyStarts`.
        var sentenceTokens: [Range<Int>] = []
        /// Per token: start into `keys` (one extra entry at the end).
        var tokenKeyStarts: [Int32] = [0]
        var keys: [Int32] = []
        var tokenWeights: [Float] = []
        /// Per sentence: sum of its token weights.
        var totalWeight: [Float] = []
        /// Per sentence: letters and digits.
        var length: [Float] = []
        var paragraphStart: [Bool] = []
        var heading: [Bool] = []
        /// Per boundary (before sentence i; one extra at the end): whether a quotation runs across it.
        var quoteCrosses: [Bool] = []

        var count: Int { sentenceTokens.count }

        func keys(ofToken t: Int) -> ArraySlice<Int32> { keys[Int(tokenKeyStarts[t])..<Int(tokenKeyStarts[t + 1])] }
    }

    var source = Side()
    var target = Side()
    /// Size of the key space (for stamp arrays).
    var keyCount: Int = 0
    let sameLanguage: Bool
    let crossScript: Bool

    init(source sourceDoc: AnalyzedDocument, target targetDoc: AnalyzedDocument, dictionary: BilingualDictionary?,
         sourceTerms: TermIndex? = nil, targetTerms: TermIndex? = nil) {
        let sourceLanguage = sourceDoc.document.language, targetLanguage = targetDoc.document.language
        sameLanguage = sourceLanguage.language == targetLanguage.language
        crossScript = SentenceProfile.dominantScript(sourceDoc.document) != SentenceProfile.dominantScript(targetDoc.document)
        let dictionary = sameLanguage ? nil : dictionary
        precondition((dictionary?.targetStemCount ?? 0) < Int(EvidenceKeys.base), "dictionary ids must stay below key numbers")
        // Keys are numbered process-wide (`EvidenceKeys`); the few met once that table is
        // full are numbered here, per pair.
        var interned: [ByteKey: Int32] = [:]
        func key(_ text: String) -> Int32 {
            if let number = EvidenceKeys.shared.number(text) { return number }
            if let id = interned[ByteKey(text)] { return id }
            let id = EvidenceKeys.localBase + Int32(interned.count)
            interned[ByteKey(text)] = id
            return id
        }
        let sourceStemmer = Stemmer(language: sourceLanguage), targetStemmer = Stemmer(language: targetLanguage)
        let crossScript = self.crossScript
        // Lexicon concepts: any rendering, whatever its status, ties a word to its concept in both languages
        // (the term indexes are built once per checker, not per pair).
        var clock = StageClock()
        let sourceConcepts = sameLanguage ? [:] : sourceTerms?.conceptsByStem ?? [:]
        let targetConcepts = sameLanguage ? [:] : targetTerms?.conceptsByStem ?? [:]
        clock.lap("  align: concepts")

        /// What a word contributes whatever the pair: dictionary ids and key numbers. Kept by
        /// the word's term index across pairs (the same original, a language's vocabulary).
        let context = (source: "\(targetLanguage.tag)|true|\(crossScript)|\(dictionary != nil)",
                       target: "\(sourceLanguage.tag)|false|\(crossScript)|\(dictionary != nil)")
        let memos = (source: sourceTerms?.wordEvidence(context.source), target: targetTerms?.wordEvidence(context.target))
        func evidence(_ token: Token, isSource: Bool) -> WordEvidence {
            let memo = isSource ? memos.source : memos.target
            if let known = memo?.value(ByteKey(token.text)) { return known }
            var ids: [Int32] = [], keys: [String] = []
            let stem = (isSource ? sourceStemmer : targetStemmer).stem(token.text)
            let concepts = isSource ? sourceConcepts : targetConcepts
            let language = (isSource ? sourceLanguage : targetLanguage).language
            if let hit = concepts[stem] {
                keys.append(contentsOf: hit.map { "C\($0)" })
            } else if !concepts.isEmpty {
                // Hebrew and Arabic glue prepositions and the article to the word (לכיבוש, والحرب); French elides (l'accord).
                for candidate in NameAffixes.candidates(stem, language: language).dropFirst() {
                    if let hit = concepts[candidate] { keys.append(contentsOf: hit.map { "C\($0)" }); break }
                }
            }
            if let dictionary {
                if isSource {
                    ids.append(contentsOf: dictionary.targetIDs(ofSourceStem: stem).prefix(24))
                } else if let id = dictionary.targetID(ofStem: stem) {
                    ids.append(id)
                }
            }
            // Names and loanwords written alike in both languages.
            if !crossScript { keys.append("=" + stem) }
            if crossScript {
                // Romanised consonants: names and loanwords across scripts (прогресс, progress).
                if token.text.count >= 4, let skeleton = SentenceProfile.consonantSkeleton(token.text) { keys.append("~" + skeleton) }
            } else if !sameLanguage, let cognate = Self.cognateKey(token.text) {
                keys.append("^" + cognate)
            }
            var local: [String] = []
            for k in keys {
                if let number = EvidenceKeys.shared.number(k) { ids.append(number) } else { local.append(k) }
            }
            let made = WordEvidence(ids: Self.sortedUnique(ids), localKeys: local)
            memo?.store(ByteKey(token.text), made)
            return made
        }

        /// Keys of one word.
        func wordKeys(_ token: Token, isSource: Bool) -> [Int32] {
            guard token.kind == .word else { return [key("#" + token.key)] }
            let e = evidence(token, isSource: isSource)
            return e.localKeys.isEmpty ? e.ids : Self.sortedUnique(e.ids + e.localKeys.map(key))
        }

        func build(_ doc: AnalyzedDocument, isSource: Bool) -> Side {
            var side = Side()
            let tokens = doc.document.tokens, sentences = doc.document.sentences
            // The document's distinct words numbered once (one hash per token); a word's key is a
            // function of its text, so keys are numbered at a text's first occurrence only.
            var textNumbers: [ByteKey: Int32] = [:], keyNumbers: [ByteKey: Int32] = [:]
            textNumbers.reserveCapacity(tokens.count)
            keyNumbers.reserveCapacity(tokens.count)
            var textOf = [Int32](repeating: 0, count: tokens.count), keyOfText: [Int32] = []
            // Characters of each distinct text, for the sentence lengths (counting graphemes is not cheap).
            var charactersOfText: [Int] = []
            for (t, token) in tokens.enumerated() {
                let text = ByteKey(token.text)
                if let number = textNumbers[text] { textOf[t] = number; continue }
                let number = Int32(keyOfText.count)
                textNumbers[text] = number
                textOf[t] = number
                charactersOfText.append(token.characterCount)
                let key = ByteKey(token.key)
                let keyNumber = keyNumbers[key] ?? Int32(keyNumbers.count)
                keyNumbers[key] = keyNumber
                keyOfText.append(keyNumber)
            }
            // Document frequency of each word key (sentences it occurs in), for weights.
            var df = [Int](repeating: 0, count: keyNumbers.count), lastSentence = [Int](repeating: -1, count: keyNumbers.count)
            for (index, sentence) in sentences.enumerated() {
                for t in sentence.tokens {
                    let k = Int(keyOfText[Int(textOf[t])])
                    if lastSentence[k] != index { lastSentence[k] = index; df[k] += 1 }
                }
            }
            // Keys of each distinct word, made at its first occurrence: keyPool[keyRange[w]].
            var keyRange = [Range<Int>?](repeating: nil, count: keyOfText.count), keyPool: [Int32] = []
            // Weight of each distinct word: rare words carry the evidence; words in every sentence carry little.
            let n = Float(max(sentences.count, 1))
            var weight = [Float](repeating: 0, count: keyOfText.count)
            side.tokenWeights.reserveCapacity(tokens.count + sentences.count * 2)
            side.tokenKeyStarts.reserveCapacity(tokens.count + sentences.count * 2 + 1)
            for (index, sentence) in sentences.enumerated() {
                let start = side.tokenWeights.count
                var total: Float = 0
                for t in sentence.tokens {
                    let number = Int(textOf[t])
                    let range: Range<Int>
                    if let known = keyRange[number] {
                        range = known
                    } else {
                        let made = wordKeys(tokens[t], isSource: isSource)
                        range = keyPool.count..<(keyPool.count + made.count)
                        keyPool += made
                        keyRange[number] = range
                        weight[number] = max(log(1 + n / Float(max(df[Int(keyOfText[number])], 1))), 0.1) * (tokens[t].kind == .number ? 1.5 : 1)
                    }
                    for k in range { side.keys.append(keyPool[k]) }
                    side.tokenKeyStarts.append(Int32(side.keys.count))
                    side.tokenWeights.append(weight[number])
                    total += weight[number]
                }
                // Values and entities as extra tokens: the strongest anchors there are.
                let facts = doc.facts[index]
                var extra: [Int32] = []
                for number in facts.numbers where !number.isWeak { extra.append(key("#v\(number.value)")) }
                for date in facts.dates { extra.append(key("@" + date.normalForm)) }
                for name in facts.names { if let entry = name.entry { extra.append(key("E\(entry)")) } }
                for k in extra {
                    side.keys.append(k)
                    side.tokenKeyStarts.append(Int32(side.keys.count))
                    side.tokenWeights.append(Self.factWeight)
                    total += Self.factWeight
                }
                side.sentenceTokens.append(start..<side.tokenWeights.count)
                side.totalWeight.append(total)
                side.length.append(Float(sentence.tokens.reduce(0) { $0 + charactersOfText[Int(textOf[$1])] }))
                side.paragraphStart.append(index == 0 || doc.document.sentences[index - 1].paragraph != sentence.paragraph)
                let last = sentence.text.unicodeScalars.last { !QuoteDelimiters.allMarks.contains(Character($0)) && $0 != ")" }
                side.heading.append(!(last.map { ".!?。؟।…:;".unicodeScalars.contains($0) } ?? false))
            }
            side.quoteCrosses = Self.quoteCrossings(doc)
            return side
        }
        // The original's side depends on it and on the pairing alone, and leaves the key numbering
        // where the target's side takes it up: both kept with the document for its next pair.
        let sourceContext = "alignment evidence|\(targetLanguage.tag)|\(crossScript)|\(dictionary != nil)|\(sameLanguage)"
        let made = sourceDoc.memo.value(sourceContext) { () -> SourceSide in
            let side = build(sourceDoc, isSource: true)
            return SourceSide(side: side, interned: interned)
        }
        source = made.side
        interned = made.interned
        clock.lap("  align: source words")
        target = build(targetDoc, isSource: false)
        clock.lap("  align: target words")
        // Keys renumbered densely in order of appearance: the aligner's stamp arrays are then the
        // size of this pair's vocabulary, not of the dictionary's (a fresh 100,000-entry array a
        // pair was a visible share of an audit, most of it page faults).
        keyCount = DenseKeyNumbering.with { numbering in
            numbering.renumber(&source.keys)
            numbering.renumber(&target.keys)
            return Int(numbering.count)
        }
    }

    /// The original's side of a pairing and the per-pair key numbering after it.
    struct SourceSide {
        let side: Side
        let interned: [ByteKey: Int32]
    }

    /// The first five letters of a word without accents, for cognates across
    /// Latin-script languages ("Gletscher"/"glacier" do not meet; "Expedition"/"expédition" do).
    static let cognateLength = 5
    /// Weight of a number, date or lexicon entity shared by two sentences.
    static let factWeight: Float = 4

    static func sortedUnique(_ keys: [Int32]) -> [Int32] {
        var unique: [Int32] = []
        unique.reserveCapacity(keys.count)
        for k in keys.sorted() where unique.last != k { unique.append(k) }
        return unique
    }

    /// Per sentence boundary, whether a quotation opened before it closes after it
    /// ('"We have no choice. Every litre we save …," the governor said' is one quotation over two sentences).
    static func quoteCrossings(_ doc: AnalyzedDocument) -> [Bool] {
        let sentences = doc.document.sentences
        var crosses = [Bool](repeating: false, count: sentences.count + 1)
        let byParagraph = doc.memo.value("paragraph quotes") { QuoteExtractor.paragraphQuotes(doc.document) }
        guard !byParagraph.isEmpty else { return crosses }
        var first = 0
        while first < sentences.count {
            var last = first
            while last + 1 < sentences.count && sentences[last + 1].paragraph == sentences[first].paragraph { last += 1 }
            if last > first, let quotes = byParagraph[sentences[first].paragraph] {
                for quote in quotes {
                    guard let a = (first...last).first(where: { sentences[$0].range.upperBound > quote.lowerBound }),
                          let b = (a...last).first(where: { sentences[$0].range.upperBound >= quote.upperBound }), b > a else { continue }
                    for k in (a + 1)...b { crosses[k] = true }
                }
            }
            first = last + 1
        }
        return crosses
    }

    static func cognateKey(_ word: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let v = scalar.value
            var letter: UInt32
            if (0x41...0x5A).contains(v) { letter = v + 0x20 }
            else if (0x61...0x7A).contains(v) { letter = v }
            else if v >= 0xC0 && v < 0x250, let base = latinBase[Int(v - 0xC0)] { letter = base }
            else { return nil }
            out.append(Unicode.Scalar(letter)!)
            if out.count == cognateLength { break }
        }
        return out.count >= cognateLength ? String(out) : nil
    }

    /// Latin-1 and Latin Extended letters → their lower-case ASCII base letter ("É" → "e"), nil for others.
    static let latinBase: [UInt32?] = (0xC0..<0x250).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)), scalar.properties.isAlphabetic,
              let base = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.first,
              (0x61...0x7A).contains(base.value) else { return nil }
        return base.value
    }
}

/// Lexical overlap of single sentence pairs, computed row by row with stamp
/// arrays: weight of the source words that find a match in the target
/// sentence, and of the target words that find one in the source sentence.
struct OverlapTable {
    private let evidence: AlignmentEvidence
    /// The translation's keys inverted: for key k, the target tokens that hold it
    /// (`tokenList[tokenStart[k]..<tokenStart[k + 1]]`, ascending) and the target
    /// sentences that do (`sentenceList`, ascending, each once).
    private let tokenStart: [Int32], tokenList: [Int32]
    private let sentenceStart: [Int32], sentenceList: [Int32]
    private let sentenceOfToken: [Int32]
    private var keyStamp: [UInt32], tokenStamp: [UInt32], sentenceStamp: [UInt32]
    private var epoch: UInt32 = 0

    init(_ evidence: AlignmentEvidence) {
        self.evidence = evidence
        let t = evidence.target, keyCount = evidence.keyCount
        var sentenceOfToken = [Int32](repeating: 0, count: t.tokenWeights.count)
        for (j, tokens) in t.sentenceTokens.enumerated() { for tok in tokens { sentenceOfToken[tok] = Int32(j) } }
        // Counting sort of (key, token) and (key, sentence) by key; tokens and sentences come in order.
        var tokenCount = [Int32](repeating: 0, count: keyCount + 1), sentenceCount = [Int32](repeating: 0, count: keyCount + 1)
        var lastSentence = [Int32](repeating: -1, count: keyCount)
        for tok in 0..<t.tokenWeights.count {
            for k in Int(t.tokenKeyStarts[tok])..<Int(t.tokenKeyStarts[tok + 1]) {
                let key = Int(t.keys[k])
                tokenCount[key + 1] += 1
                if lastSentence[key] != sentenceOfToken[tok] { lastSentence[key] = sentenceOfToken[tok]; sentenceCount[key + 1] += 1 }
            }
        }
        for key in 0..<keyCount {
            tokenCount[key + 1] += tokenCount[key]
            sentenceCount[key + 1] += sentenceCount[key]
        }
        var tokenList = [Int32](repeating: 0, count: Int(tokenCount[keyCount])), sentenceList = [Int32](repeating: 0, count: Int(sentenceCount[keyCount]))
        var tokenFill = tokenCount, sentenceFill = sentenceCount
        lastSentence = [Int32](repeating: -1, count: keyCount)
        for tok in 0..<t.tokenWeights.count {
            for k in Int(t.tokenKeyStarts[tok])..<Int(t.tokenKeyStarts[tok + 1]) {
                let key = Int(t.keys[k])
                tokenList[Int(tokenFill[key])] = Int32(tok)
                tokenFill[key] += 1
                if lastSentence[key] != sentenceOfToken[tok] {
                    lastSentence[key] = sentenceOfToken[tok]
                    sentenceList[Int(sentenceFill[key])] = sentenceOfToken[tok]
                    sentenceFill[key] += 1
                }
            }
        }
        self.tokenStart = tokenCount
        self.tokenList = tokenList
        self.sentenceStart = sentenceCount
        self.sentenceList = sentenceList
        self.sentenceOfToken = sentenceOfToken
        keyStamp = [UInt32](repeating: 0, count: keyCount)
        tokenStamp = [UInt32](repeating: 0, count: t.tokenWeights.count)
        sentenceStamp = [UInt32](repeating: 0, count: t.count)
    }

    /// (matched source weight, matched target weight) for sentence i and each j in `js`.
    /// Walks the postings of sentence i's keys only, so sentences that share nothing cost nothing.
    /// Weights are added in token order, as a scan of each pair would add them (same sums, bit for bit).
    mutating func row(_ i: Int, _ js: Range<Int>) -> [(Float, Float)] {
        var out = [(Float, Float)](repeating: (0, 0), count: js.count)
        guard !js.isEmpty else { return out }
        let s = evidence.source, t = evidence.target
        let lo = Int32(js.lowerBound), hi = Int32(js.upperBound)
        let sourceTokens = s.sentenceTokens[i]
        // The translation's tokens that hold a key of sentence i, each once, in order.
        epoch &+= 1
        let rowEpoch = epoch
        var matched: [Int32] = []
        for k in Int(s.tokenKeyStarts[sourceTokens.lowerBound])..<Int(s.tokenKeyStarts[sourceTokens.upperBound]) {
            let key = Int(s.keys[k])
            guard keyStamp[key] != rowEpoch else { continue }
            keyStamp[key] = rowEpoch
            for p in Int(tokenStart[key])..<Int(tokenStart[key + 1]) {
                let tok = Int(tokenList[p])
                if tokenStamp[tok] != rowEpoch { tokenStamp[tok] = rowEpoch; matched.append(Int32(tok)) }
            }
        }
        matched.sort()
        for tok in matched {
            let j = sentenceOfToken[Int(tok)]
            if j >= lo && j < hi { out[Int(j - lo)].1 += t.tokenWeights[Int(tok)] }
        }
        // Each source token, in order, counts once for every sentence of the range that holds one of its keys.
        for tok in sourceTokens {
            epoch &+= 1
            let tokenEpoch = epoch
            let weight = s.tokenWeights[tok]
            for k in Int(s.tokenKeyStarts[tok])..<Int(s.tokenKeyStarts[tok + 1]) {
                let key = Int(s.keys[k])
                for p in Int(sentenceStart[key])..<Int(sentenceStart[key + 1]) {
                    let j = sentenceList[p]
                    if j >= lo && j < hi && sentenceStamp[Int(j)] != tokenEpoch {
                        sentenceStamp[Int(j)] = tokenEpoch
                        out[Int(j - lo)].0 += weight
                    }
                }
            }
        }
        return out
    }
}

/// A word's alignment evidence: dictionary ids and key numbers, sorted, and
/// the keys `EvidenceKeys` had no number for (almost always none).
struct WordEvidence: Sendable {
    let ids: [Int32]
    let localKeys: [String]
}
