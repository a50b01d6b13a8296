import CICU
import Foundation

/// An ICU transliterator, compiled once per ID or rule set and cached.
public final class Transliterator: @unchecked Sendable {
    /// Romanisation used for name and cognate keys: any script to plain ASCII.
    public static let toLatinASCII = "Any-Latin; Latin-ASCII"

    private let handle: UnsafeMutableRawPointer
    // ICU transliterators keep per-call state in some compound forms; one call at a time.
    private let lock = NSLock()

    private init(handle: UnsafeMutableRawPointer) { self.handle = handle }
    deinit { tc_trans_close(handle) }

    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: Transliterator] = [:]

    /// The transliterator for a system ID such as "Any-Latin; Latin-ASCII".
    public static func named(_ id: String) throws(ICUError) -> Transliterator {
        try cached(key: "id:" + id) { () throws(ICUError) in try open(id: id, rules: nil) }
    }

    /// A transliterator compiled from custom rules; `name` identifies it in the cache.
    public static func compiled(rules: String, name: String) throws(ICUError) -> Transliterator {
        try cached(key: "rules:" + name) { () throws(ICUError) in try open(id: name, rules: rules) }
    }

    private static func cached(key: String, make: () throws(ICUError) -> Transliterator) throws(ICUError) -> Transliterator {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let hit = cache[key] { return hit }
        let made = try make()
        cache[key] = made
        return made
    }

    private static func open(id: String, rules: String?) throws(ICUError) -> Transliterator {
        let idUnits = Array(id.utf16)
        var status: Int32 = 0
        let handle: UnsafeMutableRawPointer?
        if let rules {
            let ruleUnits = Array(rules.utf16)
            handle = tc_trans_open(idUnits, Int32(idUnits.count), ruleUnits, Int32(ruleUnits.count), &status)
        } else {
            handle = tc_trans_open(idUnits, Int32(idUnits.count), nil, 0, &status)
        }
        guard let handle, !tc_failed(status) else {
            throw ICUError(operation: "transliterator \(id)", code: status)
        }
        return Transliterator(handle: handle)
    }

    /// The text transliterated.
    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        let source = Array(text.utf16)
        var cap = source.count * 4 + 16
        lock.lock()
        defer { lock.unlock() }
        while true {
            var buffer = source + [UInt16](repeating: 0, count: cap - source.count)
            var status: Int32 = 0
            let length = tc_trans_apply(handle, &buffer, Int32(source.count), Int32(cap), &status)
            if status == TC_BUFFER_OVERFLOW || Int(length) > cap {
                cap = max(cap * 2, Int(length) + 16)
                continue
            }
            if tc_failed(status) { return text }
            return String(utf16Units: buffer[0..<Int(length)])
        }
    }
}
