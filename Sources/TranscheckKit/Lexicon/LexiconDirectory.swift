import Foundation
import Synchronization

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
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent(relativePath).path)
        else { return nil }
        // Split on bytes: every start-up reads these files, and splitting by characters cost more than using them.
        let text = Substring(String(decoding: data, as: UTF8.self))
        return fields(text, separator: 0x0A).map { $0.utf8.last == 0x0D ? $0.dropLast() : $0 }
    }

    /// A line's parts between one ASCII separator byte (tab, newline), empty parts kept.
    static func fields(_ line: Substring, separator: UInt8) -> [Substring] {
        var parts: [Substring] = []
        var start = line.startIndex
        var i = line.utf8.startIndex
        while i < line.utf8.endIndex {
            if line.utf8[i] == separator {
                parts.append(line[start..<i])
                start = line.utf8.index(after: i)
            }
            i = line.utf8.index(after: i)
        }
        parts.append(line[start..<line.endIndex])
        return parts
    }

    /// The words of a word-list file: runs between spaces and tabs, a "#" ending the line's words.
    static func listedWords(_ relativePath: String) -> [Substring] {
        var words: [Substring] = []
        for line in lines(relativePath) ?? [] {
            var start: String.Index? = nil
            var i = line.utf8.startIndex
            while i < line.utf8.endIndex {
                let byte = line.utf8[i]
                if byte == 0x23 { break }
                if byte == 0x20 || byte == 0x09 {
                    if let s = start { words.append(line[s..<i]); start = nil }
                } else if start == nil { start = i }
                i = line.utf8.index(after: i)
            }
            if let s = start { words.append(line[s..<i]) }
        }
        return words
    }
}

/// Values made once per key — a language's data file, or a memo per language or
/// pairing context — and shared.
final class PerLanguageCache<Value: Sendable>: Sendable {
    // Built under the lock, so a second caller waits for the first one's value; a Mutex,
    // as some caches are asked for every sentence.
    private let values = Mutex<[String: Value]>([:])
    private let make: @Sendable (String) -> Value

    init(_ make: @escaping @Sendable (String) -> Value) { self.make = make }

    func callAsFunction(_ language: String) -> Value {
        values.withLock { values in
            if let hit = values[language] { return hit }
            let made = make(language)
            values[language] = made
            return made
        }
    }
}
