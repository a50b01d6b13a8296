import CICU
import Foundation

/// Reads numerals written with digits, in any script and any grouping:
/// "1,200", "1 200", "1.200", "١٬٢٠٠", "37.6", "3,5". Grouping and decimal
/// separators are told apart by their pattern, and by the locale's own
/// decimal separator (from ICU) when one separator is ambiguous.
public struct NumeralParser: Sendable {
    public let decimalSeparator: Character
    public let groupingSeparator: Character

    /// Separators that can sit between digits.
    static let separators: Set<Character> = [",", ".", "'", "’", "٬", "٫", " ", "\u{00A0}", "\u{202F}", "\u{2009}", "،"]
    /// Separators that can only group (spaces) or only be decimal (Arabic decimal).
    static let groupingOnly: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "’", "٬"]

    public init(language: LanguageTag) {
        var status: Int32 = 0
        var decimal: Character = ".", grouping: Character = ","
        if let fmt = tc_num_open(Int32(TC_NUMBER_DECIMAL), language.icuLocale, &status), !tc_failed(status) {
            defer { tc_num_close(fmt) }
            func symbol(_ which: Int32) -> Character? {
                (try? icuUTF16("number symbol", capacity: 8) { dest, cap, st in tc_num_symbol(fmt, which, dest, cap, &st) })
                    .flatMap { String(utf16Units: $0).first }
            }
            decimal = symbol(Int32(TC_SYMBOL_DECIMAL)) ?? "."
            grouping = symbol(Int32(TC_SYMBOL_GROUPING)) ?? ","
        }
        self.decimalSeparator = decimal
        self.groupingSeparator = grouping
    }

    /// Whether the locale groups digits with a space (fr, ru: "1 200").
    public var groupsWithSpace: Bool { groupingSeparator.isWhitespace }

    /// The value of a numeral, or nil when the text is not one.
    public func parse(_ text: String) -> Double? {
        var digitGroups: [String] = [""]
        var separatorsSeen: [Character] = []
        for scalar in text.unicodeScalars {
            if let d = scalar.decimalDigitValue {
                digitGroups[digitGroups.count - 1].append(Character(String(d)))
            } else if Self.separators.contains(Character(scalar)) {
                guard !digitGroups.last!.isEmpty else { return nil }
                separatorsSeen.append(Character(scalar))
                digitGroups.append("")
            } else {
                return nil
            }
        }
        guard !digitGroups.last!.isEmpty else { return nil }
        if separatorsSeen.isEmpty { return Double(digitGroups[0]) }

        // The decimal separator, if any, is the last separator, used once,
        // and differs from the others.
        let last = separatorsSeen.last!
        let lastUsedOnce = separatorsSeen.filter { $0 == last }.count == 1
        let mixed = Set(separatorsSeen).count > 1
        var decimalAt: Int? = nil
        if last == "٫" {
            decimalAt = separatorsSeen.count - 1
        } else if !Self.groupingOnly.contains(last) && lastUsedOnce {
            let tail = digitGroups.last!
            if mixed || tail.count != 3 {
                decimalAt = separatorsSeen.count - 1
            } else if separatorsSeen.count == 1 && last == decimalSeparator {
                // "1.200" in English, "1,200" in French: the locale decides.
                decimalAt = 0
            }
        }
        let integerGroups = decimalAt.map { Array(digitGroups[0...$0]) } ?? digitGroups
        // Grouped digits come in threes after the first group (Indian lakh grouping aside).
        for group in integerGroups.dropFirst() where group.count != 3 && !(group.count == 2 && integerGroups.count > 2) {
            return nil
        }
        let integer = integerGroups.joined()
        let fraction = decimalAt.map { _ in digitGroups.last! } ?? ""
        return Double(fraction.isEmpty ? integer : integer + "." + fraction)
    }
}
