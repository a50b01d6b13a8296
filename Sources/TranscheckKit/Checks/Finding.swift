/// Where a finding sits in one of the two files.
public struct FindingSpan: Sendable, Equatable {
    /// 0-based sentence index.
    public let sentence: Int
    /// The exact text of the span as it appears in the file.
    public let text: String
    /// 1-based line and column (Unicode scalars).
    public let line: Int
    public let column: Int
    public let sentenceText: String
    /// UTF-16 offsets into the file (for ordering and reporters).
    public let range: Range<Int>
    /// Where the span starts in `sentenceText` (UTF-16), so a reporter marks this occurrence
    /// of the text and not an earlier one (« не » of « не выдержала », not inside « менее »).
    public var offsetInSentence: Int? = nil
}

/// One reported shift between the original and the translation.
public struct Finding: Sendable, Equatable {
    /// "family.case", e.g. "number.mismatch".
    public var check: String
    public var severity: Severity
    public var message: String
    /// Nil for an addition.
    public var source: FindingSpan?
    /// Nil for an omission.
    public var target: FindingSpan?
    public var expected: String?
    public var found: String?
    public var evidence: String?
    /// Position of the bead the finding belongs to, for ordering.
    public var bead: Int
    /// A weight of its own for the score, in place of its severity's (a verdict
    /// on the whole document weighs what the content it covers weighs).
    public var weight: Double? = nil

    public init(check: String, severity: Severity, message: String, source: FindingSpan?, target: FindingSpan?,
                expected: String? = nil, found: String? = nil, evidence: String? = nil, bead: Int, weight: Double? = nil) {
        self.check = check
        self.severity = severity
        self.message = message
        self.source = source
        self.target = target
        self.expected = expected
        self.found = found
        self.evidence = evidence
        self.bead = bead
        self.weight = weight
    }

    /// The part before the dot.
    public var family: String { String(check.prefix { $0 != "." }) }

    /// Report order: most serious first, then document position, then check and text.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if a.bead != b.bead { return a.bead < b.bead }
        let ap = a.source?.range.lowerBound ?? -1, bp = b.source?.range.lowerBound ?? -1
        if ap != bp { return ap < bp }
        let at = a.target?.range.lowerBound ?? -1, bt = b.target?.range.lowerBound ?? -1
        if at != bt { return at < bt }
        if a.check != b.check { return a.check < b.check }
        return a.message < b.message
    }
}
