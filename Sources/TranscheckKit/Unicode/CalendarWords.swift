import CICU
import Foundation

/// Weekday and month names of a language, from ICU's date-format symbols,
/// so "Tuesday", "mardi", "вторник" and "الثلاثاء" all read as weekday 3.
/// Weekdays are numbered as ICU does: 1 = Sunday … 7 = Saturday.
public final class CalendarWords: Sendable {
    public let language: String
    /// Single-word names by key: value and whether the form is an abbreviation.
    // Byte-hashed: every token of every text is looked up here, and String's
    // Unicode-aware hashing of non-Latin keys was most of the cost.
    private let weekdayWords: [ByteKey: (value: Int, short: Bool)]
    private let monthWords: [ByteKey: (value: Int, short: Bool)]
    /// Prefixes of three to five letters of full month names → the month, or 0 when two months share one.
    private let monthPrefixes: [ByteKey: Int]
    /// Names written as two words ("יום שלישי", "تشرين الأول"), by space-joined keys.
    private let weekdayPhrases: [String: Int]
    private let monthPhrases: [String: Int]
    private let inflects: Bool
    private let proclitics: [Character]
    /// For inflecting languages: full names minus their last letter (the stem a case
    /// ending replaces) → the names' values and lengths, longest name first.
    private let weekdayStems: InflectedStems
    private let monthStems: InflectedStems
    /// First words of the two-word names, by key.
    private let phraseFirstWords: Set<ByteKey>
    /// Results of the slow paths (clitics, case endings, two-word names) per token key:
    /// Arabic, Hebrew and Russian tokens otherwise pay string work at every lookup.
    private let weekdayMemo = BoundedMemo<ByteKey, Found>(capacity: 50_000)
    private let monthMemo = BoundedMemo<ByteKey, Found>(capacity: 50_000)
    private let phraseStartMemo = BoundedMemo<ByteKey, Bool>(capacity: 50_000)
    private struct Found: Sendable { let hit: (value: Int, short: Bool)? }

    /// Languages whose nouns inflect, so "среду" and "октября" must still match.
    private static let inflecting: Set<String> = ["ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "lt", "lv", "fi", "et", "hu"]
    /// Single-letter prefixes (conjunctions, prepositions, article) written onto the next word.
    private static let procliticLetters: [String: [Character]] = [
        "ar": ["و", "ف", "ب", "ل", "ك"],
        "he": ["ו", "ב", "ל", "מ", "ה", "כ", "ש"],
    ]
    /// Locales whose month names differ from the base language's (Levantine and Iraqi Arabic).
    private static let extraLocales: [String: [String]] = ["ar": ["ar_SY", "ar_IQ", "ar_LB"]]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: CalendarWords] = [:]

    /// The calendar words of a language, built once.
    public static func of(_ language: LanguageTag) -> CalendarWords {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[language.icuLocale] { return hit }
        let made = CalendarWords(locale: language.icuLocale, language: language.language)
        cache[language.icuLocale] = made
        return made
    }

    private init(locale: String, language: String) {
        self.language = language
        inflects = Self.inflecting.contains(language)
        proclitics = Self.procliticLetters[language] ?? []
        var weekdays: [String: (Int, Bool)] = [:], months: [String: (Int, Bool)] = [:]
        var weekdayPhrases: [String: Int] = [:], monthPhrases: [String: Int] = [:]
        for loc in [locale] + (Self.extraLocales[language] ?? []) {
            var status: Int32 = 0
            guard let fmt = tc_date_open(loc, &status), !tc_failed(status) else { continue }
            defer { tc_date_close(fmt) }
            let kinds: [(Int32, Bool, Bool)] = [  // kind, is month, is short
                (Int32(TC_WEEKDAYS), false, false), (Int32(TC_STANDALONE_WEEKDAYS), false, false),
                (Int32(TC_SHORT_WEEKDAYS), false, true), (Int32(TC_STANDALONE_SHORT_WEEKDAYS), false, true),
                (Int32(TC_MONTHS), true, false), (Int32(TC_STANDALONE_MONTHS), true, false),
                (Int32(TC_SHORT_MONTHS), true, true), (Int32(TC_STANDALONE_SHORT_MONTHS), true, true),
            ]
            for (kind, isMonth, isShort) in kinds {
                let count = tc_date_symbol_count(fmt, kind)
                for index in 0..<count {
                    guard let units = try? icuUTF16("date symbol", capacity: 32, { dest, cap, status in
                        tc_date_symbol(fmt, kind, index, dest, cap, &status)
                    }) else { continue }
                    let name = String(utf16Units: units)
                    let key = WordKey.of(name).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                    // Weekday symbols have an empty slot 0 (ICU numbers them from 1).
                    let value = isMonth ? Int(index) + 1 : Int(index)
                    guard !key.isEmpty, value > 0 else { continue }
                    if key.contains(" ") {
                        if isMonth { monthPhrases[key] = monthPhrases[key] ?? value }
                        else { weekdayPhrases[key] = weekdayPhrases[key] ?? value }
                    } else if isMonth {
                        if months[key] == nil || months[key]!.1 { months[key] = (value, isShort) }
                    } else if weekdays[key] == nil || weekdays[key]!.1 {
                        weekdays[key] = (value, isShort)
                    }
                }
            }
        }
        // Abbreviations with a period are written longer than CLDR's short forms ("Sept.", "Febr.").
        self.weekdayWords = Dictionary(uniqueKeysWithValues: weekdays.map { (ByteKey($0.key), (value: $0.value.0, short: $0.value.1)) })
        self.monthWords = Dictionary(uniqueKeysWithValues: months.map { (ByteKey($0.key), (value: $0.value.0, short: $0.value.1)) })
        var prefixes: [String: Int] = [:]
        for (name, entry) in months where !entry.1 {
            let letters = Array(name)
            for n in 3...5 where letters.count > n {
                let prefix = String(letters[..<n])
                if let seen = prefixes[prefix], seen != entry.0 { prefixes[prefix] = 0 } else { prefixes[prefix] = entry.0 }
            }
        }
        self.monthPrefixes = Dictionary(uniqueKeysWithValues: prefixes.map { (ByteKey($0.key), $0.value) })
        weekdayStems = InflectedStems(inflects ? weekdays : [:])
        monthStems = InflectedStems(inflects ? months : [:])
        self.weekdayPhrases = weekdayPhrases
        self.monthPhrases = monthPhrases
        phraseFirstWords = Set((Array(weekdayPhrases.keys) + Array(monthPhrases.keys)).compactMap { $0.split(separator: " ").first.map { ByteKey(String($0)) } })
    }

    /// Weekday (1 = Sunday … 7) of a word, and whether it is an abbreviation.
    public func weekday(_ word: String) -> (value: Int, short: Bool)? { lookup(WordKey.of(word), in: weekdayWords, weekdayStems, weekdayMemo) }

    /// Weekday of a word given by its key (`WordKey.of`, as tokens carry it).
    public func weekday(key: String) -> (value: Int, short: Bool)? { lookup(key, in: weekdayWords, weekdayStems, weekdayMemo) }

    /// Month (1 … 12) of a word, and whether it is an abbreviation.
    public func month(_ word: String) -> (value: Int, short: Bool)? { month(key: WordKey.of(word)) }

    /// Month of a word given by its key (`WordKey.of`, as tokens carry it).
    public func month(key: String) -> (value: Int, short: Bool)? {
        if let hit = lookup(key, in: monthWords, monthStems, monthMemo) { return hit }
        // "Sept", "Febr", "Sept." — a prefix of a full month name of at least three letters.
        guard key.utf8.count >= 3, let month = monthPrefixes[ByteKey(key)], month > 0, key.count <= 5 else { return nil }
        return (month, true)
    }

    /// Weekday named by two words ("יום שלישי").
    public func weekday(phrase first: String, _ second: String) -> Int? { phrase(WordKey.of(first), WordKey.of(second), in: weekdayPhrases) }
    /// The same for two tokens' keys.
    public func weekday(phraseKeys first: String, _ second: String) -> Int? { phrase(first, second, in: weekdayPhrases) }
    /// Month named by two words ("تشرين الأول").
    public func month(phrase first: String, _ second: String) -> Int? { phrase(WordKey.of(first), WordKey.of(second), in: monthPhrases) }
    /// The same for two tokens' keys.
    public func month(phraseKeys first: String, _ second: String) -> Int? { phrase(first, second, in: monthPhrases) }

    private func phrase(_ firstKey: String, _ secondKey: String, in table: [String: Int]) -> Int? {
        guard !table.isEmpty, startsTwoWordName(key: firstKey) else { return nil }
        for first in variants(firstKey) {
            if let value = table[first + " " + secondKey] { return value }
        }
        return nil
    }

    /// Whether some two-word weekday or month name starts with this word key (clitics removed).
    func startsTwoWordName(key: String) -> Bool {
        if proclitics.isEmpty { return phraseFirstWords.contains(ByteKey(key)) }
        return phraseStartMemo.value(ByteKey(key)) { variants(key).contains { phraseFirstWords.contains(ByteKey($0)) } }
    }

    private func lookup(_ wordKey: String, in table: [ByteKey: (value: Int, short: Bool)], _ stems: InflectedStems,
                        _ memo: BoundedMemo<ByteKey, Found>) -> (value: Int, short: Bool)? {
        // Most tokens: one hash lookup and out.
        if let hit = table[ByteKey(wordKey)] { return hit }
        guard inflects || !proclitics.isEmpty || wordKey.utf8.contains(0x2E) else { return nil }
        return memo.value(ByteKey(wordKey)) { Found(hit: slowLookup(wordKey, in: table, stems)) }.hit
    }

    private func slowLookup(_ wordKey: String, in table: [ByteKey: (value: Int, short: Bool)], _ stems: InflectedStems) -> (value: Int, short: Bool)? {
        var key = wordKey
        if key.utf8.contains(0x2E) {
            var trimmed = Substring(key)
            while trimmed.first == "." { trimmed = trimmed.dropFirst() }
            while trimmed.last == "." { trimmed = trimmed.dropLast() }
            key = String(trimmed)
            if let hit = table[ByteKey(key)] { return hit }
        }
        guard !key.isEmpty else { return nil }
        if !proclitics.isEmpty {
            for candidate in variants(key).dropFirst() {
                if let hit = table[ByteKey(candidate)] { return hit }
            }
        }
        if inflects, key.count >= 3 { return stems.match(key) }
        return nil
    }

    /// The key itself, then with proclitic letters removed (و, ب, ال…).
    private func variants(_ key: String) -> [String] {
        guard !proclitics.isEmpty, key.count > 2 else { return [key] }
        var out = [key]
        var current = Substring(key)
        for _ in 0..<2 {
            guard let first = current.first, proclitics.contains(first), current.count > 2 else { break }
            current = current.dropFirst()
            out.append(String(current))
        }
        return out
    }
}

/// Case endings: a word shares a full name's stem (the name minus its last
/// letter) and differs from the name by at most one letter of ending
/// ("октября" for "октябрь", "среду" for "среда", "марта" for "март"). A word
/// one letter longer keeps the name's last letter: "Марат" is no "март".
/// Looked up by prefix, so a token costs a few hash lookups, not a pass over every name.
private struct InflectedStems: Sendable {
    private let entries: [String: [(value: Int, short: Bool, length: Int, last: Character)]]
    /// Stem lengths present, longest first: the most specific stem wins.
    private let lengths: [Int]

    init(_ table: [String: (Int, Bool)]) {
        var entries: [String: [(value: Int, short: Bool, length: Int, last: Character)]] = [:]
        for name in table.keys.sorted() {
            let (value, short) = table[name]!
            let letters = Array(name)
            guard !short, letters.count >= 3 else { continue }
            entries[String(letters.dropLast()), default: []].append((value, false, letters.count, letters.last!))
        }
        self.entries = entries
        lengths = Set(entries.keys.map(\.count)).sorted(by: >)
    }

    func match(_ key: String) -> (value: Int, short: Bool)? {
        guard !lengths.isEmpty else { return nil }
        let letters = Array(key)
        for length in lengths where length < letters.count {
            guard let names = entries[String(letters[..<length])] else { continue }
            if let hit = names.first(where: { letters.count <= $0.length || (letters.count == $0.length + 1 && letters[length] == $0.last) }) {
                return (hit.value, hit.short)
            }
        }
        return nil
    }
}
