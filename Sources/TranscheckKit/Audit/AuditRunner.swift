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
        run(pairs, render: { _ in "" }, progress: progress).entries
    }

    /// The entries and each entry rendered by `render` (a reporter's piece for one pair),
    /// made by the worker that checked the pair, so output is not one thread's work at the end.
    public func run(_ pairs: [AuditPair], render: @Sendable (AuditEntry) -> String,
                    progress: @Sendable (Int, Int) -> Void = { _, _ in }) -> (entries: [AuditEntry], pieces: [String]) {
        let slots = EntrySlots(count: pairs.count)
        DispatchQueue.concurrentPerform(iterations: min(width, max(pairs.count, 1))) { _ in
            while let i = slots.next() {
                let made = entry(for: pairs[i])
                slots.set(i, made, render(made))
                progress(slots.filled, pairs.count)
            }
        }
        return (slots.values.map { $0! }, slots.pieces)
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

    private(set) var pieces: [String]

    init(count: Int) {
        values = [AuditEntry?](repeating: nil, count: count)
        pieces = [String](repeating: "", count: count)
    }

    func set(_ i: Int, _ entry: AuditEntry, _ piece: String) {
        lock.lock()
        values[i] = entry
        pieces[i] = piece
        filled += 1
        lock.unlock()
    }
}
