import Foundation

/// Checks many pairs on all cores with a bounded pool and returns their
/// entries in the pairs' order, whatever the scheduling.
public struct AuditRunner: Sendable {
    public let checker: PairChecker
    /// Pairs in flight at once (memory stays bounded on large archives).
    public var width = max(ProcessInfo.processInfo.activeProcessorCount, 1) * 2

    public init(checker: PairChecker) { self.checker = checker }

    public func entry(for pair: AuditPair) -> AuditEntry {
        if let problem = pair.problem { return AuditEntry(id: pair.id, sourcePath: pair.source, targetPath: pair.target, outcome: .error(problem)) }
        do {
            func tag(_ s: String?, _ path: String) throws(InputError) -> LanguageTag? {
                guard let s else { return nil }
                do { return try LanguageTag(s) } catch { throw InputError(path: path, problem: "unknown language tag '\(s)'") }
            }
            let report = try checker.check(sourcePath: pair.source, targetPath: pair.target,
                                           sourceLanguage: tag(pair.sourceLanguage, pair.source), targetLanguage: tag(pair.targetLanguage, pair.target))
            return AuditEntry(id: pair.id, sourcePath: pair.source, targetPath: pair.target, outcome: .report(report))
        } catch {
            return AuditEntry(id: pair.id, sourcePath: pair.source, targetPath: pair.target, outcome: .error(error))
        }
    }

    /// All entries, in order; `progress(done, total)` is called as pairs finish (from worker threads).
    public func run(_ pairs: [AuditPair], progress: @Sendable (Int, Int) -> Void = { _, _ in }) -> [AuditEntry] {
        var out: [AuditEntry] = []
        out.reserveCapacity(pairs.count)
        var start = 0
        while start < pairs.count {
            let chunk = Array(pairs[start..<min(start + width, pairs.count)])
            let slots = EntrySlots(count: chunk.count)
            let done = start
            DispatchQueue.concurrentPerform(iterations: chunk.count) { i in
                slots.set(i, entry(for: chunk[i]))
                progress(done + slots.filled, pairs.count)
            }
            out += slots.values.map { $0! }
            start += chunk.count
        }
        return out
    }
}

private final class EntrySlots: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [AuditEntry?]
    private(set) var filled = 0

    init(count: Int) { values = [AuditEntry?](repeating: nil, count: count) }

    func set(_ i: Int, _ entry: AuditEntry) {
        lock.lock()
        values[i] = entry
        filled += 1
        lock.unlock()
    }
}
