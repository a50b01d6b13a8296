import Foundation

/// Looks a text up in every language of the lexicons: exact forms (case and
/// normalisation folded), Snowball stems of each rendering's language, words
/// of multi-word renderings, and for names the cross-script name matcher, so
/// Галант, Galanat and غالانت all find Yoav Gallant.
public struct GlossaryFinder: Sendable {
    /// How a form matched the text, best first.
    public enum Match: String, Sendable, Comparable {
        case exact, stem, name, word
        public static func < (a: Match, b: Match) -> Bool { a.rank < b.rank }
        private var rank: Int { [Match.exact, .stem, .name, .word].firstIndex(of: self)! }
    }

    /// One entry found, with the form that matched.
    public struct Hit: Sendable {
        public enum Entry: Sendable {
            case name(NameEntry)
            case concept(TermConcept)
        }
        public let entry: Entry
        public let match: Match
        /// The form of the entry that matched, its language and its status.
        public let form: String
        public let language: LanguageTag
        public let status: String
        /// 1 for exact, stem and word matches; the matcher's score for names.
        public let score: Double

        public var id: String {
            switch entry {
            case .name(let n): n.id
            case .concept(let c): c.id
            }
        }

        public var location: LexiconLocation {
            switch entry {
            case .name(let n): n.location
            case .concept(let c): c.location
            }
        }
    }

    public let lexicons: Lexicons
    private let matcher = NameMatcher.shared

    public init(lexicons: Lexicons) { self.lexicons = lexicons }

    /// Entries matching the text, best match first (then by id); each entry once.
    public func find(_ text: String) -> [Hit] {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { return [] }
        let key = WordKey.of(query)
        let queryWords = words(query)
        var stems = PerLanguageStems(queryWords)
        var best: [String: Hit] = [:]
        func offer(_ hit: Hit) {
            let slot = (hit.entry.isName ? "n:" : "t:") + hit.id
            if let old = best[slot], (old.match, -old.score) <= (hit.match, -hit.score) { return }
            best[slot] = hit
        }
        let queryName = NameKey(query)
        for entry in lexicons.names {
            if entry.id == key { offer(Hit(entry: .name(entry), match: .exact, form: entry.id, language: LanguageTag(known: "en"), status: "id", score: 1)) }
            for form in entry.forms {
                let hit = { (match: Match, score: Double) in
                    Hit(entry: .name(entry), match: match, form: form.text, language: form.language, status: form.status.rawValue, score: score)
                }
                if WordKey.of(form.text) == key { offer(hit(.exact, 1)); continue }
                // Whole names against whole names: the lexicon lists surnames as forms of their own,
                // so a one-word query must not meet any two-word name sharing a word.
                guard form.keys.count == queryWords.count else { continue }
                let comparison = matcher.compare(queryName, NameKey(form.text))
                if comparison.verdict != .different { offer(hit(.name, comparison.score)) }
            }
        }
        for concept in lexicons.terms {
            if concept.id == key { offer(Hit(entry: .concept(concept), match: .exact, form: concept.id, language: LanguageTag(known: "en"), status: "id", score: 1)) }
            for rendering in concept.renderings {
                let hit = { (match: Match) in
                    Hit(entry: .concept(concept), match: match, form: rendering.form, language: rendering.language,
                        status: rendering.status.rawValue, score: 1)
                }
                if WordKey.of(rendering.form) == key { offer(hit(.exact)); continue }
                let formWords = words(rendering.form)
                let stemmer = Stemmer.forLanguage(rendering.language)
                let formStems = formWords.map { stemmer.stem($0) }
                let queryStems = stems.of(rendering.language.language, stemmer)
                if formStems == queryStems { offer(hit(.stem)); continue }
                // A one-word query inside a phrase ("accordance" in "in accordance with").
                if queryStems.count == 1, formStems.count > 1, formStems.contains(queryStems[0]) { offer(hit(.word)) }
            }
        }
        // Once a form matches exactly, only names the matcher calls the same stay beside it.
        let exact = best.values.contains { $0.match == .exact || $0.match == .stem }
        return best.values.filter { !exact || $0.match != .name || $0.score >= NameMatcher.sameScore }.sorted { ($0.match, -$0.score, $0.id) < ($1.match, -$1.score, $1.id) }
    }

    private func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" && $0 != "-" }.map(String.init)
    }

    /// The query's stems, once per language.
    private struct PerLanguageStems {
        let words: [String]
        var cache: [String: [String]] = [:]
        init(_ words: [String]) { self.words = words }
        mutating func of(_ language: String, _ stemmer: Stemmer) -> [String] {
            if let hit = cache[language] { return hit }
            let stems = words.map { stemmer.stem($0) }
            cache[language] = stems
            return stems
        }
    }
}

extension GlossaryFinder.Hit.Entry {
    var isName: Bool { if case .name = self { true } else { false } }
}
