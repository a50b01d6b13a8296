import Foundation

/// One proposed lexicon addition learnt from a checked pair.
public struct GlossarySuggestion: Sendable {
    public enum Kind: String, Sendable {
        /// A lexicon name written off its forms in the translation.
        case misspelling
        /// A name pair the lexicon does not know (the original's name and its rendering).
        case name
        /// A rendering of a lexicon concept the concept does not list.
        case rendering
        /// A word of the original replaced by another the lexicons say nothing about.
        case substitution
    }

    public let kind: Kind
    public let change: GlossaryEditor.Change
    /// One line: what is proposed.
    public let summary: String
    /// Where it was seen: "file:line:column".
    public let evidence: [String]
}

/// Learns lexicon additions from an aligned pair: misspelt lexicon names,
/// name pairs across scripts that no entry covers, renderings of lexicon
/// concepts the concept does not list (the same word wherever the concept
/// occurs), and substitutions no lexicon explains. Only what the lexicons do
/// not already hold is proposed.
public struct GlossarySuggester: Sendable {
    public let lexicons: Lexicons

    public init(lexicons: Lexicons) { self.lexicons = lexicons }

    public func suggestions(for report: Report) -> [GlossarySuggestion] {
        guard let comparison = report.comparison else { return [] }
        var out: [GlossarySuggestion] = []
        var seen: Set<String> = []
        func add(_ s: GlossarySuggestion, key: String) {
            if seen.insert(key).inserted { out.append(s) } else if let i = out.firstIndex(where: { $0.summary == s.summary }) {
                out[i] = GlossarySuggestion(kind: s.kind, change: s.change, summary: s.summary, evidence: out[i].evidence + s.evidence)
            }
        }
        for bead in comparison.alignment.indices where !comparison.alignment[bead].target.isEmpty {
            for s in names(bead, comparison) { add(s, key: s.summary) }
        }
        for s in renderings(comparison) { add(s, key: s.summary) }
        for bead in comparison.alignment.indices {
            for s in substitutions(bead, comparison) { add(s, key: s.summary) }
        }
        return out
    }

    // MARK: - Names

    private func names(_ beadIndex: Int, _ comparison: Comparison) -> [GlossarySuggestion] {
        let bead = comparison.alignment[beadIndex]
        let pairing = comparison.memo.value("names", bead: beadIndex) { NamePairing(bead: bead, index: beadIndex, comparison: comparison) }
        let sourceLanguage = comparison.source.document.language, targetLanguage = comparison.target.document.language
        var out: [GlossarySuggestion] = []
        for v in pairing.variants {
            let where_ = position(comparison, .target, v.targetRange.lowerBound)
            if let entry = lexicons.names.first(where: { e in e.forms.contains { $0.text == v.expected } }) {
                guard !entry.forms.contains(where: { $0.language.language == targetLanguage.language && WordKey.of($0.text) == WordKey.of(v.found) }) else { continue }
                let canonical = entry.forms.first { $0.text == v.expected }!
                let found = Self.baseForm(v.found, language: targetLanguage, like: v.expected)
                guard !entry.forms.contains(where: { $0.language.language == targetLanguage.language && WordKey.of($0.text) == WordKey.of(found) }) else { continue }
                let change = NameEntry(id: entry.id, kind: entry.kind, role: nil,
                                       forms: [form(canonical.text, canonical.language, .canonical),
                                               form(found, targetLanguage, .misspelling)],
                                       titles: [:], location: entry.location)
                out.append(GlossarySuggestion(kind: .misspelling, change: .name(change),
                                              summary: "\"\(found)\" (\(targetLanguage)) is a misspelling of \(entry.id) (\"\(v.expected)\")",
                                              evidence: [where_]))
            } else if let source = v.source {
                let id = Self.identifier(v.expected)
                guard !id.isEmpty, !lexicons.names.contains(where: { $0.id == id }) else { continue }
                let entry = NameEntry(id: id, kind: v.kind ?? .person, role: nil,
                                      forms: [form(v.expected, sourceLanguage, .canonical), form(v.found, targetLanguage, .misspelling)],
                                      titles: [:], location: LexiconLocation(file: "suggested", line: 1, column: 1))
                out.append(GlossarySuggestion(kind: .name, change: .name(entry),
                                              summary: "\"\(v.expected)\" is new to the lexicon; \"\(v.found)\" (\(targetLanguage)) spells it off",
                                              evidence: [position(comparison, .source, source.mention.range.lowerBound), where_]))
            }
        }
        // Unknown names of the translation that spell a name of the original off (in added
        // sentences too, where no aligned name accounts for them).
        let reported = Set(pairing.variants.map(\.targetRange.lowerBound))
        var targets = bead.target.flatMap { s in comparison.target.facts[s].names.filter { $0.entry == nil && !reported.contains($0.range.lowerBound) } }
        targets.removeAll { t in
            guard let (entry, form, score) = closestSourceEntity(t.text, comparison) else { return false }
            let status: NameEntry.Status = score >= NameMatcher.sameScore ? .admitted : .misspelling
            let written = Self.baseForm(t.text, language: targetLanguage, like: form.text)
            if entry.forms.contains(where: { $0.language.language == targetLanguage.language && WordKey.of($0.text) == WordKey.of(written) }) { return true }
            let change = NameEntry(id: entry.id, kind: entry.kind, role: nil,
                                   forms: [self.form(form.text, form.language, .canonical), self.form(written, targetLanguage, status)],
                                   titles: [:], location: entry.location)
            out.append(GlossarySuggestion(kind: status == .admitted ? .name : .misspelling, change: .name(change),
                                          summary: "\"\(written)\" (\(targetLanguage)) is \(status == .admitted ? "a spelling" : "a misspelling") of \(entry.id) (\"\(form.text)\")",
                                          evidence: [position(comparison, .target, t.range.lowerBound)]))
            return true
        }
        // Names the lexicon does not know on either side, matched across scripts.
        guard sourceLanguage.language != targetLanguage.language, !bead.source.isEmpty else { return out }
        let sources = bead.source.flatMap { s in comparison.source.facts[s].names.filter { $0.entry == nil } }
        for s in sources {
            // Names written alike in two languages of one script need no entry: they match as written.
            guard let first = s.text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { continue }
            let script = Script.of(first)
            let scored = targets.indices.filter { targets[$0].text.unicodeScalars.first(where: { $0.properties.isAlphabetic }).map(Script.of) != script }
                .map { ($0, NameMatcher.shared.compare(s.text, targets[$0].text)) }
            guard let (i, best) = scored.max(by: { $0.1.score < $1.1.score }), best.verdict == .same else { continue }
            let t = targets.remove(at: i)
            let id = Self.identifier(s.text)
            guard !id.isEmpty, !lexicons.names.contains(where: { $0.id == id }) else { continue }
            let entry = NameEntry(id: id, kind: .person, role: nil,
                                  forms: [form(s.text, sourceLanguage, .canonical), form(t.text, targetLanguage, .canonical)],
                                  titles: [:], location: LexiconLocation(file: "suggested", line: 1, column: 1))
            out.append(GlossarySuggestion(kind: .name, change: .name(entry),
                                          summary: "\"\(s.text)\" / \"\(t.text)\" (\(targetLanguage)) is a name the lexicon does not know (kind to review)",
                                          evidence: [position(comparison, .source, s.range.lowerBound), position(comparison, .target, t.range.lowerBound)]))
        }
        return out
    }

    /// The lexicon entity named in the original whose form in the target's
    /// language (or any form) the written name is closest to, if a variant or better.
    private func closestSourceEntity(_ written: String, _ comparison: Comparison) -> (NameEntry, NameEntry.Form, Double)? {
        let key = NameKey(written)
        let words = NameIndex.wordKeys(of: written).count
        var best: (NameEntry, NameEntry.Form, Double)?
        for index in comparison.sourceEntities.sorted() {
            let entry = comparison.names.entries[index]
            for form in entry.forms where form.status != .misspelling && form.keys.count == words {
                let score = NameMatcher.shared.compare(key, NameKey(form.text)).score
                if score >= NameMatcher.variantScore, score > (best?.2 ?? 0) { best = (entry, form, score) }
            }
        }
        return best
    }

    private func form(_ text: String, _ language: LanguageTag, _ status: NameEntry.Status) -> NameEntry.Form {
        NameEntry.Form(text: text, language: language, status: status, location: LexiconLocation(file: "suggested", line: 1, column: 1))
    }

    // MARK: - Renderings of known concepts

    /// Concepts the original states whose translation uses no listed rendering:
    /// the translation's word for it, when the same one appears wherever the
    /// concept does (the word diff in one language, the dictionary across two).
    private func renderings(_ comparison: Comparison) -> [GlossarySuggestion] {
        let sourceLanguage = comparison.source.document.language, targetLanguage = comparison.target.document.language
        let same = sourceLanguage.language == targetLanguage.language
        let dictionary = same ? nil : BilingualDictionary.load(source: sourceLanguage, target: targetLanguage)
        let stemmer = Stemmer(language: targetLanguage)
        // concept → candidate word (as written) per occurrence; nil when none was found.
        var seen: [Int: [(word: String?, evidence: String)]] = [:]
        for (beadIndex, bead) in comparison.alignment.enumerated() where !bead.source.isEmpty && !bead.target.isEmpty {
            let source = BeadText(.source, bead.source, comparison), target = BeadText(.target, bead.target, comparison)
            var rendered: Set<Int> = []
            for (k, tokens) in target.tokens.enumerated() {
                for hit in comparison.targetTerms.find(in: tokens, words: target.words[k]) { rendered.formUnion(hit.uses.map(\.concept)) }
            }
            let substitutions = same ? WordingCheck.allSubstitutions(in: beadIndex, of: comparison) : []
            for (k, tokens) in source.tokens.enumerated() {
                for hit in comparison.sourceTerms.find(in: tokens, words: source.words[k]) {
                    for use in hit.uses where use.status != .deprecated && !rendered.contains(use.concept) {
                        let range = source.range(k, hit.tokens)
                        let evidence = position(comparison, .source, range.lowerBound)
                        var word: String?
                        if same {
                            // One word for one word: longer rewrites are paraphrase, not a rendering.
                            word = substitutions.first { $0.sourceRange.overlaps(range) }.map(\.new).flatMap { w in
                                w.contains(" ") || w.first?.isUppercase == true ? nil : w
                            }
                        } else if let dictionary {
                            let translations = hit.tokens.reduce(into: Set<String>()) { set, t in
                                for stem in source.words[k].stems(t) { set.formUnion(dictionary.translations(ofStem: stem)) }
                            }
                            let words = target.tokens.joined().filter { $0.kind == .word && translations.contains(stemmer.stem($0.text)) }
                            word = Set(words.map { stemmer.stem($0.text) }).count == 1 ? words.first?.text : nil
                        }
                        seen[use.concept, default: []].append((word, evidence))
                    }
                }
            }
        }
        let concepts = comparison.sourceTerms.concepts
        var out: [GlossarySuggestion] = []
        for (index, occurrences) in seen.sorted(by: { $0.key < $1.key }) {
            // Consistent: one word, found at every occurrence — and, across languages, at two
            // occurrences at least, since one dictionary hit in a sentence is often chance.
            let words = occurrences.map(\.word)
            if !same && occurrences.count < 2 { continue }
            guard let first = words.first ?? nil, words.allSatisfy({ $0.map { stemmer.stem($0) } == stemmer.stem(first) }) else { continue }
            guard let concept = lexicons.terms.first(where: { $0.id == concepts[index].id }) else { continue }
            if concept.renderings.contains(where: { $0.language.language == targetLanguage.language && WordKey.of($0.form) == WordKey.of(first) }) { continue }
            let lemma = first.lowercased() == first ? first : (WordKey.of(first))
            let hasPreferred = !concept.renderings(in: targetLanguage, .preferred).isEmpty
            // The same language: a different word for the concept is a shift to review; across languages, a rendering.
            let status: TermConcept.Status = same ? .deprecated : hasPreferred ? .admitted : .preferred
            let rendering = TermConcept.Rendering(form: lemma, language: targetLanguage, status: status,
                                                  severity: same ? .minor : nil,
                                                  note: same ? "REVIEW: used for \"\(concept.renderings(in: sourceLanguage).first?.form ?? concept.id)\"; say what it brings in" : nil,
                                                  location: LexiconLocation(file: "suggested", line: 1, column: 1))
            let change = TermConcept(id: concept.id, gloss: nil, partOfSpeech: nil,
                                     renderings: preferredAnchor(concept, targetLanguage, status) + [rendering], location: concept.location)
            out.append(GlossarySuggestion(kind: .rendering, change: .concept(change),
                                          summary: "\"\(lemma)\" (\(targetLanguage)) renders \(concept.id) \(occurrences.count)× — \(status.rawValue)",
                                          evidence: occurrences.map(\.evidence)))
        }
        return out
    }

    /// A concept entry added to a file that lacks it needs the language's preferred form too.
    private func preferredAnchor(_ concept: TermConcept, _ language: LanguageTag, _ status: TermConcept.Status) -> [TermConcept.Rendering] {
        status == .preferred ? [] : Array(concept.renderings(in: language, .preferred).prefix(1))
    }

    // MARK: - Substitutions

    /// Word-for-word replacements in a same-language pair that neither the
    /// terms lexicon nor WordNet explains (synonyms and antonyms are left out),
    /// inside quotations too.
    private func substitutions(_ beadIndex: Int, _ comparison: Comparison) -> [GlossarySuggestion] {
        let language = comparison.target.document.language
        var out: [GlossarySuggestion] = []
        for s in WordingCheck.substitutions(in: beadIndex, of: comparison) where s.relation == nil && !s.oppositeDirection {
            // Single words on both sides: longer rewrites are sentences, not terms.
            let old = s.old.trimmingCharacters(in: .punctuationCharacters), new = s.new.trimmingCharacters(in: .punctuationCharacters)
            guard !old.contains(" "), !new.contains(" "), old.count > 2, new.count > 2,
                  old.first?.isLowercase == true, new.first?.isLowercase == true else { continue }
            let existing = lexicons.terms.first { c in c.renderings(in: language).contains { $0.status != .deprecated && WordKey.of($0.form) == WordKey.of(old) } }
            if let existing, existing.renderings(in: language).contains(where: { WordKey.of($0.form) == WordKey.of(new) }) { continue }
            let id = existing?.id ?? Self.identifier(old)
            guard !id.isEmpty else { continue }
            let note = "REVIEW: seen for \"\(old)\"\(s.quoted ? " inside a quotation" : ""); say what it brings in"
            var renderings: [TermConcept.Rendering] = []
            let here = LexiconLocation(file: "suggested", line: 1, column: 1)
            if let existing {
                renderings += existing.renderings(in: language, .preferred).prefix(1)
            } else {
                renderings.append(.init(form: old, language: language, status: .preferred, severity: nil, note: nil, location: here))
            }
            renderings.append(.init(form: new, language: language, status: .deprecated, severity: s.quoted ? .major : .minor, note: note, location: here))
            let change = TermConcept(id: id, gloss: nil, partOfSpeech: nil, renderings: renderings, location: here)
            out.append(GlossarySuggestion(kind: .substitution, change: .concept(change),
                                          summary: "\"\(old)\" → \"\(new)\" (\(language)): deprecated rendering of \(id)\(existing == nil ? " (new concept)" : "")",
                                          evidence: [position(comparison, .source, s.sourceRange.lowerBound), position(comparison, .target, s.targetRange.lowerBound)]))
        }
        return out
    }

    // MARK: - Helpers

    private func position(_ comparison: Comparison, _ side: Comparison.Side, _ offset: Int) -> String {
        let file = comparison.document(side).document.file
        let (line, column) = file.position(of: offset)
        return "\(Lexicons.displayPath(file.path)):\(line):\(column)"
    }

    /// The written name without the affixes running text adds (وبريت → بريت,
    /// Хокстайном → Хокстайн): per word, the reduction closest to the
    /// corresponding word of the lexicon's form. Lexicon forms are base forms.
    static func baseForm(_ written: String, language: LanguageTag, like form: String) -> String {
        let words = written.split(separator: " ").map(String.init)
        let model = form.split(separator: " ").map(String.init)
        guard words.count == model.count else { return written }
        return zip(words, model).map { word, target in
            var best = word, bestScore = NameMatcher.shared.compare(word, target).score
            for candidate in NameAffixes.candidates(WordKey.of(word), language: language.language).dropFirst() {
                let score = NameMatcher.shared.compare(candidate, target).score
                if score > bestScore + 0.01 { best = candidate; bestScore = score }
            }
            // Keys are lower case; a name keeps its capital.
            guard best != word, let first = word.first, first.isUppercase else { return best }
            return best.prefix(1).uppercased() + best.dropFirst()
        }.joined(separator: " ")
    }

    /// A lexicon id for a name or word: romanised, lower case, hyphens between words.
    static func identifier(_ text: String) -> String {
        let latin = (try? Transliterator.named(Transliterator.toLatinASCII))?.transliterate(text) ?? text
        var out = ""
        for c in latin.lowercased().unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { out.unicodeScalars.append(c) } else if !out.isEmpty && out.last != "-" { out += "-" }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// The proposals as lexicon text, names and terms apart (each a valid lexicon file).
    public static func yaml(_ suggestions: [GlossarySuggestion], kind: String) -> String {
        var out = ""
        for (n, s) in suggestions.enumerated() {
            let entry: String
            switch (s.change, kind) {
            case (.name(let e), "names"): entry = LexiconWriter.entry(e)
            case (.concept(let c), "terms"): entry = LexiconWriter.entry(c)
            default: continue
            }
            if !out.isEmpty { out += "\n" }
            out += "# [\(n + 1)] \(s.kind.rawValue): \(s.summary)\n"
            for e in s.evidence.prefix(3) { out += "#     seen at \(e)\n" }
            out += entry
        }
        return out.isEmpty ? "[]\n" : out
    }
}
