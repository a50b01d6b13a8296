/// The JSON report on one line, for logs and streams that take one record a line.
public struct JSONLinesReporter: EntryReporter {
    public static let identifier = "jsonl"

    public init() {}

    public func generateReport(_ report: Report) -> String { JSONReporter.value(of: report).serialized(pretty: false) + "\n" }

    /// One line per pair, `{"id", "report"}` or `{"id", "error"}`: what `transcheck batch` emits.
    public func generateAudit(_ entries: [AuditEntry]) -> String {
        entries.map(generateEntry).joined()
    }

    public func generateEntry(_ entry: AuditEntry) -> String { Self.line(id: .string(entry.id), entry.outcome) + "\n" }

    /// A pair's line without the newline; `id` is a JSON value because a batch record's id may be a number.
    public static func line(id: JSONValue, _ outcome: AuditEntry.Outcome) -> String {
        JSONValue.object([("id", id), JSONReporter.outcome(outcome)]).serialized(pretty: false)
    }
}
