/// One pair of an audit and what came of it: a report, or the input error
/// that stopped it (a missing partner, a binary or empty file…). A bad pair
/// is reported for that pair; the audit goes on.
public struct AuditEntry: Sendable {
    public enum Outcome: Sendable {
        case report(Report)
        case error(InputError)
    }

    /// The pair's id (manifest id, or the story name of a directory convention).
    public let id: String
    public let sourcePath: String
    public let targetPath: String
    public let outcome: Outcome

    public init(id: String, sourcePath: String, targetPath: String, outcome: Outcome) {
        self.id = id
        self.sourcePath = sourcePath
        self.targetPath = targetPath
        self.outcome = outcome
    }

    public var report: Report? { if case .report(let r) = outcome { r } else { nil } }
    public var error: InputError? { if case .error(let e) = outcome { e } else { nil } }
}
