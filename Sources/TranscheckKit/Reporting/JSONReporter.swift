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
