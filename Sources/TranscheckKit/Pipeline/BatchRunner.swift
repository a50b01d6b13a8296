import Foundation

/// Streams pairs for distributed engines (Spark's `RDD.pipe`, shell pipelines):
/// one JSON record in, one JSON line out, in input order, whatever the number
/// of threads. A record is `{"id", "source", "target", "sourceLang"?,
/// "targetLang"?}` with paths, or `sourceText` / `targetText` with the texts
/// inline. A bad record yields `{"id", "error"}` for its line; the stream goes on.
public struct BatchRunner: Sendable {
    public let checker: PairChecker
    /// Records checked concurrently before their lines are written (bounds memory and keeps order).
    public var chunk = 64

    public init(checker: PairChecker) {
        var shared = checker
        shared.originals = OriginalsCache()
        self.checker = shared
    }

    /// Checks one input line and returns its output line (without the newline).
    public func line(for input: String, number: Int) -> String {
        var id: JSONValue = .null
        do {
            guard let data = input.data(using: .utf8),
                  let record = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw InputError(path: "line \(number)", problem: "not a JSON object (one record per line)")
            }
            if let s = record["id"] as? String { id = .string(s) } else if let n = record["id"] as? NSNumber { id = .number(n.doubleValue) }
            func text(_ key: String) throws -> TextFile {
                if let inline = record[key + "Text"] as? String {
                    guard !inline.isEmpty else { throw InputError(path: "line \(number)", problem: "\(key)Text is empty") }
                    return TextFile(path: "\(key)Text", text: inline)
                }
                guard let path = record[key] as? String else { throw InputError(path: "line \(number)", problem: "no \(key) (a path) or \(key)Text") }
                return try TextFile.load(path: path)
            }
            func language(_ key: String) throws -> LanguageTag? {
                guard let tag = record[key] as? String else { return nil }
                do { return try LanguageTag(tag) } catch { throw InputError(path: "line \(number)", problem: "unknown language tag '\(tag)' in \(key)") }
            }
            let source = try text("source"), target = try text("target")
            let report = checker.check(source: source, target: target,
                                       sourceLanguage: try language("sourceLang"), targetLanguage: try language("targetLang"))
            return JSONValue.object([("id", id), ("report", JSONReporter.value(of: report))]).serialized(pretty: false)
        } catch let error as InputError {
            return JSONValue.object([("id", id), ("error", .string(error.description))]).serialized(pretty: false)
        } catch {
            return JSONValue.object([("id", id), ("error", .string("line \(number): \(error.localizedDescription)"))]).serialized(pretty: false)
        }
    }

    /// Reads lines from `next` until it returns nil and hands each output line to `emit`, in input order.
    public func run(next: () -> String?, emit: (String) -> Void) {
        var number = 0
        while true {
            var inputs: [String] = []
            while inputs.count < chunk, let line = next() { inputs.append(line) }
            if inputs.isEmpty { return }
            let base = number
            let batch = inputs
            let slots = Slots(count: batch.count)
            // Each iteration writes its own slot; lines are emitted afterwards in input order.
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                let line = batch[i].trimmingCharacters(in: .whitespacesAndNewlines)
                slots.set(i, line.isEmpty ? JSONValue.object([("id", .null), ("error", .string("line \(base + i + 1): empty line"))]).serialized(pretty: false)
                    : self.line(for: line, number: base + i + 1))
            }
            for output in slots.values { emit(output) }
            number += batch.count
        }
    }
}

/// Output slots filled concurrently, one writer per slot.
private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [String]

    init(count: Int) { values = [String](repeating: "", count: count) }

    func set(_ i: Int, _ value: String) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }
}
