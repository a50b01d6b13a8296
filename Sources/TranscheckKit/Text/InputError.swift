/// A problem with an input file, reported as one line naming the file.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public let path: String
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
