import Foundation
import Yams

/// A pair to audit: where the original and the translation are, and their
/// languages when known. A pair that could not even be formed (a file with no
/// partner) carries the problem instead and is reported as an error.
public struct AuditPair: Sendable, Equatable {
    public let id: String
    public let source: String
    public let target: String
    public let sourceLanguage: String?
    public let targetLanguage: String?
    /// Why the pair cannot be checked (missing partner…), or nil.
    public let problem: InputError?

    public init(id: String, source: String, target: String, sourceLanguage: String? = nil, targetLanguage: String? = nil, problem: InputError? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.problem = problem
    }
}

/// Reads the pairs of a manifest: JSON Lines (`.jsonl`), CSV or TSV (`.csv`,
/// `.tsv`, header with the field names) or YAML / JSON (`.yml`, `.yaml`,
/// `.json`, a list of records). Records use `id`, `source`, `target`,
/// `sourceLang`, `targetLang`; paths are relative to the manifest.
public enum AuditManifest {
    public static func load(_ path: String) throws(InputError) -> [AuditPair] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw InputError(path: path, problem: FileManager.default.fileExists(atPath: path) ? "not UTF-8 text" : "no such file")
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        let records: [[String: String]]
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "jsonl", "ndjson":
            var out: [[String: String]] = []
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                    throw InputError(path: "\(path):\(n + 1)", problem: "not a JSON object")
                }
                out.append(strings(object))
            }
            records = out
        case "csv", "tsv":
            records = try delimited(text, separator: path.lowercased().hasSuffix(".tsv") ? "\t" : ",", path: path)
        case "yml", "yaml", "json":
            guard let list = (try? Yams.load(yaml: text)) as? [Any] else { throw InputError(path: path, problem: "expected a list of pair records") }
            records = list.compactMap { ($0 as? [String: Any]).map(strings) }
        default:
            throw InputError(path: path, problem: "unknown manifest type (expected .jsonl, .csv, .tsv, .yml or .json)")
        }
        return try records.enumerated().map { (n, r) throws(InputError) in
            guard let source = r["source"], let target = r["target"] else {
                throw InputError(path: "\(path): record \(n + 1)", problem: "needs source and target")
            }
            func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : base.appendingPathComponent(p).standardized.path }
            return AuditPair(id: r["id"] ?? "\(n + 1)", source: resolve(source), target: resolve(target),
                             sourceLanguage: r["sourceLang"], targetLanguage: r["targetLang"])
        }
    }

    private static func strings(_ object: [String: Any]) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in object {
            if let s = v as? String { out[k] = s } else if let n = v as? NSNumber { out[k] = n.stringValue }
        }
        return out
    }

    /// CSV with double-quoted fields ("" for a quote inside), or TSV.
    private static func delimited(_ text: String, separator: Character, path: String) throws(InputError) -> [[String: String]] {
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.isEmpty {
            var fields: [String] = [], field = "", quoted = false
            var chars = line.makeIterator()
            while let c = chars.next() {
                if quoted {
                    if c == "\"" {
                        if let next = chars.next() {
                            if next == "\"" { field.append("\"") } else { quoted = false; if next == separator { fields.append(field); field = "" } else { field.append(next) } }
                        } else { quoted = false }
                    } else { field.append(c) }
                } else if c == "\"" && field.isEmpty { quoted = true
                } else if c == separator { fields.append(field); field = ""
                } else { field.append(c) }
            }
            fields.append(field)
            rows.append(fields.map { $0.trimmingCharacters(in: .whitespaces) })
        }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { row in
            Dictionary(zip(header, row).filter { !$0.1.isEmpty }.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        }
    }
}

/// Pairs from a directory convention: `story.en.txt` next to `story.ar.txt`,
/// or `en/story.txt` next to `ar/story.txt`, with the original's language
/// given. A story with no partner is a pair with a problem.
public enum DirectoryPairs {
    public static func pairs(in directory: String, sourceLanguage: String) -> [AuditPair] {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: directory)
        var out: [AuditPair] = []
        let entries = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        // en/story.txt next to ar/story.txt
        let sourceDir = root.appendingPathComponent(sourceLanguage)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: sourceDir.path, isDirectory: &isDir), isDir.boolValue {
            let others = entries.filter { $0 != sourceLanguage && (try? LanguageTag($0)) != nil }
            for story in ((try? fm.contentsOfDirectory(atPath: sourceDir.path)) ?? []).sorted() where !story.hasPrefix(".") {
                let source = sourceDir.appendingPathComponent(story).path
                var partnered = false
                for lang in others {
                    let target = root.appendingPathComponent(lang).appendingPathComponent(story).path
                    if fm.fileExists(atPath: target) {
                        out.append(AuditPair(id: "\(lang)/\(story)", source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: lang))
                        partnered = true
                    }
                }
                if !partnered {
                    out.append(AuditPair(id: story, source: source, target: "", sourceLanguage: sourceLanguage,
                                         problem: InputError(path: source, problem: "no translation next to it (\(others.map { "\($0)/\(story)" }.joined(separator: ", ")))")))
                }
            }
        }
        // story.en.txt next to story.ar.txt
        for name in entries where name.hasSuffix(".\(sourceLanguage).txt") {
            let stem = String(name.dropLast(".\(sourceLanguage).txt".count))
            let source = root.appendingPathComponent(name).path
            let partners = entries.filter { $0 != name && $0.hasPrefix(stem + ".") && $0.hasSuffix(".txt") && $0.split(separator: ".").count == stem.split(separator: ".").count + 2 }
            if partners.isEmpty {
                out.append(AuditPair(id: stem, source: source, target: "", sourceLanguage: sourceLanguage,
                                     problem: InputError(path: source, problem: "no translation next to it (\(stem).<lang>.txt)")))
            }
            for partner in partners {
                let lang = String(partner.dropFirst(stem.count + 1).dropLast(4))
                out.append(AuditPair(id: "\(stem).\(lang)", source: source, target: root.appendingPathComponent(partner).path,
                                     sourceLanguage: sourceLanguage, targetLanguage: lang))
            }
        }
        return out
    }
}
