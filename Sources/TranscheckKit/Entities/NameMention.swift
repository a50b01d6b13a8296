/// A name in a sentence: a lexicon form (in any script, whatever its
/// affixes) or, in scripts with capitals, a capitalised run of words.
public struct NameMention: Sendable, Equatable {
    /// UTF-16 span in the file.
    public let range: Range<Int>
    public let text: String
    /// Token positions inside the sentence.
    public let tokens: Range<Int>
    /// The lexicon entry (index into `NameIndex.entries`), nil for a name the lexicon does not know.
    public let entry: Int?
    /// The lexicon form it matched (index into `NameIndex.forms`).
    public let form: Int?
    /// The word keys of the mention, affixes removed where the lexicon showed how.
    public let keys: [String]
}

/// Finds the name mentions of a sentence.
public struct NameMentionFinder: Sendable {
    public let index: NameIndex
    public let language: LanguageTag
    private let titles: TitleWords
    private let bodies: TitleWords
    private let functionWords: FunctionWords

    public init(index: NameIndex, language: LanguageTag) {
        self.index = index
        self.language = language
        titles = TitleWords.of(language.language)
        bodies = TitleWords.bodies(language.language)
        functionWords = FunctionWords.of(language.language)
    }

    /// Particles that join the words of one name ("Ayman al-Zawahiri", "Ursula von der Leyen").
    static let particles: Set<String> = ["al", "el", "bin", "ben", "ibn", "abu", "bint", "ould", "de", "du", "des", "la", "le",
                                         "van", "von", "der", "den", "da", "di", "dos", "del", "ter", "y", "ад", "аль", "бен", "бин", "фон", "ван", "де"]

    public func mentions(_ tokens: ArraySlice<Token>, file: TextFile, excluding excluded: [Range<Int>] = []) -> [NameMention] {
        let tokens = Array(tokens)
        guard !tokens.isEmpty else { return [] }
        let lang = language.language
        let candidates = index.candidates(tokens, language: lang)
        var covered = tokens.map { token in excluded.contains { $0.overlaps(token.range) } }
        var out: [NameMention] = []

        // Lexicon forms, longest first at each position.
        var i = 0
        while i < tokens.count {
            if !covered[i], !candidates[i].isEmpty, let (f, length) = index.longestMatch(at: i, candidates: candidates),
               casingAgrees(tokens[i], index.forms[f].text), !(i..<(i + length)).contains(where: { covered[$0] }),
               !(length == 1 && index.entries[index.forms[f].entry].kind == .person && hasUnlistedNeighbour(tokens, i, candidates, file: file)) {
                out.append(mention(tokens, i..<(i + length), file: file, entry: index.forms[f].entry, form: f,
                                   keys: index.forms[f].keys))
                for k in i..<(i + length) { covered[k] = true }
                i += length
            } else {
                i += 1
            }
        }

        // Capitalised runs in scripts with capitals.
        i = 0
        while i < tokens.count {
            guard !covered[i], tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, !covered[end] {
                let gap = file.string(tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound)
                guard gap.allSatisfy({ $0 == " " || $0 == "-" || $0 == "\u{00A0}" }) else { break }
                if tokens[end].kind == .word, tokens[end].isCapitalized { end += 1; continue }
                // A particle joins two capitalised words.
                if Self.particles.contains(tokens[end].key), end + 1 < tokens.count, !covered[end + 1],
                   tokens[end + 1].isCapitalized,
                   file.string(tokens[end].range.upperBound..<tokens[end + 1].range.lowerBound).allSatisfy({ $0 == " " || $0 == "-" }) {
                    end += 2
                    continue
                }
                break
            }
            var start = i
            let sentenceStart = i == 0
            // Titles and a sentence-initial function word are not part of the name.
            while start < end, titles.contains(tokens[start].key) || (start == 0 && sentenceStart && functionWords.contains(key: tokens[start].key))
                    || (start > i && Self.particles.contains(tokens[start].key)) {
                start += 1
            }
            if start < end, isNameLike(tokens[start..<end]) {
                out.append(mention(tokens, start..<end, file: file, entry: nil, form: nil, keys: tokens[start..<end].map(\.key)))
            }
            i = end
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A person's one-word form ("Li" for Li Qiang, "Sullivan") next to a capitalised word
    /// the lexicon does not list with it is part of another person's full name ("Li Wenjun",
    /// "Jake Sullivan" when the lexicon's Sullivan is someone else).
    private func hasUnlistedNeighbour(_ tokens: [Token], _ i: Int, _ candidates: [[String]], file: TextFile) -> Bool {
        for j in [i - 1, i + 1] where j >= 0 && j < tokens.count {
            let t = tokens[j]
            guard t.kind == .word, t.isCapitalized, candidates[j].isEmpty, !titles.contains(t.key),
                  !bodies.contains(t.key), !(j == 0 && functionWords.contains(key: t.key)) else { continue }
            let gap = j < i ? t.range.upperBound..<tokens[i].range.lowerBound : tokens[i].range.upperBound..<t.range.lowerBound
            if gap.count == 1 && file.string(gap) == " " { return true }
        }
        return false
    }

    /// A lexicon form written with a capital must be capitalised in a cased
    /// script ("Nice" the city, not "nice"; "Miller", not "miller").
    private func casingAgrees(_ token: Token, _ form: String) -> Bool {
        guard let f = form.unicodeScalars.first, Script.isUppercase(f) else { return true }
        // After an elision the name's own first letter counts ("d'Israël", "l'Iran").
        var scalars = Substring(token.text).unicodeScalars[...]
        if let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
           scalars.distance(from: scalars.startIndex, to: apostrophe) <= 4 {
            scalars = scalars[scalars.index(after: apostrophe)...]
        }
        guard let t = scalars.first(where: Script.isLetter) else { return false }
        guard t.properties.isUppercase || !(t.properties.isLowercase) else { return false }
        // An acronym is written in capitals: « Un porte-parole » at the start of a sentence is not the UN.
        // (Up to a possessive or a case ending: "UN's", "ООН-овский" aside.)
        let word = scalars.prefix { $0 != "'" && $0 != "\u{2019}" && $0 != "-" }
        if word.allSatisfy({ !Script.isLetter($0) || Script.isUppercase($0) || !$0.properties.isLowercase }) { return true }
        var letters = 0
        for scalar in form.unicodeScalars where Script.isLetter(scalar) {
            guard Script.isUppercase(scalar) else { return true }
            letters += 1
        }
        return letters < 2
    }

    /// Acronyms, abbreviations and lone title words are not names.
    private func isNameLike(_ run: ArraySlice<Token>) -> Bool {
        if run.count == 1, let only = run.first {
            let letters = only.text.unicodeScalars.filter(Script.isLetter)
            if letters.count < 2 || letters.allSatisfy(Script.isUppercase) { return false }
            if only.text.containsBytes(".") || functionWords.contains(key: only.key) { return false }
        }
        return !run.allSatisfy { titles.contains($0.key) || Self.particles.contains($0.key) }
    }

    private func mention(_ tokens: [Token], _ span: Range<Int>, file: TextFile, entry: Int?, form: Int?, keys: [String]) -> NameMention {
        let range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
        return NameMention(range: range, text: file.string(range), tokens: span, entry: entry, form: form, keys: keys)
    }
}
