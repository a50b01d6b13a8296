import Foundation

/// SARIF 2.1.0, for code-scanning services: one rule per check case, one
/// result per finding located in the translation.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of the partial fingerprint each result carries.
    public static let fingerprintKey = "transcheck/v1"

    public init() {}

    public func generateReport(_ report: Report) -> String { Self.value(of: report).serialized() + "\n" }

    /// The SARIF log as an ordered JSON value.
    public static func value(of report: Report) -> JSONValue {
        let rules = self.rules(for: report.findings)
        let index = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return log(rules: rules, results: results(report, ruleIndex: index, pair: nil))
    }

    /// The rule of a pair that could not be checked.
    public static let inputErrorRule = "input.error"

    /// One run for the whole audit: the rules once, then the results of every
    /// pair in entry order, each on its own translation and carrying the pair's
    /// id in `properties.pair`. An error pair is a result of rule `input.error`
    /// at 1:1 of the failing file: results are what GitHub code scanning and
    /// the SARIF viewers list, where `toolExecutionNotifications` go unseen.
    public func generateAudit(_ entries: [AuditEntry]) -> String { Self.value(of: entries).serialized() + "\n" }

    /// The audit's SARIF log as an ordered JSON value.
    public static func value(of entries: [AuditEntry]) -> JSONValue {
        var rules = self.rules(for: entries.compactMap(\.report).flatMap(\.findings))
        rules.append((inputErrorRule, rule(inputErrorRule, short: "The pair could not be checked",
                                           full: "A file of the pair is missing, empty, binary or not text, so nothing was compared.",
                                           severity: .critical)))
        let index = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let results = entries.flatMap { entry -> [JSONValue] in
            switch entry.outcome {
            case .report(let report): return self.results(report, ruleIndex: index, pair: entry.id)
            case .error(let error): return [self.result(error, ruleIndex: index[inputErrorRule] ?? 0, pair: entry.id)]
            }
        }
        return log(rules: rules, results: results)
    }

    private static func log(rules: [(id: String, value: JSONValue)], results: [JSONValue]) -> JSONValue {
        .object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string(Tool.name)),
                    ("version", .string(Tool.version)),
                    ("rules", .array(rules.map(\.value))),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ])
    }

    /// SARIF level of a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .major: "error"
        case .minor: "warning"
        case .info: "note"
        }
    }

    /// A fingerprint that survives lines moving: the check and the normalised
    /// words of what was expected, found and marked on each side.
    public static func fingerprint(_ f: Finding) -> String {
        func words(_ s: String?) -> String {
            (s ?? "").lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
        }
        var hasher = FNV1a()
        hasher.add(f.check + "\n")
        for (key, text) in [("expected", f.expected), ("found", f.found), ("source", f.source?.text), ("target", f.target?.text)] {
            hasher.add(key + ":" + words(text) + "\n")
        }
        return String(format: "%016llx", hasher.value)
    }

    /// The fingerprints of a report's findings: a finding that repeats an
    /// earlier one's (the same sentence added twice) gets ":2", ":3"… in report order.
    public static func fingerprints(_ findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { f in
            let print = fingerprint(f)
            seen[print, default: 0] += 1
            return seen[print]! == 1 ? print : print + ":\(seen[print]!)"
        }
    }

    // MARK: Parts

    private static func rules(for findings: [Finding]) -> [(id: String, value: JSONValue)] {
        var rules: [(id: String, value: JSONValue)] = []
        var known = Set<String>()
        for description in ReporterRegistry.checkDescriptions {
            for c in description.cases where known.insert(c.identifier).inserted {
                rules.append((c.identifier, rule(c.identifier, short: c.summary, full: description.summary, severity: c.severity)))
            }
        }
        // A finding of a check no description lists still gets a rule.
        for f in findings where known.insert(f.check).inserted {
            rules.append((f.check, rule(f.check, short: f.check, full: f.check, severity: f.severity)))
        }
        return rules
    }

    private static func rule(_ id: String, short: String, full: String, severity: Severity) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("shortDescription", .object([("text", .string(short))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("defaultConfiguration", .object([("level", .string(level(severity)))])),
            ("properties", .object([("family", .string(String(id.prefix { $0 != "." }))), ("severity", .string(severity.description))])),
        ])
    }

    private static func results(_ report: Report, ruleIndex index: [String: Int], pair: String?) -> [JSONValue] {
        zip(report.findings, fingerprints(report.findings)).map {
            result($0, ruleIndex: index[$0.check] ?? 0, fingerprint: $1, report: report, pair: pair)
        }
    }

    /// An input error as a result at the top of the file that failed.
    private static func result(_ error: InputError, ruleIndex: Int, pair: String) -> JSONValue {
        var hasher = FNV1a()
        hasher.add(inputErrorRule + "\n" + error.problem + "\n")
        return .object([
            ("ruleId", .string(inputErrorRule)),
            ("ruleIndex", .number(Double(ruleIndex))),
            ("level", .string("error")),
            ("message", .object([("text", .string(error.description))])),
            ("locations", .array([topOfFile(error.path)])),
            ("partialFingerprints", .object([(fingerprintKey, .string(String(format: "%016llx", hasher.value)))])),
            ("properties", .object([("pair", .string(pair))])),
        ])
    }

    private static func topOfFile(_ path: String) -> JSONValue {
        .object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri(path)))])),
            ("region", .object([("startLine", .number(1)), ("startColumn", .number(1))])),
        ]))])
    }

    private static func result(_ f: Finding, ruleIndex: Int, fingerprint: String, report: Report, pair: String?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(f.check)),
            ("ruleIndex", .number(Double(ruleIndex))),
            ("level", .string(level(f.severity))),
            ("message", .object([("text", .string(f.message))])),
        ]
        // An omission has nothing in the translation to point at: the top of the file.
        let target = f.target.map { location(report.target.path, $0) } ?? topOfFile(report.target.path)
        members.append(("locations", .array([target])))
        if let source = f.source {
            members.append(("relatedLocations", .array([location(report.source.path, source, id: 0, message: "Original")])))
        }
        members.append(("partialFingerprints", .object([(fingerprintKey, .string(fingerprint))])))
        var properties: [(String, JSONValue)] = [("severity", .string(f.severity.description))]
        if let e = f.expected { properties.append(("expected", .string(e))) }
        if let found = f.found { properties.append(("found", .string(found))) }
        if let evidence = f.evidence { properties.append(("evidence", .string(evidence))) }
        if let pair { properties.append(("pair", .string(pair))) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    private static func location(_ path: String, _ span: FindingSpan, id: Int? = nil, message: String? = nil) -> JSONValue {
        let end = span.end
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .number(Double(id)))) }
        members.append(("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri(path)))])),
            ("region", .object([
                ("startLine", .number(Double(span.line))),
                ("startColumn", .number(Double(span.column))),
                ("endLine", .number(Double(end.line))),
                ("endColumn", .number(Double(end.column))),
                ("snippet", .object([("text", .string(span.text))])),
            ])),
        ])))
        if let message { members.append(("message", .object([("text", .string(message))]))) }
        return .object(members)
    }

    /// A file path as a URI reference: the path with what a URI cannot hold percent-encoded.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
