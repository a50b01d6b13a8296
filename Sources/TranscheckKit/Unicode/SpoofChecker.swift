import CICU

/// ICU's spoof checker: confusable skeletons and mixed-script detection.
public final class SpoofChecker: @unchecked Sendable {
    /// What ICU found suspicious in a string.
    public struct Issues: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        public static let mixedScriptConfusable = Issues(rawValue: Int32(TC_SPOOF_MIXED_SCRIPT_CONFUSABLE))
        public static let wholeScriptConfusable = Issues(rawValue: Int32(TC_SPOOF_WHOLE_SCRIPT_CONFUSABLE))
        /// Mixes scripts beyond what ICU's moderately restrictive level allows.
        public static let restrictionLevel = Issues(rawValue: Int32(TC_SPOOF_RESTRICTION_LEVEL))
        public static let invisible = Issues(rawValue: Int32(TC_SPOOF_INVISIBLE))
        public static let mixedNumbers = Issues(rawValue: Int32(TC_SPOOF_MIXED_NUMBERS))
    }

    /// One configured checker; ICU documents checks on a configured checker as thread-safe.
    public static let shared = SpoofChecker()

    private let handle: UnsafeMutableRawPointer?

    private init() {
        var status: Int32 = 0
        handle = tc_spoof_open(&status)
    }
    deinit { if let handle { tc_spoof_close(handle) } }

    /// The confusable skeleton (UTS #39): two strings that look alike share it.
    public func skeleton(_ text: String) -> String {
        guard let handle, !text.isEmpty else { return text }
        let units = Array(text.utf16)
        let out = try? units.withUnsafeBufferPointer { src in
            try icuUTF16("spoof skeleton", capacity: units.count * 2 + 4) { dest, cap, status in
                tc_spoof_skeleton(handle, src.baseAddress, Int32(src.count), dest, cap, &status)
            }
        }
        return out.map { String(utf16Units: $0) } ?? text
    }

    /// Whether two strings look alike (same skeleton).
    public func areConfusable(_ a: String, _ b: String) -> Bool { skeleton(a) == skeleton(b) }

    /// The issues ICU reports for a string; empty when it is clean.
    public func check(_ text: String) -> Issues {
        guard let handle, !text.isEmpty else { return [] }
        let units = Array(text.utf16)
        var status: Int32 = 0
        let bits = tc_spoof_check(handle, units, Int32(units.count), &status)
        return tc_failed(status) ? [] : Issues(rawValue: bits)
    }
}
