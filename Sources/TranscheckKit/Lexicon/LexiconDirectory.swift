import Foundation

/// Where the bundled lexicons live. Looked up once: `TRANSCHECK_LEXICONS`,
/// then `share/transcheck/lexicons` beside an installed binary, then the
/// source checkout the binary was built in (walking up from the executable
/// and from the working directory).
public enum LexiconDirectory {
    public static let bundled: URL? = locate()

    private static func locate() -> URL? {
        let fm = FileManager.default
        func isLexicons(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.appendingPathComponent("languages").path, isDirectory: &isDir) && isDir.boolValue
        }
        if let env = ProcessInfo.processInfo.environment["TRANSCHECK_LEXICONS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var starts: [URL] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for start in starts {
            let installed = start.appendingPathComponent("../share/transcheck/lexicons").standardized
            if isLexicons(installed) { return installed }
            var dir = start.standardized
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("lexicons")
                if isLexicons(candidate) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// A bundled data file's lines, or nil when there is none.
    static func lines(_ relativePath: String) -> [Substring]? {
        guard let dir = bundled,
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent(relativePath).path),
              let text = String(data: data, encoding: .utf8)
        else { return nil }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
}

/// Values made once per key — a language's data file, or a memo per language or
/// pairing context — and shared.
final class PerLanguageCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private let make: @Sendable (String) -> Value

    init(_ make: @escaping @Sendable (String) -> Value) { self.make = make }

    func callAsFunction(_ language: String) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let hit = values[language] { return hit }
        let made = make(language)
        values[language] = made
        return made
    }
}
