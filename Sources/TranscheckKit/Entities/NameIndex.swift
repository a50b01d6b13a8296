/// Every written form of the names lexicon, indexed by the keys of its
/// words so a sentence can be scanned for lexicon names in one pass, in any
/// script and whatever its affixes.
public struct NameIndex: Sendable {
    /// One written form of an entry, split into word keys.
    public struct IndexedForm: Sendable {
        public let entry: Int
        public let text: String
        public let language: LanguageTag
        public let status: NameEntry.Status
        public let keys: [String]
        /// The keys each word of the form may be indexed under (Russian case endings off).
        let indexKeys: [[String]]
    }

    public let entries: [NameEntry]
    public let forms: [IndexedForm]
    /// Lexicon keys per text word already looked up (see `candidates`).
    private let candidateMemos = PerLanguageCache { _ in BoundedMemo<ByteKey, [String]>(capacity: 100_000) }
    /// Index key of a form's first word → forms, longest first.
    private let byFirstKey: [ByteKey: [Int]]
    /// Key of any word of any form → whether it is there (to skip tokens fast).
    private let wordKeys: Set<ByteKey>
    /// Entry → its forms.
    private let byEntry: [[Int]]
    /// Form → every entry with a form written the same ("Carter": Ashton and Jimmy).
    private let sharedBy: [ByteKey: [Int]]

    public static let empty = NameIndex(entries: [])

    public init(entries: [NameEntry]) {
        self.entries = entries
        var forms: [IndexedForm] = []
        var byFirst: [ByteKey: [Int]] = [:]
        var words: Set<ByteKey> = []
        for (e, entry) in entries.enumerated() {
            for form in entry.forms {
                let keys = form.keys
                guard !keys.isEmpty else { continue }
                let index = forms.count
                let indexKeys = keys.map(NameAffixes.indexKeys)
                forms.append(IndexedForm(entry: e, text: form.text, language: form.language, status: form.status, keys: keys,
                                         indexKeys: indexKeys))
                for list in indexKeys { for k in list { words.insert(ByteKey(k)) } }
                for k in indexKeys[0] where byFirst[ByteKey(k)]?.last != index { byFirst[ByteKey(k), default: []].append(index) }
            }
        }
        for (k, list) in byFirst {
            byFirst[k] = list.sorted { forms[$0].keys.count != forms[$1].keys.count ? forms[$0].keys.count > forms[$1].keys.count : $0 < $1 }
        }
        var byEntry = [[Int]](repeating: [], count: entries.count)
        for (i, form) in forms.enumerated() { byEntry[form.entry].append(i) }
        self.byEntry = byEntry
        var shared: [ByteKey: [Int]] = [:]
        for form in forms where form.status != .misspelling {
            let key = ByteKey(form.keys.joined(separator: " "))
            if shared[key]?.last != form.entry { shared[key, default: []].append(form.entry) }
        }
        self.sharedBy = shared.filter { Set($0.value).count > 1 }
        self.forms = forms
        self.byFirstKey = byFirst
        self.wordKeys = words
    }

    /// The word keys of a name as written in a lexicon: split where the word
    /// breaker splits names (spaces, hyphens, periods), apostrophes kept.
    public static func wordKeys(of text: String) -> [String] {
        var keys: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { keys.append(WordKey.of(String(current))) }
            current = String.UnicodeScalarView()
        }
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            // Letters (most of the text) without reading the other properties.
            if Script.isLetter(scalar) {
                current.append(scalar)
                continue
            }
            let p = scalar.properties
            // A period between letters stays, as the word breaker keeps it ("U.S." is the token "U.S").
            if scalar == ".", i > 0, i + 1 < scalars.count, Script.isLetter(scalars[i - 1]), Script.isLetter(scalars[i + 1]) {
                current.append(scalar)
                continue
            }
            if p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
                || "'’ʼ׳".unicodeScalars.contains(scalar) || p.generalCategory == .format {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return keys
    }

    /// `candidates` of every word of a sentence (none for numbers).
    public func candidates(_ tokens: [Token], language: String) -> [[String]] {
        let memo = candidateMemos(language)
        return tokens.map { token in
            guard token.kind == .word else { return [] }
            let key = ByteKey(token.key)
            if let known = memo.value(key) { return known }
            let found = NameAffixes.candidates(token.key, language: language).filter { wordKeys.contains(ByteKey($0)) }
            memo.store(key, found)
            return found
        }
    }

    /// Keys a token may stand for that some lexicon word has.
    public func candidates(_ token: Token, language: String) -> [String] {
        // Most words are no name: remembered per word, as running text repeats them.
        candidates([token], language: language)[0]
    }

    /// The longest lexicon form starting at token `i`, as (form index, token count).
    /// `candidates[k]` are the lexicon keys token k may stand for.
    public func longestMatch(at i: Int, candidates: [[String]]) -> (form: Int, length: Int)? {
        var best: (Int, Int)? = nil
        for first in candidates[i] {
            for f in byFirstKey[ByteKey(first)] ?? [] {
                let keys = forms[f].keys
                guard i + keys.count <= candidates.count else { continue }
                if let b = best, b.1 >= keys.count { break }
                var ok = true
                for k in 1..<max(1, keys.count) where k < keys.count {
                    let want = forms[f].indexKeys[k]
                    if !candidates[i + k].contains(where: { want.contains($0) }) { ok = false; break }
                }
                if ok { best = (f, keys.count); break }
            }
        }
        return best
    }

    /// Whether a matched form may also stand for `entry` (a surname two entries share).
    public func form(_ f: Int, mayName entry: Int) -> Bool {
        forms[f].entry == entry || (sharedBy[ByteKey(forms[f].keys.joined(separator: " "))]?.contains(entry) ?? false)
    }

    /// The accepted forms of an entry in a language (canonical first).
    public func accepted(_ entry: Int, in language: LanguageTag) -> [IndexedForm] {
        byEntry[entry].map { forms[$0] }.filter { $0.status != .misspelling && $0.language.language == language.language }
    }
}
