/// Renders a report in one output format. Adding a format is one new file
/// and one line in `ReporterRegistry`.
public protocol Reporter: Sendable {
    /// The `--format` value that selects it.
    static var identifier: String { get }
    func generateReport(_ report: Report) -> String
}

/// Every output format, by identifier.
public enum ReporterRegistry {
    public static let identifiers = ["text", "json"]

    /// The reporter for a format; `color` matters to the text format only.
    public static func reporter(for identifier: String, color: Bool = false, width: Int = 100) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: TextReporter(color: color, width: width)
        case JSONReporter.identifier: JSONReporter()
        default: nil
        }
    }
}
