/// One case a check reports ("number.mismatch"), with its default severity.
public struct CheckCase: Sendable {
    public let identifier: String
    public let severity: Severity
    public let summary: String

    public init(_ identifier: String, _ severity: Severity, _ summary: String) {
        self.identifier = identifier
        self.severity = severity
        self.summary = summary
    }
}

/// A tiny source/target pair that documents a check and is run by the tests.
public struct CheckExample: Sendable {
    public let source: String
    public let target: String
    public let sourceLanguage: String
    public let targetLanguage: String
    /// The case that must be reported; nil for an example that must not trigger the check.
    public let expected: String?

    /// An example that must produce `expected`.
    public static func triggers(_ expected: String, _ sourceLanguage: String, _ source: String, _ targetLanguage: String, _ target: String) -> CheckExample {
        CheckExample(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, expected: expected)
    }

    /// An example that must produce no finding of the check's family.
    public static func passes(_ sourceLanguage: String, _ source: String, _ targetLanguage: String, _ target: String) -> CheckExample {
        CheckExample(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, expected: nil)
    }
}

/// What a check is: its family, the cases it reports, and examples of each.
public struct CheckDescription: Sendable {
    public let family: String
    public let name: String
    public let summary: String
    public let cases: [CheckCase]
    public let triggeringExamples: [CheckExample]
    public let nonTriggeringExamples: [CheckExample]

    public func severity(of identifier: String) -> Severity {
        cases.first { $0.identifier == identifier }?.severity ?? .minor
    }
}

/// A comparison rule: looks at one bead of the alignment and reports findings.
public protocol Check: Sendable {
    var description: CheckDescription { get }
    func findings(in bead: Int, of comparison: Comparison) -> [Finding]
}

/// Every check transcheck runs, in a fixed order.
public enum CheckRegistry {
    public static let all: [any Check] = [
        NumberCheck(),
        DateCheck(),
        AdditionCheck(),
        OmissionCheck(),
        NameVariantCheck(),
        NameMismatchCheck(),
        NameConfusableCheck(),
        TermShiftCheck(),
        IntensityShiftCheck(),
        ModalityShiftCheck(),
        PolarityFlipCheck(),
        AttributionCheck(),
        QuoteCheck(),
        WordingCheck(),
    ]
}
