import Foundation

/// Monotone sentence alignment by dynamic programming over beads (0-1, 1-0,
/// 1-1, 1-2, 2-1, 2-2, 1-3, 3-1). A bead scores the lexical evidence its two
/// sides share (`AlignmentEvidence`: stems, dictionary translations,
/// cognates, names, numbers, dates) and a Gale–Church length probability
/// normalised by the documents' overall length ratio. Long documents are
/// searched in a band around a path through unambiguous anchors, so time and
/// memory grow linearly with length.
public struct SentenceAligner: Sendable {
    /// Weights of the bead score; the defaults are tuned on development data only.
    public struct Parameters: Sendable {
        /// Share of lexical evidence against length in a bead's similarity.
        public var lexicalWeight: Double
        /// Similarity a bead must exceed to beat leaving both sides unaligned.
        public var threshold: Double
        /// Extra cost of a 2-1 / 1-2, a 2-2, and a 3-1 / 1-3 bead.
        public var mergePenalty: Double
        public var doubleMergePenalty: Double
        public var tripleMergePenalty: Double
        /// Gale–Church variance per character.
        public var lengthVariance: Double
        /// How much a bead's score grows with the sentences it covers (0: not at all, 1: in proportion).
        public var sizeWeight: Double = 0
        /// Cost of leaving a sentence unaligned.
        public var skipPenalty: Double = 0
    }

    public var parameters: Parameters?
    /// The terms lexicon indexed per language: its renderings tie words across languages.
    var termIndexes: TermIndexCache?
    /// Overrides the threshold of the default parameters.
    public var threshold: Double?

    public init(threshold: Double? = nil) { self.threshold = threshold }

    /// The parameters for a pair: same language, same script, or across scripts.
    func parameters(for evidence: AlignmentEvidence, dictionary: Bool) -> Parameters {
        if var p = parameters { if let threshold { p.threshold = threshold }; return p }
        var p: Parameters
        if evidence.sameLanguage {
            p = Parameters(lexicalWeight: 0.8, threshold: 0.4, mergePenalty: 0.02, doubleMergePenalty: 0.05, tripleMergePenalty: 0.08, lengthVariance: 6.8)
        } else if dictionary {
            // Tuned on the Text+Berg development document (German-French); the skip cost on the
            // project's own news translations, which seldom drop a sentence.
            p = Parameters(lexicalWeight: 0.7, threshold: 0.1, mergePenalty: 0.01, doubleMergePenalty: 0.025, tripleMergePenalty: 0.03, lengthVariance: 6.8, sizeWeight: 0,
                           skipPenalty: 0.03)
        } else {
            p = Parameters(lexicalWeight: evidence.crossScript ? 0.5 : 0.6, threshold: evidence.crossScript ? 0.15 : 0.2,
                           mergePenalty: 0.02, doubleMergePenalty: 0.05, tripleMergePenalty: 0.08, lengthVariance: 6.8)
        }
        if let env = Self.parametersFromEnvironment { p.apply(env) }
        if let threshold { p.threshold = threshold }
        return p
    }

    /// Parameter overrides for tuning runs (read once: copying the environment per pair showed in audits).
    private static let parametersFromEnvironment = ProcessInfo.processInfo.environment["TRANSCHECK_ALIGN_PARAMS"]

    /// How far above chance overlap a cross-language bead must be to count as evidence
    /// (set on the seed stories: related pairs cover 75% or more, unrelated ones 32% or less).
    static let chanceFactor = 4.0

    /// Bead shapes; gold alignments of real translations hold 1-4 and 3-2 beads too.
    private static let shapes: [(di: Int, dj: Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3),
                                                        (3, 2), (2, 3), (4, 1), (1, 4), (3, 3), (1, 5), (5, 1), (4, 2), (2, 4)]

    /// A shape as the search tries it.
    private struct Step {
        let k: Int, di: Int, dj: Int
        let size: Double, penalty: Double
    }

    /// The order the search tries the shapes in: the skips, then the rest.
    private static let searchOrder = [1, 2] + [0] + Array(3..<shapes.count)

    /// The result of aligning a pair.
    public struct Alignment: Sendable {
        public let beads: [Bead]
        /// Share of the original's and of the translation's text in beads whose sides share real evidence.
        public let sourceCoverage: Double
        public let targetCoverage: Double
    }

    public func align(_ source: AnalyzedDocument, _ target: AnalyzedDocument) -> [Bead] {
        alignment(source, target).beads
    }

    /// How alike two groups of sentences are, 0…1, as the aligner sees them.
    public func similarity(_ source: AnalyzedDocument, _ target: AnalyzedDocument, source si: Range<Int>, target ti: Range<Int>) -> Double {
        let scorer = BeadScorer(aligner: self, source, target,
                                band: .full(n: source.document.sentences.count, m: target.document.sentences.count))
        return scorer.similarity(si, ti).total
    }

    public func alignment(_ source: AnalyzedDocument, _ target: AnalyzedDocument) -> Alignment {
        let n = source.document.sentences.count, m = target.document.sentences.count
        if n == 0 || m == 0 {
            let beads = (0..<n).map { Bead(source: [$0], target: [], similarity: 0) } + (0..<m).map { Bead(source: [], target: [$0], similarity: 0) }
            return Alignment(beads: beads, sourceCoverage: 0, targetCoverage: 0)
        }
        var clock = StageClock()
        var scorer = BeadScorer(aligner: self, source, target, band: nil)
        clock.lap("  align: evidence")
        let band = AlignmentBand.around(scorer.evidence, n: n, m: m)
        clock.lap("  align: band (\(band.cellCount) cells)")
        scorer.fill(band)
        clock.lap("  align: overlaps")
        let p = scorer.parameters

        var score = [Double](repeating: -.infinity, count: band.cellCount)
        var back = [UInt8](repeating: 255, count: band.cellCount)
        score[band.cell(0, 0)!] = 0
        // Each shape's size factor and merge penalty, worked out once.
        let shapes = Self.shapes, order = Self.searchOrder
        let sizes = shapes.map { 1 + p.sizeWeight * (Double($0.di + $0.dj) / 2 - 1) }
        let penalties = shapes.map { shape -> Double in
            let merged = shape.di + shape.dj
            return merged == 2 ? 0 : merged == 3 ? p.mergePenalty : merged == 4 && shape.di == 2 ? p.doubleMergePenalty
                : p.tripleMergePenalty * Double(merged - 3)
        }
        // Raw buffers in the inner loop: it runs 17 times per cell.
        let frozen = scorer
        let steps = order.map { k -> Step in
            Step(k: k, di: shapes[k].di, dj: shapes[k].dj, size: sizes[k], penalty: penalties[k])
        }
        frozen.withMergeBound { upperBound in
        steps.withUnsafeBufferPointer { steps in
        score.withUnsafeMutableBufferPointer { score in
        back.withUnsafeMutableBufferPointer { back in
        band.lo.withUnsafeBufferPointer { lo in
        band.hi.withUnsafeBufferPointer { hi in
        band.offsets.withUnsafeBufferPointer { offsets in
        for i in 0...n {
            for j in lo[i]..<max(lo[i], hi[i] + 1) where i > 0 || j > 0 {
                var best = -Double.infinity, bestShape: UInt8 = 255
                // The best shape, the first in `shapes` among equals. The skips go first so that their
                // scores can rule out most 1-1 beads too; a value that only ties wins if it comes earlier.
                func beats(_ value: Double, _ k: Int) -> Bool { value > best || (value == best && k < Int(bestShape)) }
                for step in steps {
                    let k = step.k, pi = i - step.di, pj = j - step.dj
                    guard pi >= 0, pj >= lo[pi], pj <= hi[pi] else { continue }
                    let previous = score[offsets[pi] + pj - lo[pi]]
                    guard previous > -.infinity else { continue }
                    var value = previous
                    if step.di == 0 || step.dj == 0 { value -= p.skipPenalty }
                    if step.di > 0 && step.dj > 0 {
                        let size = step.size, penalty = step.penalty
                        // A similarity is at most 1: a shape that could not beat the best even so is
                        // not scored (exact, as IEEE arithmetic is monotonic; most merges end here).
                        if size > 0, !beats(value + (size * (1 - p.threshold) - penalty), k) { continue }
                        // Nor one whose sentences' best overlaps anywhere in the band could not (for two
                        // unrelated texts, most of them): exact too, as the bound is never below the score.
                        if size > 0, !beats(value + (size * (upperBound(pi, i, pj, j) - p.threshold) - penalty), k) { continue }
                        // A bead scores its similarity above the threshold once, whatever its size:
                        // merging pays only when the merged sides are more alike.
                        value += size * (frozen.similarity(pi..<i, pj..<j).total - p.threshold) - penalty
                    }
                    if beats(value, k) { best = value; bestShape = UInt8(k) }
                }
                let c = offsets[i] + j - lo[i]
                score[c] = best
                back[c] = bestShape
            }
        }
        } } } } } } }
        clock.lap("  align: search")
        var beads: [Bead] = []
        var sourceCovered = 0.0, targetCovered = 0.0
        // Real evidence: a republication shares most of its words; a translation clearly more
        // dictionary words, names and values than two unrelated sentences of the pair do.
        let chance = scorer.evidence.sameLanguage ? 0 : scorer.chanceLexical
        let evidenced = scorer.evidence.sameLanguage ? 0.6 : max(0.1, Self.chanceFactor * chance)
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let c = band.cell(i, j), back[c] != 255 else { break }
            let shape = Self.shapes[Int(back[c])]
            let si = (i - shape.di)..<i, ti = (j - shape.dj)..<j
            var sim = 0.0
            if shape.di > 0 && shape.dj > 0 {
                let s = scorer.similarity(si, ti)
                sim = s.total
                // Real evidence: a republication shares most of its words; a translation some translations, names or values.
                if s.lexical >= evidenced {
                    sourceCovered += si.reduce(0) { $0 + Double(scorer.evidence.source.length[$1]) }
                    targetCovered += ti.reduce(0) { $0 + Double(scorer.evidence.target.length[$1]) }
                }
            }
            beads.append(Bead(source: Array(si), target: Array(ti), similarity: (sim * 100).rounded() / 100))
            i -= shape.di
            j -= shape.dj
        }
        beads.reverse()
        beads = Self.unjoined(beads, scorer: scorer, evidenced: evidenced)
        let moved = Self.moves(in: &beads, scorer: scorer, minimum: max(p.threshold + 0.2, 0.45), evidenced: evidenced)
        for bead in moved {
            sourceCovered += Double(scorer.evidence.source.length[bead.source[0]])
            targetCovered += Double(scorer.evidence.target.length[bead.target[0]])
        }
        let sourceTotal = max(scorer.evidence.source.length.reduce(0, +), 1), targetTotal = max(scorer.evidence.target.length.reduce(0, +), 1)
        return Alignment(beads: beads, sourceCoverage: sourceCovered / Double(sourceTotal),
                         targetCoverage: targetCovered / Double(targetTotal))
    }

    /// A sentence at the edge of a merged bead that shares nothing with the other side, while the
    /// rest of the bead does, was left out or put in, not merged: a short sentence omitted next to
    /// its paragraph's longer one ("Ammonia is lighter than air and dissolves easily in water.")
    /// costs the search less joined than alone. It becomes a bead of its own, on its side of the rest.
    static func unjoined(_ beads: [Bead], scorer: BeadScorer, evidenced: Double) -> [Bead] {
        var out: [Bead] = []
        for bead in beads {
            let sourceMerged = bead.source.count == 2 && bead.target.count == 1, targetMerged = bead.source.count == 1 && bead.target.count == 2
            guard sourceMerged || targetMerged else { out.append(bead); continue }
            let pairs = sourceMerged ? bead.source.map { ($0, bead.target[0]) } : bead.target.map { (bead.source[0], $0) }
            let lexical = pairs.map { scorer.pairSimilarity($0.0, $0.1, overlap: scorer.overlap($0.0, $0.1)).lexical }
            let letters = sourceMerged ? bead.source.map { scorer.evidence.source.length[$0] } : bead.target.map { scorer.evidence.target.length[$0] }
            // The bare member: no shared word at all, of twenty letters or more but well shorter than the other
            // (a sentence a translator joins to its neighbour is rendered, and often as long), which is clearly a pair.
            guard let bare = lexical.firstIndex(of: 0), letters[bare] >= 20, letters[bare] <= 0.4 * letters[1 - bare],
                  lexical[1 - bare] >= max(evidenced, 0.2) else { out.append(bead); continue }
            let kept = pairs[1 - bare]
            let pair = Bead(source: [kept.0], target: [kept.1], similarity: (scorer.pairSimilarity(kept.0, kept.1, overlap: scorer.overlap(kept.0, kept.1)).total * 100).rounded() / 100)
            let alone = sourceMerged ? Bead(source: [bead.source[bare]], target: [], similarity: 0) : Bead(source: [], target: [bead.target[bare]], similarity: 0)
            out += bare == 0 ? [alone, pair] : [pair, alone]
        }
        return out
    }

    /// Paragraphs moved between the two texts: a monotone alignment can only see
    /// them as left out in one place and added in another. An omitted sentence and
    /// an added one that are clearly translations of each other become one moved
    /// bead, placed where the original has it.
    static func moves(in beads: inout [Bead], scorer: BeadScorer, minimum: Double, evidenced: Double) -> [Bead] {
        let omitted = beads.filter(\.isOmission).flatMap(\.source)
        let added = beads.filter(\.isAddition).flatMap(\.target)
        guard !omitted.isEmpty, !added.isEmpty, omitted.count * added.count <= 250_000 else { return [] }
        // The overlaps the search computed are used again; the rest (outside a narrow band) are computed.
        var table: OverlapTable? = nil
        var candidates: [(score: Double, s: Int, t: Int)] = []
        for s in omitted {
            var row: [(Float, Float)]? = nil
            for t in added {
                let overlap: (Float, Float)
                if let stored = scorer.storedOverlap(s, t) {
                    overlap = stored
                } else {
                    if row == nil {
                        if table == nil { table = OverlapTable(scorer.evidence) }
                        row = table!.row(s, 0..<scorer.evidence.target.count)
                    }
                    overlap = row![t]
                }
                let sim = scorer.pairSimilarity(s, t, overlap: overlap)
                if sim.total >= minimum && sim.lexical >= evidenced { candidates.append((sim.total, s, t)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.s, $0.t) < ($1.s, $1.t) }
        var usedSource = Set<Int>(), usedTarget = Set<Int>()
        var pairs: [Int: (Int, Double)] = [:]
        for c in candidates where !usedSource.contains(c.s) && !usedTarget.contains(c.t) {
            usedSource.insert(c.s)
            usedTarget.insert(c.t)
            pairs[c.s] = (c.t, c.score)
        }
        guard !pairs.isEmpty else { return [] }
        var out: [Bead] = []
        var moved: [Bead] = []
        for bead in beads {
            if bead.isOmission {
                for s in bead.source {
                    if let (t, score) = pairs[s] {
                        let m = Bead(source: [s], target: [t], similarity: (score * 100).rounded() / 100, moved: true)
                        out.append(m)
                        moved.append(m)
                    } else {
                        out.append(Bead(source: [s], target: [], similarity: 0))
                    }
                }
            } else if bead.isAddition {
                for t in bead.target where !usedTarget.contains(t) { out.append(Bead(source: [], target: [t], similarity: 0)) }
            } else {
                out.append(bead)
            }
        }
        beads = out
        return moved
    }
}

extension SentenceAligner.Parameters {
    /// "lexicalWeight=0.6,threshold=0.2" (for tuning runs on development data).
    mutating func apply(_ text: String) {
        for item in text.split(separator: ",") {
            let kv = item.split(separator: "=")
            guard kv.count == 2, let v = Double(kv[1]) else { continue }
            switch kv[0] {
            case "lexicalWeight": lexicalWeight = v
            case "threshold": threshold = v
            case "mergePenalty": mergePenalty = v
            case "doubleMergePenalty": doubleMergePenalty = v
            case "tripleMergePenalty": tripleMergePenalty = v
            case "lengthVariance": lengthVariance = v
            case "sizeWeight": sizeWeight = v
            case "skipPenalty": skipPenalty = v
            default: continue
            }
        }
    }
}

/// Scores beads from single-pair overlaps computed once per band cell.
struct BeadScorer {
    let evidence: AlignmentEvidence
    let parameters: SentenceAligner.Parameters
    /// Target/source length ratio of the whole pair.
    let ratio: Double
    /// `quoteCutPenalty` where the two texts quote alike, else 0.
    private let quoteCutPenalty: Double
    /// Overlaps of sentence pairs (a, b) near the band, row by row.
    private var rowStart: [Int] = []
    private var rowFirst: [Int] = []
    private var overlaps: [(Float, Float)] = []
    /// Prefix sums over sentences of the most each one can match in a bead with k sentences on
    /// the other side (k = 1…5): its k best overlaps in the band, at most its weight.
    /// Flat: the prefix for k partners starts at (k - 1) × (sentences + 1).
    private var sourceUpperPrefix: [Double] = [], targetUpperPrefix: [Double] = []
    private let sourceWeightPrefix: [Double], targetWeightPrefix: [Double]
    private let sourceLengthPrefix: [Double], targetLengthPrefix: [Double]
    private let sourceHeadingPrefix: [Int], targetHeadingPrefix: [Int]
    private let sourceParagraphPrefix: [Int], targetParagraphPrefix: [Int]

    init(aligner: SentenceAligner, _ source: AnalyzedDocument, _ target: AnalyzedDocument, band: AlignmentBand?) {
        var clock = StageClock()
        let dictionary = source.document.language.language == target.document.language.language ? nil
            : BilingualDictionary.load(source: source.document.language, target: target.document.language)
        clock.lap("  align: dictionary")
        evidence = AlignmentEvidence(source: source, target: target, dictionary: dictionary,
                                     sourceTerms: aligner.termIndexes?(source.document.language),
                                     targetTerms: aligner.termIndexes?(target.document.language))
        parameters = aligner.parameters(for: evidence, dictionary: dictionary != nil)
        ratio = Double(max(evidence.target.length.reduce(0, +), 1)) / Double(max(evidence.source.length.reduce(0, +), 1))
        // Quotations cut on one side only are a sign of misalignment where both texts quote alike (news
        // copy); literary dialogue is punctuated differently per language (« — » against „ “).
        let sc = evidence.source.quoteCrosses.filter { $0 }.count, tc = evidence.target.quoteCrosses.filter { $0 }.count
        quoteCutPenalty = abs(sc - tc) <= max(2, max(sc, tc) / 4) ? Self.quoteCutPenalty : 0
        func prefix<T: AdditiveArithmetic>(_ values: [T]) -> [T] {
            var out: [T] = [.zero]
            out.reserveCapacity(values.count + 1)
            for v in values { out.append(out.last! + v) }
            return out
        }
        sourceWeightPrefix = prefix(evidence.source.totalWeight.map(Double.init))
        targetWeightPrefix = prefix(evidence.target.totalWeight.map(Double.init))
        sourceLengthPrefix = prefix(evidence.source.length.map(Double.init))
        targetLengthPrefix = prefix(evidence.target.length.map(Double.init))
        sourceHeadingPrefix = prefix(evidence.source.heading.map { $0 ? 1 : 0 })
        targetHeadingPrefix = prefix(evidence.target.heading.map { $0 ? 1 : 0 })
        sourceParagraphPrefix = prefix(evidence.source.paragraphStart.map { $0 ? 1 : 0 })
        targetParagraphPrefix = prefix(evidence.target.paragraphStart.map { $0 ? 1 : 0 })
        if let band { fill(band) }
    }

    /// Computes the overlaps of every sentence pair a bead inside the band can use.
    mutating func fill(_ band: AlignmentBand) {
        var table = OverlapTable(evidence)
        let n = evidence.source.count, m = evidence.target.count
        rowStart = []
        rowFirst = []
        overlaps = []
        for a in 0..<n {
            // Sentence a ends in rows a+1 … a+3 of the DP; the beads there reach back three columns.
            var lo = Int.max, hi = Int.min
            for row in (a + 1)...min(n, a + 3) {
                let cols = band.columns(row)
                lo = min(lo, cols.lowerBound - 3)
                hi = max(hi, cols.upperBound - 1)
            }
            lo = max(0, lo)
            hi = min(m - 1, hi)
            rowStart.append(overlaps.count)
            rowFirst.append(lo)
            if lo <= hi { overlaps.append(contentsOf: table.row(a, lo..<(hi + 1))) }
        }
        rowStart.append(overlaps.count)
        // A sentence matches at most the sum of its k best overlaps with sentences it can meet when a
        // bead gives it k partners, and at most its weight. (Summing all its overlaps instead bounded
        // nothing in a full band: chance overlaps with thirty sentences add up to the weight.)
        var sourceBest = [SIMD8<Float>](repeating: .zero, count: n), targetBest = [SIMD8<Float>](repeating: .zero, count: m)
        func keep(_ v: Float, in best: inout SIMD8<Float>) {
            guard v > best[4] else { return }
            var k = 4
            while k > 0 && best[k - 1] < v { best[k] = best[k - 1]; k -= 1 }
            best[k] = v
        }
        for a in 0..<n {
            for k in 0..<(rowStart[a + 1] - rowStart[a]) {
                let o = overlaps[rowStart[a] + k]
                keep(o.0, in: &sourceBest[a])
                keep(o.1, in: &targetBest[rowFirst[a] + k])
            }
        }
        func prefixes(_ best: [SIMD8<Float>], _ weight: [Float]) -> [Double] {
            var out: [Double] = []
            out.reserveCapacity(Self.maxPartners * (best.count + 1))
            for k in 1...Self.maxPartners {
                var running = 0.0
                out.append(running)
                for (a, top) in best.enumerated() {
                    var sum: Float = 0
                    for r in 0..<k { sum += top[r] }
                    running += Double(min(sum, weight[a]))
                    out.append(running)
                }
            }
            return out
        }
        sourceUpperPrefix = prefixes(sourceBest, evidence.source.totalWeight)
        targetUpperPrefix = prefixes(targetBest, evidence.target.totalWeight)
    }

    /// The most sentences one side of a bead holds (the aligner's shapes go up to 1-5).
    static let maxPartners = 5

    /// Mean lexical similarity of the single sentence pairs computed (mostly pairs that are not
    /// translations of each other): what chance overlap looks like for this pair of documents.
    var chanceLexical: Double {
        let s = evidence.source, t = evidence.target
        var sum = 0.0, count = 0
        for a in 0..<s.count {
            for k in 0..<(rowStart[a + 1] - rowStart[a]) {
                let b = rowFirst[a] + k
                let o = overlaps[rowStart[a] + k]
                let total = s.totalWeight[a] + t.totalWeight[b]
                if total > 0 { sum += Double((o.0 + o.1) / total); count += 1 }
            }
        }
        // Too few pairs to tell chance from evidence (a sentence or two a side): no baseline.
        return count >= 30 ? sum / Double(count) : 0
    }

    /// Similarity of one sentence pair from an overlap computed outside the band.
    func pairSimilarity(_ a: Int, _ b: Int, overlap o: (Float, Float)) -> (lexical: Double, total: Double) {
        let s = evidence.source, t = evidence.target
        let weight = Double(s.totalWeight[a] + t.totalWeight[b])
        let lexical = weight > 0 ? Double(o.0 + o.1) / weight : 0
        let delta = (Double(t.length[b]) / ratio - Double(s.length[a])) / (max(Double(s.length[a]), 1) * parameters.lengthVariance).squareRoot()
        let total = parameters.lexicalWeight * lexical + (1 - parameters.lexicalWeight) * erfc(abs(delta) / 2.squareRoot())
        return (lexical, min(total, 1))
    }

    /// The overlap of a pair the band covers, nil for one it does not.
    func storedOverlap(_ a: Int, _ b: Int) -> (Float, Float)? {
        let k = b - rowFirst[a]
        guard k >= 0, rowStart[a] + k < rowStart[a + 1] else { return nil }
        return overlaps[rowStart[a] + k]
    }

    func overlap(_ a: Int, _ b: Int) -> (Float, Float) { storedOverlap(a, b) ?? (0, 0) }

    /// Similarity of a bead: its lexical part and the total with length.
    /// Called for every shape at every cell of the band: no allocation, sums from prefixes.
    func similarity(_ si: Range<Int>, _ ti: Range<Int>) -> (lexical: Double, total: Double) {
        let s = evidence.source, t = evidence.target
        var matchedSource: Float = 0, matchedTarget: Float = 0
        var targetMatched = SIMD8<Float>()
        for a in si {
            var sum: Float = 0
            for (k, b) in ti.enumerated() {
                let o = overlap(a, b)
                sum += o.0
                targetMatched[k] += o.1
            }
            matchedSource += min(sum, s.totalWeight[a])
        }
        for (k, b) in ti.enumerated() { matchedTarget += min(targetMatched[k], t.totalWeight[b]) }
        let sourceWeight = sourceWeightPrefix[si.upperBound] - sourceWeightPrefix[si.lowerBound]
        let targetWeight = targetWeightPrefix[ti.upperBound] - targetWeightPrefix[ti.lowerBound]
        let lexical = sourceWeight + targetWeight > 0 ? Double(matchedSource + matchedTarget) / (sourceWeight + targetWeight) : 0
        let sourceLength = sourceLengthPrefix[si.upperBound] - sourceLengthPrefix[si.lowerBound]
        let targetLength = targetLengthPrefix[ti.upperBound] - targetLengthPrefix[ti.lowerBound]
        let delta = (targetLength / ratio - sourceLength) / (max(sourceLength, 1) * parameters.lengthVariance).squareRoot()
        let lengthProbability = erfc(abs(delta) / 2.squareRoot())
        var total = parameters.lexicalWeight * lexical + (1 - parameters.lexicalWeight) * lengthProbability
        if s.paragraphStart[si.lowerBound] && t.paragraphStart[ti.lowerBound] { total += 0.02 }
        // A headline merged with body text is almost never right.
        if (si.count > 1 && headingsPrefix(s: true, si) > 0) || (ti.count > 1 && headingsPrefix(s: false, ti) > 0) { total -= 0.15 }
        // Translations keep paragraphs: a bead that joins sentences across a paragraph break on one
        // side only ("We have no choice." opening the next paragraph) is usually a misalignment.
        let sourceBreaks = si.count > 1 ? sourceParagraphPrefix[si.upperBound] - sourceParagraphPrefix[si.lowerBound + 1] : 0
        let targetBreaks = ti.count > 1 ? targetParagraphPrefix[ti.upperBound] - targetParagraphPrefix[ti.lowerBound + 1] : 0
        if sourceBreaks != targetBreaks {
            // Worse when the side that crosses starts inside a paragraph: its first sentence ends a
            // paragraph the previous beads took, and is joined to the next paragraph's opening — a
            // sentence added there. A side that starts its own paragraph may be a sentence split in two.
            let startsInside = sourceBreaks > targetBreaks ? !s.paragraphStart[si.lowerBound] : !t.paragraphStart[ti.lowerBound]
            total -= (startsInside ? Self.paragraphJoinPenalty : Self.paragraphBreakPenalty) * Double(abs(sourceBreaks - targetBreaks))
        }
        // Nor one that cuts a quotation on one side only (the speaker moved before a quotation of two
        // sentences: '"We have no choice. Every litre …," the governor said' → «وقال الوالي: “ليس لدينا خيار. كل لتر …”»).
        if quoteCutPenalty > 0,
           (s.quoteCrosses[si.lowerBound] || s.quoteCrosses[si.upperBound]) != (t.quoteCrosses[ti.lowerBound] || t.quoteCrosses[ti.upperBound]) {
            total -= quoteCutPenalty
        }
        return (lexical, min(total, 1))
    }

    static let paragraphBreakPenalty = 0.1
    /// Three times the above: a sentence added at the end of a paragraph had been joined to the next
    /// paragraph's first sentence (Russian and Arabic); Text+Berg F1 is the same either way.
    static let paragraphJoinPenalty = 0.3
    static let quoteCutPenalty = 0.1

    /// Runs `body` with a bound `similarity(si, ti).total` never exceeds (`MergeBound`), read
    /// through raw buffers: the search asks for it some ten thousand times per pair, and array
    /// accesses were most of its cost.
    func withMergeBound<R>(_ body: (MergeBound) -> R) -> R {
        sourceWeightPrefix.withUnsafeBufferPointer { sw in
        targetWeightPrefix.withUnsafeBufferPointer { tw in
        sourceUpperPrefix.withUnsafeBufferPointer { su in
        targetUpperPrefix.withUnsafeBufferPointer { tu in
        sourceLengthPrefix.withUnsafeBufferPointer { sl in
        targetLengthPrefix.withUnsafeBufferPointer { tl in
        Self.erfcGrid.withUnsafeBufferPointer { grid in
            body(MergeBound(sourceWeight: sw.baseAddress!, targetWeight: tw.baseAddress!, sourceUpper: su.baseAddress!, targetUpper: tu.baseAddress!,
                            sourceLength: sl.baseAddress!, targetLength: tl.baseAddress!, erfcGrid: grid.baseAddress!,
                            sourceStride: evidence.source.count + 1, targetStride: evidence.target.count + 1,
                            ratio: ratio, lengthVariance: parameters.lengthVariance, lexicalWeight: parameters.lexicalWeight))
        } } } } } } }
    }

    /// The lexical part from each sentence's best overlaps in the band (with a margin for Float
    /// sums), the length part at its best, the paragraph bonus; valid only inside `withMergeBound`.
    struct MergeBound {
        let sourceWeight, targetWeight, sourceUpper, targetUpper, sourceLength, targetLength, erfcGrid: UnsafePointer<Double>
        let sourceStride, targetStride: Int
        let ratio, lengthVariance, lexicalWeight: Double

        /// The bound for source sentences s0..<s1 and target sentences t0..<t1.
        @inline(__always)
        func callAsFunction(_ s0: Int, _ s1: Int, _ t0: Int, _ t1: Int) -> Double {
            let weight = sourceWeight[s1] - sourceWeight[s0] + targetWeight[t1] - targetWeight[t0]
            let su = sourceUpper + (t1 - t0 - 1) * sourceStride, tu = targetUpper + (s1 - s0 - 1) * targetStride
            let matched = su[s1] - su[s0] + tu[t1] - tu[t0]
            let lexical = weight > 0 ? (matched * (1 + 1e-5) + 1e-9) / weight : 0
            // The length part as `similarity` works it out, bounded from a table of erfc on a grid
            // (erfc falls, so erfc(x) ≤ erfc of the grid point below x).
            let sl = sourceLength[s1] - sourceLength[s0], tl = targetLength[t1] - targetLength[t0]
            let delta = (tl / ratio - sl) / (max(sl, 1) * lengthVariance).squareRoot()
            let x = abs(delta) / 2.squareRoot()
            let length = x < 4 ? erfcGrid[Int(x * 4)] : x.isNaN ? 1 : erfcGrid[BeadScorer.erfcGridCount - 1]
            return min(lexicalWeight * lexical + (1 - lexicalWeight) * length + 0.02, 1)
        }
    }

    static let erfcGridCount = 16

    /// erfc(k / 4) for k = 0…15, raised a hair so rounding never puts a value above it.
    private static let erfcGrid: [Double] = (0..<erfcGridCount).map { erfc(Double($0) / 4) * (1 + 1e-9) + 1e-12 }

    private func headingsPrefix(s isSource: Bool, _ r: Range<Int>) -> Int {
        isSource ? sourceHeadingPrefix[r.upperBound] - sourceHeadingPrefix[r.lowerBound]
            : targetHeadingPrefix[r.upperBound] - targetHeadingPrefix[r.lowerBound]
    }
}

/// The cells of the DP matrix the search visits: per row i (source
/// sentences consumed), a contiguous range of columns j.
struct AlignmentBand {
    let lo: [Int]
    let hi: [Int]
    let offsets: [Int]

    init(lo: [Int], hi: [Int]) {
        self.lo = lo
        self.hi = hi
        var offsets: [Int] = []
        var total = 0
        for i in lo.indices {
            offsets.append(total)
            total += max(0, hi[i] - lo[i] + 1)
        }
        offsets.append(total)
        self.offsets = offsets
    }

    var cellCount: Int { offsets.last! }

    func columns(_ i: Int) -> Range<Int> { lo[i]..<(hi[i] + 1) }

    func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i < lo.count, j >= lo[i], j <= hi[i] else { return nil }
        return offsets[i] + j - lo[i]
    }

    static func full(n: Int, m: Int) -> AlignmentBand {
        AlignmentBand(lo: [Int](repeating: 0, count: n + 1), hi: [Int](repeating: m, count: n + 1))
    }

    /// The full matrix for small pairs; for large ones, a band around the
    /// path through anchors: words (or values, names) that occur in exactly
    /// one sentence of each document and meet there, kept when they form an
    /// increasing chain.
    static func around(_ evidence: AlignmentEvidence, n: Int, m: Int) -> AlignmentBand {
        if n * m <= 10_000 { return full(n: n, m: m) }
        let anchors = Self.anchors(evidence)
        // Centre of row i: linear between consecutive anchors (and the corners).
        var points = [(0, 0)] + anchors + [(n, m)]
        points.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let halfWidth = 16
        var lo = [Int](repeating: 0, count: n + 1), hi = [Int](repeating: m, count: n + 1)
        var k = 0
        for i in 0...n {
            while k + 1 < points.count - 1 && points[k + 1].0 <= i { k += 1 }
            let (i0, j0) = points[k], (i1, j1) = points[min(k + 1, points.count - 1)]
            let centre = i1 == i0 ? Double(j0) : Double(j0) + Double(j1 - j0) * Double(i - i0) / Double(i1 - i0)
            // Wider where anchors are far apart: the path between them is less certain.
            let gap = max(i1 - i0, j1 - j0)
            let w = halfWidth + gap / 12
            lo[i] = max(0, Int(centre) - w)
            hi[i] = min(m, Int(centre.rounded(.up)) + w)
        }
        lo[0] = 0
        hi[n] = m
        // Monotone edges so every cell can be reached.
        for i in 1...n { lo[i] = max(lo[i], lo[i - 1]); }
        for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) }
        for i in 1...n where lo[i] > hi[i - 1] + 1 { lo[i] = hi[i - 1] }
        return AlignmentBand(lo: lo, hi: hi)
    }

    /// (source sentence + 1, target sentence + 1) of pairs that share at least
    /// two keys found nowhere else in either document, longest increasing chain.
    static func anchors(_ evidence: AlignmentEvidence) -> [(Int, Int)] {
        let keyCount = evidence.keyCount
        var sourceSentence = [Int32](repeating: -1, count: keyCount)  // -2: several sentences
        var targetSentence = [Int32](repeating: -1, count: keyCount)
        func collect(_ side: AlignmentEvidence.Side, _ into: inout [Int32]) {
            for (sentence, tokens) in side.sentenceTokens.enumerated() where !tokens.isEmpty {
                for k in side.tokenKeyStarts[tokens.lowerBound]..<side.tokenKeyStarts[tokens.upperBound] {
                    let key = Int(side.keys[Int(k)])
                    if into[key] == -1 { into[key] = Int32(sentence) } else if into[key] != Int32(sentence) { into[key] = -2 }
                }
            }
        }
        collect(evidence.source, &sourceSentence)
        collect(evidence.target, &targetSentence)
        var counts: [Int: Int] = [:]
        let m = evidence.target.count
        for key in 0..<keyCount where sourceSentence[key] >= 0 && targetSentence[key] >= 0 {
            counts[Int(sourceSentence[key]) * (m + 1) + Int(targetSentence[key]), default: 0] += 1
        }
        let pairs = counts.filter { $0.value >= 2 }.map { ($0.key / (m + 1), $0.key % (m + 1)) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        // Longest chain increasing in both coordinates (patience sorting on j).
        var tails: [Int] = [], tailIndex: [Int] = [], previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi { let mid = (lo + hi) / 2; if tails[mid] < pair.1 { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { previous[index] = tailIndex[lo - 1] }
            if lo == tails.count { tails.append(pair.1); tailIndex.append(index) } else { tails[lo] = pair.1; tailIndex[lo] = index }
        }
        var chain: [(Int, Int)] = []
        var at = tailIndex.last ?? -1
        while at >= 0 { chain.append((pairs[at].0 + 1, pairs[at].1 + 1)); at = previous[at] }
        return chain.reversed()
    }
}

/// Standard normal cumulative distribution.
func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }
