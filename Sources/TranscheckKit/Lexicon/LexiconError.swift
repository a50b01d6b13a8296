/// A problem in a lexicon file, at a 1-based line and column (Unicode scalars).
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let problem: String

    public init(file: String, line: Int, column: Int, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// `file:line:column: problem`, the form editors and CI annotate.
    public var description: String { "\(Lexicons.displayPath(file)):\(line):\(column): \(problem)" }
}

/// Where an entry or form was written, for error messages and evidence.
public struct LexiconLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(Lexicons.displayPath(file)):\(line)" }
}
