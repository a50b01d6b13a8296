import Foundation
import Yams

/// `.transcheck.yml`, found by walking up from the working directory (or
/// given with `--config`): lexicon folders, language defaults and per-path
/// overrides, the failing severity and minimum score, severity overrides per
/// check, disabled checks and ignored paths. Paths in it are relative to its
/// own directory.
public struct ProjectConfig: Sendable, Equatable {
    public struct PathOverride: Sendable, Equatable {
        public let pattern: String
        public let sourceLanguage: String?
        public let targetLanguage: String?
    }

    public var directory: URL
    public var lexicons: [String] = []
    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var failOn: Severity?
    public var minScore: Double?
    public var severity: [String: Severity] = [:]
    public var disabled: Set<String> = []
    public var ignore: [String] = []
    public var paths: [PathOverride] = []

    public static let fileName = ".transcheck.yml"

    /// The nearest `.transcheck.yml` from `start` upwards, or nil.
    public static func find(from start: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> URL? {
        var dir = start.standardized
        while true {
            let candidate = dir.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    public static func load(_ url: URL) throws(InputError) -> ProjectConfig {
        let path = url.path
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw InputError(path: path, problem: "cannot be read as UTF-8 text") }
        var reader = YAMLReader(path: path)
        guard let root = reader.parse(text) else { throw InputError(path: path, problem: reader.errors.first?.problem ?? "empty") }
        var config = ProjectConfig(directory: url.deletingLastPathComponent())
        func fail(_ node: Node, _ problem: String) -> InputError {
            let mark = node.mark
            return InputError(path: "\(Lexicons.displayPath(path)):\(mark?.line ?? 0):\(mark?.column ?? 0)", problem: problem)
        }
        guard case .mapping(let mapping) = root else { throw fail(root, "a config is a mapping of settings") }
        let known = ["lexicons", "sourceLang", "targetLang", "failOn", "minScore", "severity", "disable", "ignore", "paths"]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw fail(keyNode, "settings are named by strings") }
            func strings() throws(InputError) -> [String] {
                if let s = value.string { return [s] }
                guard case .sequence(let items) = value else { throw fail(value, "\(key) is a list") }
                var out: [String] = []
                for item in items { guard let s = item.string else { throw fail(item, "\(key) lists strings") }; out.append(s) }
                return out
            }
            func severity(_ node: Node) throws(InputError) -> Severity {
                guard let s = node.string, let v = Severity(name: s) else { throw fail(node, "expected info, minor, major or critical") }
                return v
            }
            switch key {
            case "lexicons": config.lexicons = try strings().map { config.directory.appendingPathComponent($0).standardized.path }
            case "sourceLang": config.sourceLanguage = value.string
            case "targetLang": config.targetLanguage = value.string
            case "failOn": config.failOn = try severity(value)
            case "minScore":
                guard let s = value.string, let v = Double(s), (0...100).contains(v) else { throw fail(value, "minScore is a number from 0 to 100") }
                config.minScore = v
            case "severity":
                guard case .mapping(let checks) = value else { throw fail(value, "severity maps check identifiers to severities") }
                for (check, level) in checks {
                    guard let id = check.string, !id.isEmpty, id.allSatisfy({ $0.isLetter || $0 == "." }) else {
                        throw fail(check, "a check is named by its family (term) or family.case (term.missing)")
                    }
                    config.severity[id] = try severity(level)
                }
            case "disable": config.disabled = Set(try strings())
            case "ignore": config.ignore = try strings()
            case "paths":
                guard case .sequence(let items) = value else { throw fail(value, "paths is a list of {match, sourceLang?, targetLang?}") }
                for item in items {
                    guard case .mapping(let m) = item, let pattern = m["match"]?.string else { throw fail(item, "a path override needs match") }
                    config.paths.append(PathOverride(pattern: pattern, sourceLanguage: m["sourceLang"]?.string, targetLanguage: m["targetLang"]?.string))
                }
            default:
                throw fail(keyNode, "unknown setting \"\(key)\" (expected one of: \(known.joined(separator: ", ")))")
            }
        }
        return config
    }

    /// A path relative to the config's directory (as baselines and patterns see it).
    public func relative(_ path: String) -> String {
        let full = URL(fileURLWithPath: path).standardized.path, base = directory.standardized.path + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    public func isIgnored(_ path: String) -> Bool { ignore.contains { Glob.matches($0, relative(path)) } }

    /// Languages for a pair: the first matching override, then the defaults.
    public func languages(for path: String) -> (source: String?, target: String?) {
        let rel = relative(path)
        for o in paths where Glob.matches(o.pattern, rel) { return (o.sourceLanguage ?? sourceLanguage, o.targetLanguage ?? targetLanguage) }
        return (sourceLanguage, targetLanguage)
    }

    /// Applies severity overrides and disabled checks (by check or family) to findings.
    public func apply(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { f in
            if disabled.contains(f.check) || disabled.contains(f.family) { return nil }
            var f = f
            if let s = severity[f.check] ?? severity[f.family] { f.severity = s }
            return f
        }
    }
}

/// Shell-style patterns: `*` within a path segment, `**` across segments, `?` one character.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = Array(pattern), s = Array(path)
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == s.count }
            if p[i] == "*" {
                let deep = i + 1 < p.count && p[i + 1] == "*"
                let next = deep ? (i + 2 < p.count && p[i + 2] == "/" ? i + 3 : i + 2) : i + 1
                var k = j
                while true {
                    if match(next, k) { return true }
                    if k == s.count || (!deep && s[k] == "/") { return false }
                    k += 1
                }
            }
            guard j < s.count else { return false }
            if p[i] == "?" ? s[j] != "/" : p[i] == s[j] { return match(i + 1, j + 1) }
            return false
        }
        // A pattern without a slash matches the file name anywhere.
        if match(0, 0) { return true }
        if !pattern.contains("/"), path.contains("/"), let name = path.split(separator: "/").last { return matches(pattern, String(name)) }
        return false
    }
}
