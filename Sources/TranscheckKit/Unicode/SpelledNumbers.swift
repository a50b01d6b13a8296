import CICU
import Foundation

/// Number words of a language, learned from ICU's rule-based spellout
/// formatter (RBNF): every public cardinal and ordinal rule set is asked to
/// spell the values that make up numbers, and each word is kept with its
/// value. Inflected forms come for free where CLDR has them (Russian
/// genders and cases, Arabic masculine and feminine).
public final class SpelledNumbers: Sendable {
    /// What a number word contributes.
    public struct Word: Sendable, Equatable {
        public var value: Double
        /// A scale ("hundred", "тысяч", "million") multiplies what precedes it.
        public var isScale: Bool
        /// Usable on its own ("mille", "ألف"), not only after another number ("thousand").
        public var standsAlone: Bool
        public var isOrdinal: Bool
    }

    public let language: String
    // Byte-hashed: asked of every token (String hashing normalises non-ASCII keys first).
    private let words: [ByteKey: Word]
    /// `words` plus their forms with a joined conjunction ("وعشرون") and, in Arabic, with
    /// the article ("الثالث"): what `word(key:)` reads, in one lookup per token.
    private let readings: [ByteKey: Word]
    private let conjunctions: Set<String>
    /// Conjunctions of one letter, written onto the next word ("وعشرون").
    private let joinedConjunctions: [Character]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: SpelledNumbers] = [:]

    /// Words joining number parts ("and", "и", "و", "y", "und").
    private static let joiners: [String: Set<String>] = [
        "en": ["and"], "fr": ["et"], "es": ["y"], "it": ["e"], "pt": ["e"], "de": ["und"],
        "ru": ["и"], "ar": ["و"], "he": ["ו"],
    ]

    /// Locales whose spellout rules add words to a language's own (regional French).
    private static let regionalSpellouts: [String: [String]] = ["fr": ["fr_BE", "fr_CH"]]

    /// The "and" written onto the next word ("وعشرون", "ועשרים"); Russian "и" or Spanish "y" stand alone.
    private static let writtenOnto: [String: [Character]] = ["ar": ["و"], "he": ["ו"]]

    public static func of(_ language: LanguageTag) -> SpelledNumbers {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[language.icuLocale] { return hit }
        let made = SpelledNumbers(locale: language.icuLocale, language: language.language)
        cache[language.icuLocale] = made
        return made
    }

    private init(locale: String, language: String) {
        self.language = language
        conjunctions = Self.joiners[language] ?? []
        joinedConjunctions = Self.writtenOnto[language] ?? []
        let words = Self.cachedWords(locale: locale, language: language)
        self.words = Dictionary(uniqueKeysWithValues: words.map { (ByteKey($0.key), $0.value) })
        // A bare word wins over a prefixed reading, a conjunction reading over an article one.
        var readings = self.words
        for (key, word) in words where key.count > 1 {
            for c in joinedConjunctions where readings[ByteKey(String(c) + key)] == nil { readings[ByteKey(String(c) + key)] = word }
        }
        if language == "ar" {
            for (key, word) in words where key.count > 1 && readings[ByteKey("ال" + key)] == nil { readings[ByteKey("ال" + key)] = word }
            // The prepositions ل and ب written onto a number word ("أم لخمسة أطفال", 'a mother of five'); not
            // onto short ones, where the result is another word ("لست", 'I am not', is no ل + ست).
            for (key, word) in words where key.count >= 4 && !word.isScale {
                for p in ["ل", "ب"] where readings[ByteKey(p + key)] == nil { readings[ByteKey(p + key)] = word }
            }
        }
        self.readings = readings
    }

    /// The number words ICU's spellout rules give for a locale, with the forms of
    /// `lexicons/numbers/<lang>.txt` added.
    private static func learn(locale: String, language: String) -> [String: Word] {
        var words: [String: Word] = [:]
        var status: Int32 = 0
        if let fmt = tc_num_open(Int32(TC_NUMBER_SPELLOUT), locale, &status), !tc_failed(status) {
            defer { tc_num_close(fmt) }
            learnSpellout(fmt, into: &words)
        }
        // Regional spellings of the language's copy, where CLDR has them: Belgian and Swiss French write
        // 70 and 90 « septante », « nonante » (and Swiss 80 « huitante »), « septante-cinq » for 75.
        for regional in Self.regionalSpellouts[language] ?? [] where regional != locale {
            var regionalStatus: Int32 = 0
            if let fmt = tc_num_open(Int32(TC_NUMBER_SPELLOUT), regional, &regionalStatus), !tc_failed(regionalStatus) {
                defer { tc_num_close(fmt) }
                var more: [String: Word] = [:]
                learnSpellout(fmt, into: &more)
                for (key, word) in more where words[key] == nil { words[key] = word }
            }
        }
        // Forms CLDR does not spell (Arabic counted feminine forms), from lexicons/numbers/<lang>.txt.
        for raw in LexiconDirectory.lines("numbers/\(language).txt") ?? [] {
            let fields = (raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").split(separator: " ")
            // A third field "scale" makes the word multiply the one before it (« une dizaine » is 10).
            guard fields.count == 2 || (fields.count == 3 && fields[2] == "scale"), let value = Double(fields[1]) else { continue }
            let key = WordKey.of(String(fields[0]))
            if words[key] == nil { words[key] = Word(value: value, isScale: fields.count == 3, standsAlone: true, isOrdinal: false) }
        }
        // Hundreds written as one word ("двести", "cent") multiply only when they are 100 itself.
        for (key, word) in words where word.value == 100 && !word.isScale && !word.isOrdinal {
            words[key] = Word(value: 100, isScale: true, standsAlone: true, isOrdinal: false)
        }
        return words
    }

    private static func learnSpellout(_ fmt: UnsafeMutableRawPointer, into words: inout [String: Word]) {
        var status: Int32 = 0
        let ruleSets = ((try? icuUTF16("rule sets", capacity: 512) { dest, cap, status in
            tc_num_rulesets(fmt, dest, cap, &status)
        }).map { String(utf16Units: $0) } ?? "")
            .split(separator: ";").map(String.init)
            .filter { ($0.contains("cardinal") || $0.contains("ordinal")) && !$0.contains("year") && !$0.contains("verbose") }
        let units = Array(0...100).map(Double.init) + stride(from: 200.0, through: 900, by: 100)
        let scales: [Double] = [100, 1_000, 1_000_000, 1_000_000_000]
        for ruleSet in ruleSets {
            let ordinal = ruleSet.contains("ordinal")
            let rs = Array(ruleSet.utf16)
            tc_num_set_ruleset(fmt, rs, Int32(rs.count), &status)
            if tc_failed(status) { status = 0; continue }
            func spell(_ v: Double) -> [String] {
                guard let out = try? icuUTF16("spellout", capacity: 64, { dest, cap, st in
                    tc_num_format(fmt, v, dest, cap, &st)
                }) else { return [] }
                return WordKey.of(String(utf16Units: out)).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
            }
            for v in units {
                let parts = spell(v)
                if parts.count == 1, words[parts[0]] == nil {
                    words[parts[0]] = Word(value: v, isScale: false, standsAlone: true, isOrdinal: ordinal)
                }
            }
            guard !ordinal else { continue }
            for scale in scales {
                for multiple in [1.0, 2, 3, 5, 11, 21] {
                    let parts = spell(scale * multiple)
                    guard parts.count >= 2, let last = parts.last else {
                        if parts.count == 1, multiple == 1 {
                            // "mille", "ألف", "сто": a scale that also stands alone.
                            words[parts[0]] = Word(value: scale, isScale: true, standsAlone: true, isOrdinal: false)
                        }
                        continue
                    }
                    if let existing = words[last], !existing.isScale, existing.value != scale { continue }
                    if words[last] == nil {
                        words[last] = Word(value: scale, isScale: true, standsAlone: false, isOrdinal: false)
                    }
                }
            }
        }
    }

    /// `learn`, read from the derived-table cache when ICU, the tool and the numbers file are unchanged
    /// (the table's name changes with what `learn` reads: "numbers2" since the regional spellouts).
    private static func cachedWords(locale: String, language: String) -> [String: Word] {
        let file = LexiconDirectory.bundled?.appendingPathComponent("numbers/\(language).txt")
        let rows = DerivedTableCache.rows("numbers2-\(locale)", files: file.map { [$0] } ?? []) {
            learn(locale: locale, language: language).sorted { $0.key < $1.key }.map { key, w in
                [key, String(w.value), w.isScale ? "1" : "0", w.standsAlone ? "1" : "0", w.isOrdinal ? "1" : "0"]
            }
        }
        var words: [String: Word] = [:]
        for row in rows where row.count == 5 {
            guard let value = Double(row[1]) else { continue }
            words[row[0]] = Word(value: value, isScale: row[2] == "1", standsAlone: row[3] == "1", isOrdinal: row[4] == "1")
        }
        return words
    }

    /// The number word for a token, if it is one (after removing a joined "و"/"ו", or
    /// the Arabic article written onto ordinals and hours: "الواحدة", "الثالث").
    public func word(_ token: String) -> Word? { word(key: WordKey.of(token)) }

    /// The number word for a token given by its key (`WordKey.of`, as tokens carry it).
    public func word(key: String) -> Word? { readings[ByteKey(key)] }

    /// Whether a token joins number words ("and" in "one hundred and five").
    public func isJoiner(_ token: String) -> Bool { conjunctions.contains(WordKey.of(token)) }

    /// `isJoiner` for a token's key.
    public func isJoiner(key: String) -> Bool { conjunctions.contains(key) }

    /// Whether the token starts with a joined conjunction letter ("وعشرون").
    public func hasJoinedConjunction(_ token: String) -> Bool { hasJoinedConjunction(key: WordKey.of(token)) }

    /// `hasJoinedConjunction` for a token's key.
    public func hasJoinedConjunction(key: String) -> Bool {
        guard let first = key.first, words[ByteKey(key)] == nil else { return false }
        return joinedConjunctions.contains(first) && words[ByteKey(String(key.dropFirst()))] != nil
    }

    /// The value of a run of number words ("twenty five", "deux cent mille",
    /// "пять тысяч"), or nil when the run is not a well-formed number.
    public func value(of run: [Word]) -> Double? {
        guard !run.isEmpty else { return nil }
        if run.count == 1 {
            let w = run[0]
            return w.standsAlone ? w.value : nil
        }
        var total = 0.0, current = 0.0
        for w in run {
            if w.isScale && w.value >= 1000 {
                current = max(current, 1) * w.value
                total += current
                current = 0
            } else if w.isScale {
                current = max(current, 1) * w.value
            } else {
                current += w.value
            }
        }
        return total + current
    }

    /// Every word the language spells numbers with (for tests and diagnostics).
    public var vocabulary: [String: Word] { Dictionary(uniqueKeysWithValues: words.map { ($0.key.text, $0.value) }) }
}
