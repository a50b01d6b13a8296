/// How much a finding matters, MQM-style.
public enum Severity: Int, Comparable, CaseIterable, Sendable, CustomStringConvertible {
    case info = 0, minor, major, critical

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .info: "info"
        case .minor: "minor"
        case .major: "major"
        case .critical: "critical"
        }
    }

    public init?(name: String) {
        guard let match = Severity.allCases.first(where: { $0.description == name.lowercased() }) else { return nil }
        self = match
    }

    /// One level up, for a finding inside a quotation and the like.
    public var raised: Severity { Severity(rawValue: min(rawValue + 1, Severity.critical.rawValue))! }
}

/// Penalty points per severity (info 0, minor 1, major 5, critical 25 by default).
public struct SeverityWeights: Sendable, Equatable {
    public var info = 0.0, minor = 1.0, major = 5.0, critical = 25.0

    public init() {}

    public func weight(_ severity: Severity) -> Double {
        switch severity {
        case .info: info
        case .minor: minor
        case .major: major
        case .critical: critical
        }
    }
}
