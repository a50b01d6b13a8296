import Foundation

/// `glossary find` results as text for the desk or JSON for tools.
public enum GlossaryFindOutput {
    public static func text(_ hits: [GlossaryFinder.Hit]) -> String {
        var out = ""
        for hit in hits {
            switch hit.entry {
            case .name(let entry):
                out += "\(entry.id)  \(entry.kind.rawValue)\(entry.role.map { " — \($0)" } ?? "")  \(entry.location)\n"
                out += "  matched \"\(hit.form)\" (\(hit.language), \(hit.status)) by \(hit.match.rawValue)\(hit.match == .name ? String(format: " %.2f", hit.score) : "")\n"
                for language in languages(entry.forms.map(\.language)) {
                    let forms = entry.forms.filter { $0.language == language }.map { "\($0.text) (\($0.status.rawValue))" }
                    out += "  \(language.tag.padding(5))\(forms.joined(separator: " · "))\n"
                }
            case .concept(let concept):
                out += "\(concept.id)  term\(concept.partOfSpeech.map { ", \($0)" } ?? "")\(concept.gloss.map { " — \($0)" } ?? "")  \(concept.location)\n"
                out += "  matched \"\(hit.form)\" (\(hit.language), \(hit.status)) by \(hit.match.rawValue)\n"
                for language in languages(concept.renderings.map(\.language)) {
                    let forms = concept.renderings.filter { $0.language == language }.map { r in
                        r.status == .deprecated ? "\(r.form) (deprecated, \(r.severity?.description ?? "major"): \(r.note ?? ""))" : "\(r.form) (\(r.status.rawValue))"
                    }
                    out += "  \(language.tag.padding(5))\(forms.joined(separator: " · "))\n"
                }
            }
            out += "\n"
        }
        return out
    }

    public static func json(_ query: String, _ hits: [GlossaryFinder.Hit]) -> String {
        var matches: [[String: Any]] = []
        for hit in hits {
            var m: [String: Any] = ["id": hit.id, "file": Lexicons.displayPath(hit.location.file), "line": hit.location.line,
                                    "match": ["how": hit.match.rawValue, "form": hit.form, "language": hit.language.tag,
                                              "status": hit.status, "score": (hit.score * 1000).rounded() / 1000] as [String: Any]]
            switch hit.entry {
            case .name(let entry):
                m["kind"] = entry.kind.rawValue
                if let role = entry.role { m["role"] = role }
                m["forms"] = entry.forms.map { ["language": $0.language.tag, "text": $0.text, "status": $0.status.rawValue, "line": $0.location.line] as [String: Any] }
            case .concept(let concept):
                m["kind"] = "term"
                if let gloss = concept.gloss { m["gloss"] = gloss }
                if let pos = concept.partOfSpeech { m["pos"] = pos }
                m["renderings"] = concept.renderings.map { r -> [String: Any] in
                    var d: [String: Any] = ["language": r.language.tag, "form": r.form, "status": r.status.rawValue, "line": r.location.line]
                    if let s = r.severity { d["severity"] = s.description }
                    if let n = r.note { d["note"] = n }
                    return d
                }
            }
            matches.append(m)
        }
        let object: [String: Any] = ["query": query, "matches": matches]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func languages(_ tags: [LanguageTag]) -> [LanguageTag] {
        var seen: Set<LanguageTag> = []
        return tags.filter { seen.insert($0).inserted }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
