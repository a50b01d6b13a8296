/// The JSON report on one line, for logs and streams that take one record a line.
public struct JSONLinesReporter: Reporter {
    public static let identifier = "jsonl"

    public init() {}

    public func generateReport(_ report: Report) -> String { JSONReporter.value(of: report).serialized(pretty: false) + "\n" }
}
