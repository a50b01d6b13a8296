import Yams

/// Reads a lexicon YAML file into nodes and turns every shape problem into a
/// `LexiconError` at the node's line and column. Collects errors rather than
/// stopping at the first, so `glossary lint` reports them all.
struct YAMLReader {
    let path: String
    private(set) var errors: [LexiconError] = []

    init(path: String) { self.path = path }

    /// Parses the text; a syntax error is recorded and gives nil.
    mutating func parse(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                errors.append(LexiconError(file: path, line: mark.line, column: mark.column, problem: "YAML: \(problem)"))
            case .duplicatedKeysInMapping(let duplicates, let context):
                errors.append(LexiconError(file: path, line: context.mark.line, column: context.mark.column,
                                           problem: "duplicate key \(duplicates.joined(separator: ", "))"))
            default:
                errors.append(LexiconError(file: path, line: 1, column: 1, problem: "YAML: \(error)"))
            }
        } catch {
            errors.append(LexiconError(file: path, line: 1, column: 1, problem: "YAML: \(error)"))
        }
        return nil
    }

    func location(_ node: Node) -> LexiconLocation {
        LexiconLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func fail(_ node: Node, _ problem: String) {
        let at = location(node)
        errors.append(LexiconError(file: path, line: at.line, column: at.column, problem: problem))
    }

    /// A non-empty scalar, trimmed of nothing: leading or trailing spaces are an error.
    mutating func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, "\(what) must be a plain value")
            return nil
        }
        let value = scalar.string
        if value.isEmpty { fail(node, "\(what) is empty"); return nil }
        if value.first!.isWhitespace || value.last!.isWhitespace { fail(node, "\(what) \"\(value)\" has surrounding spaces") }
        if value != Normalizer.normalize(value, .nfc) { fail(node, "\(what) \"\(value)\" is not in Unicode NFC") }
        return value
    }

    /// One scalar or a list of scalars, with each one's node.
    mutating func strings(_ node: Node, _ what: String) -> [(String, Node)] {
        switch node {
        case .scalar: return string(node, what).map { [($0, node)] } ?? []
        case .sequence(let items):
            return items.compactMap { item in string(item, what).map { ($0, item) } }
        default:
            fail(node, "\(what) must be a value or a list of values")
            return []
        }
    }

    /// A mapping's entries by key, reporting keys outside `allowed` and missing `required` ones.
    mutating func fields(_ node: Node, _ what: String, allowed: [String], required: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            fail(node, "\(what) must be a mapping (key: value)")
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { fail(key, "\(what) has a key that is not text"); continue }
            if !allowed.contains(name) {
                fail(key, "unknown key \"\(name)\" in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
                continue
            }
            fields[name] = value
        }
        for name in required where fields[name] == nil {
            fail(node, "\(what) lacks \"\(name)\"")
        }
        return fields
    }

    /// A mapping keyed by language tag, in file order; invalid tags are reported.
    mutating func languages(_ node: Node, _ what: String) -> [(LanguageTag, Node)] {
        guard case .mapping(let mapping) = node else {
            fail(node, "\(what) must map language tags to values")
            return []
        }
        var result: [(LanguageTag, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string, let tag = try? LanguageTag(name) else {
                fail(key, "\"\(key.string ?? "?")\" is not a language tag (BCP 47, e.g. en, ar, sr-Latn)")
                continue
            }
            result.append((tag, value))
        }
        return result
    }
}
