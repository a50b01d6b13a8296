/// Renders a report in one output format. Adding a format is one new file
/// and one line in `ReporterRegistry`.
public protocol Reporter: Sendable {
    /// The `--format` value that selects it.
    static var identifier: String { get }
    func generateReport(_ report: Report) -> String
    /// Renders a whole audit: every pair in the order given, an error pair in
    /// the format's own way, and the same bytes for the same entries.
    func generateAudit(_ entries: [AuditEntry]) -> String
}

/// A reporter whose audit is one piece per pair, concatenated in order (JSON
/// Lines): the pieces can be made as pairs finish, by the threads that check them.
public protocol EntryReporter: Reporter {
    func generateEntry(_ entry: AuditEntry) -> String
}

/// Every output format, by identifier.
public enum ReporterRegistry {
    public static let identifiers = [
        TextReporter.identifier, JSONReporter.identifier, JSONLinesReporter.identifier, SARIFReporter.identifier,
        GitHubReporter.identifier, JUnitReporter.identifier, CheckstyleReporter.identifier, MarkdownReporter.identifier,
    ]

    /// The reporter for a format; `color` matters to the text format only.
    public static func reporter(for identifier: String, color: Bool = false, width: Int = 100) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: TextReporter(color: color, width: width)
        case JSONReporter.identifier: JSONReporter()
        case JSONLinesReporter.identifier: JSONLinesReporter()
        case SARIFReporter.identifier: SARIFReporter()
        case GitHubReporter.identifier: GitHubReporter()
        case JUnitReporter.identifier: JUnitReporter()
        case CheckstyleReporter.identifier: CheckstyleReporter()
        case MarkdownReporter.identifier: MarkdownReporter()
        default: nil
        }
    }

    /// Every check description, registered checks first, for formats that list rules.
    public static var checkDescriptions: [CheckDescription] {
        CheckRegistry.all.map(\.description) + [DocumentRelatedness.description]
    }
}

// MARK: Shared by the line-and-column formats

extension FindingSpan {
    /// 1-based line and column just past the span's last character (the
    /// column counts Unicode scalars and breaks lines as `TextFile` does).
    public var end: (line: Int, column: Int) {
        var line = self.line, column = self.column
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previousCR: break
            case "\n", "\r", "\u{2028}", "\u{2029}": line += 1; column = 1
            default: column += 1
            }
            previousCR = scalar == "\r"
        }
        return (line, column)
    }
}

/// Escaping for XML text and attribute values.
enum XMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities; tab, line feed and carriage return
    /// as character references in attribute values (so they survive
    /// attribute normalisation); other characters XML 1.0 cannot carry become U+FFFD.
    static func escape(_ s: String, attribute: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
