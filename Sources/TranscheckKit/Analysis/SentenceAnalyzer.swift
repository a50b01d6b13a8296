/// Reads the numbers, dates and times of each sentence of a document, as
/// values: digits in any script and grouping, spelled-out numbers (ICU
/// spellout vocabulary), weekday and month names (ICU date symbols), clock
/// times. Tokens a date or time uses are not read again as numbers.
public struct SentenceAnalyzer: Sendable {
    public let language: LanguageTag
    private let numerals: NumeralParser
    private let spelled: SpelledNumbers
    private let calendar: CalendarWords
    private let time: TimeWords
    private let scaleAbbreviations: [String: Double]
    private let names: NameMentionFinder
    /// Words that can start a date or time (a month, a weekday, the first word of a
    /// two-word name, an hour word), remembered per key: most words cannot, and
    /// asking every table of them at every token was most of the date reading.
    private let dateStarts = BoundedMemo<ByteKey, Bool>(capacity: 100_000)

    public init(language: LanguageTag, names: NameIndex = .empty) {
        self.language = language
        var clock = StageClock()
        self.names = NameMentionFinder(index: names, language: language)
        clock.lap("    names finder")
        numerals = NumeralParser(language: language)
        clock.lap("    numerals")
        spelled = SpelledNumbers.of(language)
        clock.lap("    spelled")
        calendar = CalendarWords.of(language)
        clock.lap("    calendar")
        time = TimeWords.of(language.language)
        clock.lap("    time")
        let abbreviations: [String: [String: Double]] = [
            "en": ["mln": 1e6, "mn": 1e6, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
                   // South Asian copy counts in lakhs (100,000) and crores (10 million): "12 lakh people", "Rs 45 crore".
                   "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7],
            "fr": ["md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "millier": 1e3, "milliers": 1e3],
            "de": ["mio": 1e6, "mrd": 1e9, "tsd": 1e3],
            "es": ["mln": 1e6, "mdd": 1e9],
            "ru": ["млн": 1e6, "млрд": 1e9, "тыс": 1e3, "трлн": 1e12],
            "uk": ["млн": 1e6, "млрд": 1e9, "тис": 1e3],
            "ar": ["مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9, "ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "الاف": 1e3, "ألفا": 1e3, "الفا": 1e3],
            "he": ["מיליון": 1e6, "מיליארד": 1e9, "אלף": 1e3, "אלפים": 1e3],
        ]
        scaleAbbreviations = Dictionary((abbreviations[language.language] ?? [:]).map { (WordKey.of($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    public func analyze(_ document: Document) -> AnalyzedDocument {
        AnalyzedDocument(document: document, facts: document.sentences.map { facts(of: $0, in: document) })
    }

    public func facts(of sentence: Sentence, in document: Document) -> SentenceFacts {
        let tokens = Array(document.tokens(of: sentence))
        let file = document.file
        var used = [Bool](repeating: false, count: tokens.count)
        var facts = SentenceFacts()
        facts.dates = dates(tokens, file: file, used: &used)
        facts.numbers = numbers(tokens, file: file, used: &used)
        facts.names = names.mentions(tokens[...], file: file, excluding: facts.dates.map(\.range))
        return facts
    }

    // MARK: Dates and times

    private func gap(_ tokens: [Token], _ i: Int, file: TextFile) -> String {
        guard i + 1 < tokens.count else { return "" }
        return file.string(tokens[i].range.upperBound..<tokens[i + 1].range.lowerBound)
    }

    /// Whether the text between token i and the next is exactly this one character
    /// (read from the UTF-16 units: asked of nearly every token).
    private func gap(_ tokens: [Token], _ i: Int, file: TextFile, is unit: Unicode.Scalar) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let lo = tokens[i].range.upperBound
        return tokens[i + 1].range.lowerBound == lo + 1 && lo < file.units.count && UInt32(file.units[lo]) == unit.value
    }

    private func span(_ tokens: [Token], _ lo: Int, _ hi: Int, file: TextFile) -> (Range<Int>, String) {
        let range = tokens[lo].range.lowerBound..<tokens[hi].range.upperBound
        return (range, file.string(range))
    }

    /// A day of the month written as a number or ordinal ("7", "7th", "1er", "7-го").
    private func dayNumber(_ token: Token) -> Int? {
        let digits = token.text.unicodeScalars.prefix { $0.decimalDigitValue != nil }
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        let value = digits.reduce(0) { $0 * 10 + $1.decimalDigitValue! }
        let rest = String(token.text.unicodeScalars.dropFirst(digits.count)).lowercased()
        guard (1...31).contains(value), ["", "st", "nd", "rd", "th", "er", "re", "e", "ème", "º", "-го", "го"].contains(rest) else { return nil }
        return value
    }

    private func yearNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.unicodeScalars.count == 4,
              token.text.unicodeScalars.allSatisfy({ $0.decimalDigitValue != nil }) else { return nil }
        let value = token.text.unicodeScalars.reduce(0) { $0 * 10 + $1.decimalDigitValue! }
        return (1800...2100).contains(value) ? value : nil
    }

    /// Whether a date or time may start at this token (numbers and digit-led words always may).
    private func mayStartDate(_ token: Token) -> Bool {
        if token.kind == .number || token.text.unicodeScalars.first?.decimalDigitValue != nil { return true }
        return dateStarts.value(ByteKey(token.key)) {
            time.hourBefore.contains(token.key) || calendar.month(key: token.key) != nil || calendar.weekday(key: token.key) != nil
                || calendar.startsTwoWordName(key: token.key)
        }
    }

    private func dates(_ tokens: [Token], file: TextFile, used: inout [Bool]) -> [DateMention] {
        var out: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if used[i] || !mayStartDate(tokens[i]) { i += 1; continue }
            if let (mention, last) = numericDate(tokens, i, file: file) ?? clockTime(tokens, i, file: file) ?? monthDate(tokens, i, file: file) {
                for k in i...last { used[k] = true }
                out.append(mention)
                i = last + 1
                continue
            }
            // Weekdays: full names anywhere; abbreviations only next to a date ("Mon 24 Jun").
            // A number word is no weekday, whatever it shares with one («четверо», 'four of them', and «четверг»).
            var weekday: (value: Int, short: Bool)? = spelled.word(key: tokens[i].key) == nil ? calendar.weekday(key: tokens[i].key) : nil
            var last = i
            if weekday == nil, i + 1 < tokens.count, let value = calendar.weekday(phraseKeys: tokens[i].key, tokens[i + 1].key) {
                weekday = (value, false)
                last = i + 1
            }
            if let weekday {
                let nextIsDate = last + 1 < tokens.count && (dayNumber(tokens[last + 1]) != nil || calendar.month(key: tokens[last + 1].key) != nil)
                if !weekday.short || nextIsDate {
                    let (range, text) = span(tokens, i, last, file: file)
                    out.append(DateMention(range: range, text: text, weekday: weekday.value))
                    for k in i...last { used[k] = true }
                    i = last + 1
                    continue
                }
            }
            i += 1
        }
        // A weekday right before a date belongs to it ("Mon 24 Jun 2024").
        var merged: [DateMention] = []
        for mention in out {
            if var previous = merged.last, previous.weekday != nil, previous.month == nil, previous.minutes == nil,
               mention.weekday == nil, mention.month != nil, mention.range.lowerBound - previous.range.upperBound <= 3 {
                previous = DateMention(range: previous.range.lowerBound..<mention.range.upperBound,
                                       text: file.string(previous.range.lowerBound..<mention.range.upperBound),
                                       weekday: previous.weekday, month: mention.month, day: mention.day, year: mention.year)
                merged[merged.count - 1] = previous
            } else {
                merged.append(mention)
            }
        }
        return merged
    }

    /// "25-06-2024", "2024-06-25", "25/06/2024", "25.06.2024".
    private func numericDate(_ tokens: [Token], _ i: Int, file: TextFile) -> (DateMention, Int)? {
        let token = tokens[i]
        guard token.kind == .number else { return nil }
        var parts: [Int] = []
        var last = i
        if token.text.containsBytes(".") || token.text.containsBytes("/") {
            let pieces = token.text.split(whereSeparator: { $0 == "." || $0 == "/" })
            guard pieces.count == 3 else { return nil }
            parts = pieces.compactMap { Int(String($0.unicodeScalars.map { Character(String($0.decimalDigitValue ?? 0)) })) }
        } else {
            guard i + 2 < tokens.count else { return nil }
            let g1 = gap(tokens, i, file: file), g2 = gap(tokens, i + 1, file: file)
            guard ["-", "/", "."].contains(g1), g1 == g2, tokens[i + 1].kind == .number, tokens[i + 2].kind == .number else { return nil }
            parts = [token, tokens[i + 1], tokens[i + 2]].compactMap { numerals.parse($0.text).map(Int.init) }
            last = i + 2
        }
        guard parts.count == 3 else { return nil }
        let (range, text) = span(tokens, i, last, file: file)
        if parts[0] >= 1000, (1...12).contains(parts[1]), (1...31).contains(parts[2]) {
            return (DateMention(range: range, text: text, month: parts[1], day: parts[2], year: parts[0]), last)
        }
        if parts[2] >= 1000 || parts[2] < 100, (1...31).contains(parts[0]) {
            // Day first, as everywhere but the United States; a US-style date is read month first.
            let usStyle = parts[0] <= 12 && parts[1] > 12
            let day = usStyle ? parts[1] : parts[0], month = usStyle ? parts[0] : parts[1]
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            let year = parts[2] < 100 ? 2000 + parts[2] : parts[2]
            return (DateMention(range: range, text: text, month: month, day: day, year: year), last)
        }
        return nil
    }

    /// "13:00", "1 p.m.", "1:30 pm", "13 heures", "13h30", "в 13 часов", "الساعة الواحدة ظهراً".
    private func clockTime(_ tokens: [Token], _ i: Int, file: TextFile) -> (DateMention, Int)? {
        var start = i
        var k = i
        var explicitHourWord = false
        if time.hourBefore.contains(tokens[k].key), k + 1 < tokens.count {
            explicitHourWord = true
            k += 1
        }
        var hour: Int? = nil, minute = 0
        let token = tokens[k]
        // "13h30" / "13h" written as one token.
        let scalars = token.text.utf8.contains(where: { $0 == 0x68 || $0 == 0x48 }) ? Array(token.text.unicodeScalars) : []
        if let h = scalars.firstIndex(where: { $0 == "h" || $0 == "H" }), h > 0, h <= 2,
           scalars[..<h].allSatisfy({ $0.decimalDigitValue != nil }),
           scalars[(h + 1)...].allSatisfy({ $0.decimalDigitValue != nil }), scalars.count - h - 1 <= 2 {
            hour = scalars[..<h].reduce(0) { $0 * 10 + $1.decimalDigitValue! }
            minute = scalars[(h + 1)...].reduce(0) { $0 * 10 + $1.decimalDigitValue! }
            explicitHourWord = true
        } else if token.kind == .number, token.text.unicodeScalars.count <= 2, let h = numerals.parse(token.text) {
            hour = Int(h)
        } else if token.kind == .number, token.text.utf8.count == 4, token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  k + 1 < tokens.count, time.hourAfter.contains(tokens[k + 1].key),
                  let v = Int(token.text), v / 100 <= 24, v % 100 < 60 {
            // "0900 GMT": hours and minutes in four digits before a time zone.
            hour = v / 100
            minute = v % 100
            explicitHourWord = true
        } else if token.kind == .number, let (h, m) = Self.dottedTime(token.text), k + 1 < tokens.count,
                  time.afternoon.contains(tokens[k + 1].key) || time.morning.contains(tokens[k + 1].key) {
            // "9.40 pm", "10.15am": British copy writes the minutes after a full stop.
            hour = h
            minute = m
        } else if token.kind == .number, language.language == "en", k > 0, Self.timePrepositions.contains(tokens[k - 1].key),
                  let (h, m) = Self.dottedTime(token.text), endsPhrase(tokens, k, file: file) {
            // "full by 10.30, and staff …": a British time after "by" or "at" that ends its phrase
            // ("rose by 10.30 points" and "trading at 10.30 pence" go on with their unit).
            hour = h
            minute = m
            explicitHourWord = true
        } else if explicitHourWord, let word = spelled.word(key: token.key), !word.isScale, word.value <= 24 {
            hour = Int(word.value)
        }
        guard var h = hour, h <= 24 else { return nil }
        var last = k
        if gap(tokens, k, file: file, is: ":"), k + 1 < tokens.count, tokens[k + 1].kind == .number,
           tokens[k + 1].text.unicodeScalars.count == 2, let m = numerals.parse(tokens[k + 1].text), m < 60 {
            minute = Int(m)
            last = k + 1
            explicitHourWord = true
        }
        if last + 1 < tokens.count, time.hourAfter.contains(tokens[last + 1].key) {
            // "более 12 часов", "plus de 12 heures", "12 часов назад": hours counted, not a time of day
            // (unless minutes follow: "plus de 12 h 30" is still a time).
            let counted = (i > 0 && time.durationBefore.contains(tokens[i - 1].key))
                || (i > 1 && time.durationBefore.contains(tokens[i - 2].key + " " + tokens[i - 1].key))
                || (last + 2 < tokens.count && time.durationAfter.contains(tokens[last + 2].key))
            let minutesFollow = last + 2 < tokens.count && tokens[last + 2].kind == .number && tokens[last + 2].text.count == 2
            if counted && !minutesFollow && !explicitHourWord { return nil }
            last += 1
            explicitHourWord = true
            // "13 h 30"
            if last + 1 < tokens.count, tokens[last + 1].kind == .number, tokens[last + 1].text.count == 2,
               let m = numerals.parse(tokens[last + 1].text), m < 60 {
                minute = Int(m)
                last += 1
            }
        }
        // The part of the day may follow a linking word or two: "10:30 من مساء السبت", « 10 heures du soir », "de la tarde".
        var link = 0
        while link < 2, last + link + 2 < tokens.count, Self.dayPartLinks.contains(tokens[last + link + 1].key) { link += 1 }
        for skip in (link > 0 ? [0, link] : [0]) where last + skip + 1 < tokens.count {
            let next = tokens[last + skip + 1].key
            // A bare number before a part of the day reads on a twelve-hour clock: "21 дня" counts days.
            if !explicitHourWord && (h > 12 || time.countedDayParts.contains(next)) { break }
            if time.afternoon.contains(next) {
                if h < 12 { h += 12 }
                last += skip + 1
                explicitHourWord = true
                break
            } else if time.morning.contains(next) {
                if h == 12 { h = 0 }
                last += skip + 1
                explicitHourWord = true
                break
            }
        }
        guard explicitHourWord else { return nil }
        if explicitHourWord && start > i { start = i }
        let (range, text) = span(tokens, start, last, file: file)
        return (DateMention(range: range, text: text, minutes: (h % 24) * 60 + minute), last)
    }

    /// "9.40" as hours and minutes (one or two digits, a full stop, two digits).
    /// English words a bare clock time follows ("by 10.30", "at 9.15").
    static let timePrepositions: Set<String> = ["by", "at", "until", "till", "before", "after", "from", "around"]

    /// Whether token k ends its phrase: the sentence, a punctuation mark or a word that starts a new phrase follows.
    private func endsPhrase(_ tokens: [Token], _ k: Int, file: TextFile) -> Bool {
        guard k + 1 < tokens.count else { return true }
        if let first = gap(tokens, k, file: file).unicodeScalars.first, ",;:)–—".unicodeScalars.contains(first) { return true }
        return ["on", "in", "that", "this", "the", "when", "and", "local", "gmt", "bst", "last", "yesterday", "today", "tonight", "tomorrow"].contains(tokens[k + 1].key)
    }

    static func dottedTime(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), h <= 12, m < 60 else { return nil }
        return (h, m)
    }

    /// Words between a clock time and the part of the day it is in ("من مساء", "بعد الظهر", « du soir », "de la tarde").
    static let dayPartLinks: Set<String> = ["من", "بعد", "du", "de", "la", "da", "di", "del", "della"]

    /// "Oct. 7", "7 October", "October 7, 2023", "7 октября", "7 أكتوبر", "7 באוקטובר", "June 2024", "October".
    private func monthDate(_ tokens: [Token], _ i: Int, file: TextFile) -> (DateMention, Int)? {
        var monthAt = i, monthEnd = i
        var month = calendar.month(key: tokens[i].key)?.value
        if month == nil, i + 1 < tokens.count, let m = calendar.month(phraseKeys: tokens[i].key, tokens[i + 1].key) {
            month = m
            monthEnd = i + 1
        }
        var day: Int? = nil
        var first = i
        if month == nil {
            // A day before the month: "7 October", "7th of October".
            guard let d = dayNumber(tokens[i]), i + 1 < tokens.count else { return nil }
            var j = i + 1
            if ["of", "de", "du"].contains(tokens[j].key), j + 1 < tokens.count { j += 1 }
            if let m = calendar.month(key: tokens[j].key)?.value {
                month = m
                monthAt = j
                monthEnd = j
            } else if j + 1 < tokens.count, let m = calendar.month(phraseKeys: tokens[j].key, tokens[j + 1].key) {
                month = m
                monthAt = j
                monthEnd = j + 1
            } else {
                return nil
            }
            day = d
            first = i
        }
        guard let month else { return nil }
        var last = monthEnd
        if day == nil, last + 1 < tokens.count, let d = dayNumber(tokens[last + 1]) {
            day = d
            last += 1
        }
        var year: Int? = nil
        if last + 1 < tokens.count, let y = yearNumber(tokens[last + 1]) {
            year = y
            last += 1
        }
        // A month name alone is a date only when the word is unambiguous. Where months are capitalised
        // (English, German, Dutch) it must be, and the months that are also words ("May", "March",
        // "August") must not open the sentence; elsewhere (« juin », «июля») the case says nothing, and
        // only a month that is also a word (« Mars », the planet) must be written in lower case.
        if day == nil && year == nil {
            let word = tokens[monthAt]
            let cased = word.text.unicodeScalars.contains { Script.of($0).isCased }
            let alsoWords = Self.monthsThatAreWords[language.language] ?? []
            // Abbreviations alone are names and numbers more often than months ("Jan" Marek, « sept » 'seven',
            // "Marc" Lambotte, which only begins like "March").
            if cased, word.text.count < 4 || word.key == "sept" || calendar.month(key: word.key)?.short == true { return nil }
            if cased, Self.capitalisedMonths.contains(language.language) {
                if !word.isCapitalized || (monthAt == 0 && alsoWords.contains(word.key)) { return nil }
            } else if cased, alsoWords.contains(word.key), word.isCapitalized {
                return nil
            }
        }
        let (range, text) = span(tokens, first, last, file: file)
        return (DateMention(range: range, text: text, month: month, day: day, year: year), last)
    }

    /// Languages that write month names with a capital.
    static let capitalisedMonths: Set<String> = ["en", "de", "nl"]
    /// Month names that are also other words, per language.
    static let monthsThatAreWords: [String: Set<String>] = ["en": ["may", "march", "august"], "fr": ["mars"]]

    // MARK: Numbers

    private func numbers(_ tokens: [Token], file: TextFile, used: inout [Bool]) -> [NumberMention] {
        var out: [NumberMention] = []
        var i = 0
        while i < tokens.count {
            if used[i] { i += 1; continue }
            if let (mention, last) = digitNumber(tokens, i, file: file, used: used) ?? spelledNumber(tokens, i, file: file, used: used)
                ?? compoundNumber(tokens[i]).map({ ($0, i) }) {
                for k in i...last { used[k] = true }
                out.append(mention)
                i = last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// A Russian compound adjective opening with a number ("пятибалльной шкале", 'five-point scale';
    /// "трехдневный", 'three-day'): the number, where the rest is one of the roots such compounds take.
    private func compoundNumber(_ token: Token) -> NumberMention? {
        guard language.language == "ru", token.kind == .word, token.text.count >= 8 else { return nil }
        let key = token.key
        for (prefix, value) in Self.russianNumberPrefixes where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            guard Self.russianCompoundRoots.contains(where: { rest.hasPrefix($0) }) else { continue }
            return NumberMention(range: token.range, text: token.text, value: value, isOrdinal: false, isSpelled: true)
        }
        return nil
    }

    static let russianNumberPrefixes: [(String, Double)] = [("одно", 1), ("двух", 2), ("трех", 3), ("трёх", 3), ("четырех", 4), ("четырёх", 4), ("пяти", 5),
                                                            ("шести", 6), ("семи", 7), ("восьми", 8), ("девяти", 9), ("десяти", 10), ("двенадцати", 12),
                                                            ("пятнадцати", 15), ("двадцати", 20), ("тридцати", 30), ("пятидесяти", 50), ("стократ", 100)]
    static let russianCompoundRoots = ["балльн", "дневн", "летн", "месячн", "недельн", "часов", "минутн", "этажн", "кратн", "процентн",
                                       "километров", "метров", "тонн", "местн", "значн", "серийн", "сторонн", "комнатн"]

    private func scale(of token: Token) -> Double? {
        if let word = spelled.word(key: token.key), word.isScale, word.value >= 1000 { return word.value }
        return scaleAbbreviations[token.key]
    }

    private func digitNumber(_ tokens: [Token], _ i: Int, file: TextFile, used: [Bool]) -> (NumberMention, Int)? {
        let token = tokens[i]
        var isOrdinal = false
        var value: Double
        // The digits that open a run of space-separated groups ("1 200 000", and "9" of South African "R9 000").
        var lead = token.text
        if token.kind == .number, let v = numerals.parse(token.text) {
            value = v
        } else if let d = ordinalDigits(token.text) ?? romanOrdinal(tokens, i) {
            value = Double(d)
            isOrdinal = true
        } else if let v = compactAmount(tokens[i], next: tokens[(i + 1)...].prefix(2).map(\.key), file: file) {
            value = v
        } else if let v = letterCurrencyAmount(token, next: i + 1 < tokens.count ? tokens[i + 1] : nil, file: file) {
            value = v
            lead = String(token.text.drop { !($0.isASCII && $0.isNumber) })
        } else if let v = unitAmount(token) {
            value = v
        } else {
            return nil
        }
        // The second year of a season written short ("the 2027-28 season", "2027/28"): the full year, as
        // translations write it («موسم 2027-2028»).
        if token.kind == .number, !isOrdinal, token.text.unicodeScalars.count == 2, i > 0, tokens[i - 1].kind == .number,
           tokens[i - 1].text.unicodeScalars.count == 4, let first = numerals.parse(tokens[i - 1].text), (1900...2100).contains(first),
           ["-", "–", "/"].contains(gap(tokens, i - 1, file: file)), value == Double((Int(first) + 1) % 100) {
            value = first + 1
        }
        var last = i
        // "1 200 000": digit groups of three after a grouping space.
        if !isOrdinal, lead.unicodeScalars.count <= 3, lead.allSatisfy({ $0.isASCII && $0.isNumber }) || token.kind == .number {
            var groupedText = lead
            var k = i
            while k + 1 < tokens.count, !used[k + 1], tokens[k + 1].kind == .number,
                  tokens[k + 1].text.unicodeScalars.count == 3,
                  isGroupingSpace(gap(tokens, k, file: file)) || spaceGroups(tokens, i, k, file: file) {
                groupedText += tokens[k + 1].text
                k += 1
            }
            if k > i, let v = numerals.parse(groupedText) {
                value = v
                last = k
            }
        }
        // A scale word across punctuation is another phrase's ("in 1986, thousands of visitors", «1986، آلاف»).
        if last + 1 < tokens.count, !used[last + 1], let factor = scale(of: tokens[last + 1]),
           !gap(tokens, last, file: file).unicodeScalars.contains(where: { ",;:()،؛—–".unicodeScalars.contains($0) }) {
            value *= factor
            last += 1
            // Arabic adds the rest after "and": "16 ألفا و200" is 16,200.
            if language.language == "ar", last + 1 < tokens.count, !used[last + 1], tokens[last + 1].text.hasPrefix("و") {
                // The "و" written onto the figure is a token of its own ("و" "200"), or one with it.
                if tokens[last + 1].text == "و", last + 2 < tokens.count, !used[last + 2], tokens[last + 2].kind == .number,
                   let rest = numerals.parse(tokens[last + 2].text), rest < factor {
                    value += rest
                    last += 2
                } else if let rest = numerals.parse(String(tokens[last + 1].text.dropFirst())), rest < factor {
                    value += rest
                    last += 1
                }
            }
        }
        let (range, text) = span(tokens, i, last, file: file)
        return (NumberMention(range: range, text: text, value: value, isOrdinal: isOrdinal, isSpelled: false), last)
    }

    /// An English amount written short after a currency sign or before a currency word: "$27.6m",
    /// "£1.2bn", "C$900k", "22m Canadian dollars" (British and Canadian copy; "38m" alone may be metres).
    private func compactAmount(_ token: Token, next: [String], file: TextFile) -> Double? {
        // Asked of every word that is not a number: the cheapest tests first.
        guard let first = token.text.utf8.first, first >= 0x30, first <= 0x39, token.range.lowerBound > 0, language.language == "en" else { return nil }
        let text = token.text
        let letters = text.unicodeScalars.reversed().prefix { Script.isLetter($0) }
        let suffix = String(String.UnicodeScalarView(letters.reversed())).lowercased()
        let sign = file.units[token.range.lowerBound - 1]
        let factor: Double?
        switch suffix {
        case "m", "mn": factor = 1e6
        case "bn": factor = 1e9
        case "k": factor = 1e3
        case "tn", "trn": factor = 1e12
        default: factor = nil
        }
        // "$", "£", "¥", "¢" or any sign of the Unicode currency block ("€", "₦", "₹", "₽").
        guard let factor,
              sign == 0x24 || sign == 0xA3 || sign == 0xA5 || sign == 0xA2 || (0x20A0...0x20CF).contains(sign)
                || next.contains(where: Self.currencyWords.contains),
              let v = numerals.parse(String(text.dropLast(suffix.count))) else { return nil }
        return v * factor
    }

    /// A figure with its unit's symbol written onto it, as house styles do: "24.5C", "76.1F", "14km", "8,942MW".
    private func unitAmount(_ token: Token) -> Double? {
        // Asked of every word: out unless it opens with a digit.
        guard let first = token.text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let text = token.text
        let letters = text.unicodeScalars.reversed().prefix { Script.isLetter($0) || $0 == "°" }
        guard !letters.isEmpty, Self.unitSymbols.contains(String(String.UnicodeScalarView(letters.reversed()))) else { return nil }
        return numerals.parse(String(text.unicodeScalars.dropLast(letters.count).map(Character.init)))
    }

    /// Unit symbols written onto a figure, as written (case matters: "C" is Celsius, "c" nothing).
    static let unitSymbols: Set<String> = ["km", "m", "cm", "mm", "kg", "g", "t", "C", "F", "°C", "°F", "°", "MW", "GW", "kW", "kWh", "MWh", "GWh",
                                           "mph", "kmh", "ha", "l", "ml", "mg", "bbl", "ft", "mi", "nm", "kt", "km²", "kv", "kV"]

    /// An amount written onto the letters that stand for its currency in African and Philippine copy: "N500m", "N1,150"
    /// (naira in Nigerian copy, "N4tn" four trillion), "R1.2bn" (rand), "KSh2,000", "GH¢20". Letters before a bare number
    /// ("N1", "R2", "K2") name a road or a mountain: the amount needs a grouping, a decimal, a
    /// magnitude ("m", "bn") or a scale word after it ("N500 million").
    private func letterCurrencyAmount(_ token: Token, next: Token?, file: TextFile) -> Double? {
        // Asked of every English word: out unless a capital opens it and a digit follows within four letters.
        guard language.language == "en", let first = token.text.utf8.first, first >= 0x41, first <= 0x5A,
              token.text.utf8.prefix(5).contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let prefix = Self.currencyLetters.first(where: { token.text.hasPrefix($0) }) else { return nil }
        var amount = Substring(token.text.dropFirst(prefix.count))
        guard let d = amount.utf8.first, d >= 0x30, d <= 0x39 else { return nil }
        var factor = 1.0
        for (suffix, f) in [("bn", 1e9), ("tn", 1e12), ("trn", 1e12), ("m", 1e6), ("k", 1e3)] where amount.hasSuffix(suffix) {
            factor = f
            amount = amount.dropLast(suffix.count)
            break
        }
        guard let v = numerals.parse(String(amount)) else { return nil }
        let written = factor > 1 || amount.contains(",") || amount.contains(".")
        // A bare amount ("P48 a kilo") where the copy writes that letter onto an amount elsewhere ("P57.40",
        // "P1 million"): Philippine copy prices everything so. Not before a road word ("the N1 highway").
        // A group of three digits after it is the rest of the amount ("R9 000").
        guard written || next.map({ scale(of: $0) != nil || ($0.kind == .number && $0.text.unicodeScalars.count == 3) }) == true
                || (Self.writesLetterAmount(prefix, in: file.units) && !Self.roadWords.contains(next?.key ?? "")) else { return nil }
        return v * factor
    }

    /// Whether a text writes an amount onto these letters with a decimal, a grouping or a magnitude ("P57.40",
    /// "P1,500", "P2.5bn", "P1 million").
    static func writesLetterAmount(_ letters: String, in u: [UInt16]) -> Bool {
        // On the file's UTF-16 units: asked for each bare letter amount, it must not copy the text.
        let l = Array(letters.utf16)
        func digit(_ i: Int) -> Bool { i < u.count && u[i] >= 0x30 && u[i] <= 0x39 }
        func follows(_ i: Int, _ word: String) -> Bool { Array(word.utf16).enumerated().allSatisfy { i + $0.offset < u.count && u[i + $0.offset] == $0.element } }
        var i = 0
        while i + l.count < u.count {
            defer { i += 1 }
            guard u[i] == l[0], follows(i, letters), i == 0 || !Script.isLetter(Unicode.Scalar(u[i - 1]) ?? " ") && !digit(i - 1) else { continue }
            var k = i + l.count
            guard digit(k) else { continue }
            while digit(k) { k += 1 }
            if k + 1 < u.count, u[k] == 0x2E || u[k] == 0x2C, digit(k + 1) { return true }
            if follows(k, "m ") || follows(k, "bn") || follows(k, "tn") || follows(k, " million") || follows(k, " billion") { return true }
        }
        return false
    }

    /// Words after a letter and a number that make it a road ("the N1 highway").
    static let roadWords: Set<String> = ["road", "highway", "motorway", "expressway", "route", "freeway"]

    /// Letters written for a currency onto its amount, longest first: naira, rand, Kenyan, Ugandan and
    /// Tanzanian shillings ("Sh193.60" in Kenyan copy), cedi, rupees ("Rs3,500" in Pakistani copy), kwacha, the Philippine peso ("P48").
    static let currencyLetters = ["KSh", "Ksh", "USh", "TSh", "GH¢", "Rs", "Sh", "N", "R", "K", "P"]

    /// Currency words a short amount stands before ("22m Canadian dollars", "3bn euros").
    static let currencyWords: Set<String> = ["dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "dirhams", "riyals",
                                             "dinars", "rubles", "roubles", "shekels", "pesos", "lira", "liras", "naira", "rand", "shillings"]

    private func isGroupingSpace(_ gap: String) -> Bool {
        guard gap.unicodeScalars.count == 1, let s = gap.unicodeScalars.first else { return false }
        if s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2009}" { return true }
        return s == " " && numerals.groupsWithSpace
    }

    /// Words before "zero" that make it the freezing point ("below zero").
    static let belowWords: Set<String> = ["below", "under", "sous", "ниже", "تحت", "bajo", "unter", "מתחת"]

    /// A plain space between digit groups in a language that groups with commas: South African copy
    /// ("400 000 residents") where the file groups no number with a comma, and not after a month
    /// ("May 5 100 people" is a date and a count).
    private func spaceGroups(_ tokens: [Token], _ i: Int, _ k: Int, file: TextFile) -> Bool {
        guard !numerals.groupsWithSpace, gap(tokens, k, file: file, is: " ") else { return false }
        if i > 0, calendar.month(key: tokens[i - 1].key) != nil { return false }
        return !Self.groupsWithComma(file.units)
    }

    /// Whether a text writes a number grouped by a comma ("1,150"): a digit, a comma, three digits and no fourth.
    static func groupsWithComma(_ u: [UInt16]) -> Bool {
        func digit(_ i: Int) -> Bool { i >= 0 && i < u.count && u[i] >= 0x30 && u[i] <= 0x39 }
        var i = 1
        while i + 3 < u.count {
            if u[i] == 0x2C, digit(i - 1), digit(i + 1), digit(i + 2), digit(i + 3), !digit(i + 4) { return true }
            i += 1
        }
        return false
    }

    /// A century or a sovereign's number in Roman numerals, as French and Russian write them (« XIIIe siècle »,
    /// « XIII век », "Louis XIV" is not read): with an ordinal ending, or before the word for a century.
    private func romanOrdinal(_ tokens: [Token], _ i: Int) -> Int? {
        let text = tokens[i].text
        guard let first = text.unicodeScalars.first, "IVXLC".unicodeScalars.contains(first) else { return nil }
        let numeral = text.unicodeScalars.prefix { "IVXLC".unicodeScalars.contains($0) }
        let rest = String(text.unicodeScalars.dropFirst(numeral.count))
        let next = i + 1 < tokens.count ? tokens[i + 1].key : ""
        guard ["e", "ème", "er", "\u{1D49}", "\u{1D49}\u{02B3}"].contains(rest) || (rest.isEmpty && Self.centuryWords.contains(next)) else { return nil }
        let values: [Unicode.Scalar: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        let digits = numeral.map { values[$0]! }
        var total = 0
        for (k, d) in digits.enumerated() { total += k + 1 < digits.count && d < digits[k + 1] ? -d : d }
        // Written the regular way ("XIV", not "IIIIX"), and a plausible century or ordinal.
        guard (1...39).contains(total), Self.roman(total) == String(String.UnicodeScalarView(numeral)) else { return nil }
        return total
    }

    static let centuryWords: Set<String> = ["siècle", "siècles", "век", "века", "веке", "веков", "century", "centuries", "siglo", "jahrhundert", "millénaire"]

    static func roman(_ n: Int) -> String {
        var n = n, out = ""
        for (v, r) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] { while n >= v { out += r; n -= v } }
        return out
    }

    private func ordinalDigits(_ text: String) -> Int? {
        // Most words start with a letter, which is no digit in any script.
        if let first = text.unicodeScalars.first, Script.isLetter(first) { return nil }
        let digits = text.unicodeScalars.prefix { $0.decimalDigitValue != nil }
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        let rest = String(text.unicodeScalars.dropFirst(digits.count)).lowercased()
        guard ["st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "º", "ª", "-й", "-я", "-е", "-го", "й", "го"].contains(rest) else { return nil }
        return digits.reduce(0) { $0 * 10 + $1.decimalDigitValue! }
    }

    /// The word after an elided article or preposition ("d'un" → "un", "l’une" → "une"); the key as it is otherwise.
    static func withoutElision(_ key: String) -> String {
        // Asked of nearly every token: most have no apostrophe in their first four bytes.
        guard key.utf8.prefix(4).contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return key }
        let units = Array(key.utf8)
        for (i, u) in units.prefix(4).enumerated() where u == 0x27 || (u == 0xE2 && i + 2 < units.count && units[i + 1] == 0x80 && units[i + 2] == 0x99) {
            let start = u == 0x27 ? i + 1 : i + 3
            guard i > 0, start < units.count else { return key }
            return String(decoding: units[start...], as: UTF8.self)
        }
        return key
    }

    private func spelledNumber(_ tokens: [Token], _ i: Int, file: TextFile, used: [Bool]) -> (NumberMention, Int)? {
        // "at half past eleven", "a quarter to ten": the hour of a time told in words, which other languages
        // count otherwise («в половине двенадцатого», 'in the half of the twelfth'), not a count.
        if language.language == "en", i >= 2, ["past", "to"].contains(tokens[i - 1].key), ["half", "quarter"].contains(tokens[i - 2].key) { return nil }
        var run: [SpelledNumbers.Word] = []
        var last = i - 1
        var k = i
        while k < tokens.count, !used[k] {
            // Hyphenated numbers are spelled as one word ("twenty-five", "quatre-vingt-dix").
            var joined = tokens[k].text
            var end = k
            while end + 1 < tokens.count, gap(tokens, end, file: file, is: "-") {
                joined += "-" + tokens[end + 1].text
                end += 1
            }
            if end > k, let word = spelled.word(joined) {
                run.append(word)
                last = end
                k = end + 1
                continue
            }
            // Number words joined by a hyphen that spell no number together are a range («два-три дня», 'two or
            // three days'; «пять-шесть»): each is a number of its own, not their sum.
            if !run.isEmpty, gap(tokens, k - 1, file: file, is: "-") { break }
            // French and Italian elide into the first word: "près d'un million", "dell'otto".
            if let word = spelled.word(key: k == i ? Self.withoutElision(tokens[k].key) : tokens[k].key) {
                // An ordinal before a collective noun names part of a period, not a count: « la première
                // quinzaine de septembre » is the first half of the month, no 15.
                if run.last?.isOrdinal == true, !word.isOrdinal, word.isScale, word.standsAlone, word.value < 100 {
                    last = k
                    break
                }
                if !run.isEmpty, spelled.hasJoinedConjunction(key: tokens[k].key) == false, word.isOrdinal != run.last!.isOrdinal { break }
                run.append(word)
                last = k
                k += 1
                continue
            }
            if !run.isEmpty, spelled.isJoiner(key: tokens[k].key), k + 1 < tokens.count, spelled.word(key: tokens[k + 1].key) != nil {
                k += 1
                continue
            }
            break
        }
        guard !run.isEmpty, let value = spelled.value(of: run) else { return nil }
        // "below zero" («تحت الصفر», « sous zéro », «ниже нуля») names the freezing point, no figure: the figure is
        // the number of degrees before it.
        if value == 0, i > 0, Self.belowWords.contains(tokens[i - 1].key) { return nil }
        if last + 1 < tokens.count, !used[last + 1], scale(of: tokens[last + 1]) != nil, spelled.word(tokens[last + 1].text) == nil {
            let factor = scale(of: tokens[last + 1])!
            let (range, text) = span(tokens, i, last + 1, file: file)
            return (NumberMention(range: range, text: text, value: value * factor, isOrdinal: false, isSpelled: true), last + 1)
        }
        let (range, text) = span(tokens, i, last, file: file)
        return (NumberMention(range: range, text: text, value: value, isOrdinal: run.allSatisfy(\.isOrdinal), isSpelled: true), last)
    }
}
