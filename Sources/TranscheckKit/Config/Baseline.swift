import Foundation

/// Accepted findings, so only new problems fail a build. An entry is keyed on
/// the check, the target path relative to the config's directory, and a hash
/// of the normalised words involved — not on line numbers, so unrelated edits
/// do not invalidate it.
public struct Baseline: Sendable, Equatable {
    public private(set) var keys: Set<String> = []

    public init(keys: Set<String> = []) { self.keys = keys }

    /// The key of a finding of a pair.
    public static func key(_ finding: Finding, relativePath: String) -> String {
        var words: [String] = []
        for text in [finding.source?.text, finding.target?.text, finding.expected, finding.found] {
            words += NameIndex.wordKeys(of: text ?? "") + ["|"]
        }
        var h = FNV1a()
        h.add(words.joined(separator: " "))
        return "\(finding.check) \(relativePath) \(String(format: "%016llx", h.value))"
    }

    public mutating func add(_ findings: [Finding], relativePath: String) {
        for f in findings { keys.insert(Self.key(f, relativePath: relativePath)) }
    }

    /// Findings not in the baseline.
    public func new(_ findings: [Finding], relativePath: String) -> [Finding] {
        findings.filter { !keys.contains(Self.key($0, relativePath: relativePath)) }
    }

    /// JSON: `{"transcheckBaseline": 1, "findings": [sorted keys]}`.
    public func serialized() -> String {
        JSONValue.object([("transcheckBaseline", .number(1)), ("findings", .array(keys.sorted().map(JSONValue.string)))]).serialized() + "\n"
    }

    public static func load(_ path: String) throws(InputError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError(path: path, problem: "no such baseline file") }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any], object["transcheckBaseline"] as? Int == 1,
              let list = object["findings"] as? [String] else { throw InputError(path: path, problem: "not a transcheck baseline (version 1)") }
        return Baseline(keys: Set(list))
    }
}
