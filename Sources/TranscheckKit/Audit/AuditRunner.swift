import Foundation

/// Checks many pairs on all cores with a bounded pool and returns their
/// entries in the pairs' order, whatever the scheduling.
public struct AuditRunner: Sendable {
    public let checker: PairChecker
    /// Pairs in flight at once: one per core.
    public var width = max(ProcessInfo.processInfo.activeProcessorCount, 1)

    public init(checker: PairChecker) {
        var shared = checker
        shared.originals = OriginalsCache()
        self.checker = shared
    }

    public func entry(for pair: AuditPair) -> AuditEntry {
        if let problem = pair.problem { return AuditEntry(id: pair.id, sourcePath: pair.source, targetPath: pair.target, outcome: .error(problem)) }
        do {
            func tag(_ s: String?, _ path: String) throws(InputError) -> LanguageTag? {
                guard let s else { return nil }
                do { return try LanguageTag(s) } catch { throw InputError(path: path, problem: "unknown language tag '\(s)'") }
            }
            let report = try checker.check(sourcePath: pair.source, targetPath: pair.target,
                                           sourceLanguage: tag(pair.sourceLanguage, pair.source), targetLanguage: tag(pair.targetLanguage, pair.target))
            // Reporters need the findings and the summary, not the analysed texts: an archive's
            // worth of comparisons would hold every document in memory until the end.
            return AuditEntry(id: pair.id, sourcePath: pair.source, targetPath: pair.target, outcome: .report(report.withoutComparison()))
        } catch {
            return AuditEntry(id: pair.id, sourcePath: pair.source, targetPath: pair.target, outcome: .error(error))
        }
    }

    /// All entries, in order; `progress(done, total)` is called as pairs finish (from worker threads).
    /// Each worker takes the next pair as soon as it is free, so one slow pair never idles the other cores.
    public func run(_ pairs: [AuditPair], progress: @Sendable (Int, Int) -> Void = { _, _ in }) -> [AuditEntry] {
        let slots = EntrySlots(count: pairs.count)
        DispatchQueue.concurrentPerform(iterations: min(width, max(pairs.count, 1))) { _ in
            while let i = slots.next() {
                slots.set(i, entry(for: pairs[i]))
                progress(slots.filled, pairs.count)
            }
        }
        return slots.values.map { $0! }
    }
}

private final class EntrySlots: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [AuditEntry?]
    private(set) var filled = 0
    private var taken = 0

    /// The index of the next pair nobody has taken, nil when all are.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < values.count else { return nil }
        taken += 1
        return taken - 1
    }

    init(count: Int) { values = [AuditEntry?](repeating: nil, count: count) }

    func set(_ i: Int, _ entry: AuditEntry) {
        lock.lock()
        values[i] = entry
        filled += 1
        lock.unlock()
    }
}
