/// The JSON report, schema version 1 (DESIGN.md): the contract other tools consume.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let schemaVersion = 1

    public init() {}

    public func generateReport(_ report: Report) -> String { Self.value(of: report).serialized() + "\n" }

    /// The report as an ordered JSON value.
    public static func value(of report: Report) -> JSONValue {
        .object([
            ("schemaVersion", .number(Double(schemaVersion))),
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
            ("source", document(report.source)),
            ("target", document(report.target)),
            ("score", .number(report.card.score)),
            ("penalty", .number(report.card.penalty)),
            ("words", .number(Double(report.card.words))),
            ("verdict", .string(report.verdict)),
            ("alignment", .array(report.alignment.map { bead in
                .object([
                    ("source", .array(bead.source.map { .number(Double($0)) })),
                    ("target", .array(bead.target.map { .number(Double($0)) })),
                    ("similarity", .number(bead.similarity)),
                ])
            })),
            ("findings", .array(report.findings.map(finding))),
        ])
    }

    /// The audit: totals, then every pair with its report or its input error.
    public func generateAudit(_ entries: [AuditEntry]) -> String { Self.value(of: entries).serialized() + "\n" }

    /// `{"schemaVersion", "tool", "summary", "pairs"}`; a pair is `{"id", "source",
    /// "target", "report"}` or, for an input error, `{"id", "source", "target", "error"}`.
    public static func value(of entries: [AuditEntry]) -> JSONValue {
        let summary = AuditSummary(entries)
        return .object([
            ("schemaVersion", .number(Double(schemaVersion))),
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
            ("summary", .object([
                ("pairs", .number(Double(summary.pairs))),
                ("passed", .number(Double(summary.passed))),
                ("failed", .number(Double(summary.failed))),
                ("errors", .number(Double(summary.errors))),
                ("findings", .object(summary.findings.map { row in
                    (row.family, .object(row.counts.map { ($0.severity.description, .number(Double($0.count))) }))
                })),
            ])),
            ("pairs", .array(entries.map { entry in
                .object([("id", .string(entry.id)), ("source", .string(entry.sourcePath)), ("target", .string(entry.targetPath)),
                         outcome(entry.outcome)])
            })),
        ])
    }

    /// `("report", value)` or `("error", "path: problem")`: how a pair's outcome
    /// sits in an audit object and in a `batch` / `jsonl` line.
    static func outcome(_ outcome: AuditEntry.Outcome) -> (String, JSONValue) {
        switch outcome {
        case .report(let report): ("report", value(of: report))
        case .error(let error): ("error", .string(error.description))
        }
    }

    static func document(_ d: DocumentSummary) -> JSONValue {
        .object([
            ("path", .string(d.path)),
            ("language", .string(d.language.tag)),
            ("sentences", .number(Double(d.sentences))),
            ("words", .number(Double(d.words))),
        ])
    }

    static func finding(_ f: Finding) -> JSONValue {
        .object([
            ("check", .string(f.check)),
            ("severity", .string(f.severity.description)),
            ("message", .string(f.message)),
            ("source", span(f.source)),
            ("target", span(f.target)),
            ("expected", .optional(f.expected)),
            ("found", .optional(f.found)),
            ("evidence", .optional(f.evidence)),
        ])
    }

    static func span(_ s: FindingSpan?) -> JSONValue {
        guard let s else { return .null }
        return .object([
            ("sentence", .number(Double(s.sentence))),
            ("text", .string(s.text)),
            ("line", .number(Double(s.line))),
            ("column", .number(Double(s.column))),
            ("sentenceText", .string(s.sentenceText)),
        ])
    }
}
