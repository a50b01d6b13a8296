import CICU

/// Quotation marks of a locale (CLDR delimiters through ICU), plus the marks
/// any news copy may use whatever its language.
public struct QuoteDelimiters: Sendable, Equatable {
    public var start: String
    public var end: String
    public var alternateStart: String
    public var alternateEnd: String

    /// The locale's delimiters ("“ ” ‘ ’" for en, "« » « »" for fr).
    public init(locale: String) {
        func delimiter(_ which: Int32) -> String {
            let units = try? icuUTF16("quotation delimiter", capacity: 8) { dest, cap, status in
                tc_quote_delimiter(locale, which, dest, cap, &status)
            }
            return units.map { String(utf16Units: $0) } ?? "\""
        }
        start = delimiter(Int32(TC_QUOTE_START))
        end = delimiter(Int32(TC_QUOTE_END))
        alternateStart = delimiter(Int32(TC_ALT_QUOTE_START))
        alternateEnd = delimiter(Int32(TC_ALT_QUOTE_END))
    }

    /// Opening marks seen in copy of any language.
    public static let anyOpening: Set<Character> = ["\"", "“", "„", "‟", "«", "‹", "‘", "‚", "「", "『", "”"]
    /// Closing marks seen in copy of any language.
    public static let anyClosing: Set<Character> = ["\"", "”", "“", "»", "›", "’", "‘", "」", "』", "«"]
    /// Every quotation mark, for comparison keys that ignore quote style.
    public static let allMarks: Set<Character> = anyOpening.union(anyClosing).union(["'", "״", "׳"])
}
