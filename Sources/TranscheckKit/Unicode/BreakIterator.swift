import CICU
import Foundation

/// A span found by an ICU break iterator: UTF-16 offsets into the text it was
/// given, and the rule status of its closing boundary.
public struct BreakSpan: Equatable, Sendable {
    public var range: Range<Int>
    public var ruleStatus: Int32

    /// Word spans: ICU's status ranges (UBRK_WORD_*).
    public var isNumber: Bool { (100..<200).contains(ruleStatus) }
    public var isWord: Bool { ruleStatus >= 200 }
    public var isWordLike: Bool { ruleStatus >= 100 }
}

/// ICU break iteration (word, sentence, …) for one locale. The iterator is
/// opened once per kind and locale; each call works on a clone, so one
/// instance serves many threads.
public final class BreakIterator: @unchecked Sendable {
    public enum Kind: Int32, Sendable { case character = 0, word = 1, line = 2, sentence = 3 }

    public let kind: Kind
    public let locale: String
    private let template: UnsafeMutableRawPointer

    private init(kind: Kind, locale: String, template: UnsafeMutableRawPointer) {
        self.kind = kind
        self.locale = locale
        self.template = template
    }
    deinit { tc_brk_close(template) }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: BreakIterator] = [:]

    /// The cached iterator of this kind for an ICU locale ID ("en", "ar", "fr_CA").
    public static func of(_ kind: Kind, locale: String) throws(ICUError) -> BreakIterator {
        let key = "\(kind.rawValue):\(locale)"
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[key] { return hit }
        var status: Int32 = 0
        guard let handle = tc_brk_open(kind.rawValue, locale, &status), !tc_failed(status) else {
            throw ICUError(operation: "break iterator \(locale)", code: status)
        }
        let made = BreakIterator(kind: kind, locale: locale, template: handle)
        cache[key] = made
        return made
    }

    /// Spans between consecutive boundaries of `text` (UTF-16 code units).
    public func spans(_ text: UnsafeBufferPointer<UInt16>) -> [BreakSpan] {
        cursor()?.spans(text) ?? []
    }

    /// A private clone for one thread's run over many texts (a document's lines):
    /// cloning is most of the cost of a short text, so it is paid once per run.
    public func cursor() -> Cursor? {
        var status: Int32 = 0
        guard let brk = tc_brk_clone(template, &status), !tc_failed(status) else { return nil }
        return Cursor(brk)
    }

    /// One clone of the iterator; not to be shared between threads.
    public final class Cursor {
        private let brk: UnsafeMutableRawPointer
        fileprivate init(_ brk: UnsafeMutableRawPointer) { self.brk = brk }
        deinit { tc_brk_close(brk) }

        /// Spans between consecutive boundaries of `text` (UTF-16 code units).
        public func spans(_ text: UnsafeBufferPointer<UInt16>) -> [BreakSpan] {
            guard text.count > 0 else { return [] }
            var status: Int32 = 0
            tc_brk_set_text(brk, text.baseAddress, Int32(text.count), &status)
            if tc_failed(status) { return [] }
            var result: [BreakSpan] = []
            // Words come about one span (a word or the space after it) in four code units; sentences far
            // fewer: one allocation instead of a dozen doublings.
            result.reserveCapacity(text.count / 4 + 4)
            var start = Int(tc_brk_first(brk))
            while true {
                let end = Int(tc_brk_next(brk))
                if end < 0 { break }
                result.append(BreakSpan(range: start..<end, ruleStatus: tc_brk_rule_status(brk)))
                start = end
            }
            return result
        }
    }

    /// Spans of a Swift string, in UTF-16 offsets.
    public func spans(_ text: String) -> [BreakSpan] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { spans($0) }
    }
}
