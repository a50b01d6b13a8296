/// A number in a sentence, read for its value: "1,200", "1 200", "١٬٢٠٠",
/// "five", "пять тысяч", "37.6 million".
public struct NumberMention: Sendable, Equatable {
    /// UTF-16 span in the file.
    public let range: Range<Int>
    public let text: String
    public let value: Double
    public let isOrdinal: Bool
    /// Written in words rather than digits.
    public let isSpelled: Bool

    /// Spelled "one"/"un"/"один" and lone ordinals are too often articles,
    /// pronouns or adjectives to be reported when they have no counterpart.
    public var isWeak: Bool { (isSpelled && value == 1) || (isOrdinal && isSpelled) }
}

/// A date or time in a sentence, with whichever parts it names.
public struct DateMention: Sendable, Equatable {
    public let range: Range<Int>
    public let text: String
    /// 1 = Sunday … 7 = Saturday.
    public var weekday: Int?
    public var month: Int?
    public var day: Int?
    public var year: Int?
    /// Minutes after midnight.
    public var minutes: Int?

    public init(range: Range<Int>, text: String, weekday: Int? = nil, month: Int? = nil, day: Int? = nil, year: Int? = nil, minutes: Int? = nil) {
        self.range = range
        self.text = text
        self.weekday = weekday
        self.month = month
        self.day = day
        self.year = year
        self.minutes = minutes
    }

    /// A readable normal form ("weekday 3", "10-07", "13:00") for messages.
    public var normalForm: String {
        var parts: [String] = []
        if let weekday { parts.append(Self.weekdayNames[(weekday - 1) % 7]) }
        if let year, let month, let day { parts.append("\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))") }
        else if let month, let day { parts.append("\(Self.monthNames[month - 1]) \(day)") }
        else if let month, let year { parts.append("\(Self.monthNames[month - 1]) \(year)") }
        else if let month { parts.append(Self.monthNames[month - 1]) }
        else if let year { parts.append(String(year)) }
        if let minutes { parts.append("\(Self.padded(minutes / 60, 2)):\(Self.padded(minutes % 60, 2))") }
        return parts.joined(separator: " ")
    }

    /// Zero-padded as printf's %0Nd (without Foundation's formatter: the aligner asks for every date).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(abs(n))
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (n < 0 ? 1 : 0)))
        return (n < 0 ? "-" : "") + zeros + digits
    }

    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}

import Foundation

/// What the analysis found in one sentence.
public struct SentenceFacts: Sendable {
    public var numbers: [NumberMention] = []
    public var dates: [DateMention] = []
    public var names: [NameMention] = []
}

/// A segmented document with the facts of each of its sentences.
public final class AnalyzedDocument: Sendable {
    public let document: Document
    public let facts: [SentenceFacts]
    /// What is worked out from this document alone (or for a named context), kept with it:
    /// an original checked against many translations is read once, not once a pair.
    let memo = ResultMemo()

    public init(document: Document, facts: [SentenceFacts]) {
        self.document = document
        self.facts = facts
    }
}
