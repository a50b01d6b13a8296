import CICU

/// A BCP 47 language tag that ICU recognises ("en", "ar", "pt-BR").
public struct LanguageTag: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The tag as written, canonical case ("pt-BR").
    public let tag: String
    /// The primary language subtag ("pt").
    public let language: String
    /// ICU's locale ID for the tag ("pt_BR").
    public let icuLocale: String

    public var description: String { tag }
    public static func < (a: LanguageTag, b: LanguageTag) -> Bool { a.tag < b.tag }

    /// Why a tag was refused.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public let tag: String
        public var description: String { "unknown language tag '\(tag)'" }
    }

    /// Validates a tag through ICU: it must parse and name a language ICU knows.
    public init(_ text: String) throws(Invalid) {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 < 0x80 }),
              trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else { throw Invalid(tag: text) }
        let hyphenated = trimmed.replacingAll("_", with: "-")
        var status: Int32 = 0
        var localeBuffer = [CChar](repeating: 0, count: 157)
        let n = tc_locale_from_tag(hyphenated, &localeBuffer, Int32(localeBuffer.count - 1), &status)
        guard !tc_failed(status), n > 0 else { throw Invalid(tag: text) }
        let locale = String(cString: localeBuffer)
        var languageBuffer = [CChar](repeating: 0, count: 16)
        _ = tc_locale_language(locale, &languageBuffer, 15, &status)
        let language = String(cString: languageBuffer)
        guard !tc_failed(status), (2...3).contains(language.count),
              let iso3 = tc_locale_iso3_language(locale), !String(cString: iso3).isEmpty
        else { throw Invalid(tag: text) }
        let parts = hyphenated.split(separator: "-").enumerated().map { index, part in
            index == 0 ? part.lowercased() : part.count == 2 ? part.uppercased()
                : part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased() : part.lowercased()
        }
        self.tag = parts.joined(separator: "-")
        self.language = language
        self.icuLocale = locale
    }

    /// A tag known to be valid (bundled data, detection results).
    public init(known tag: String) {
        // A failure here is a programming error in bundled data.
        do { try self.init(tag) } catch { preconditionFailure("invalid built-in language tag \(tag)") }
    }
}

extension String {
    /// The string without the scalars at either end that `trimmed` accepts (as Foundation's
    /// `trimmingCharacters(in:)` does for a character set, without its bridging: a hot path's
    /// quotation and sentence edges).
    func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        return first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) ? self : String(scalars[first...last])
    }

    var trimmingSpaces: String { trimmingScalars { $0.properties.isWhitespace } }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
