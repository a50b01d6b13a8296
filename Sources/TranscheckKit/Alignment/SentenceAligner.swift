import Foundation

/// Monotone sentence alignment by dynamic programming over beads (1-1, 1-0,
/// 0-1, 1-2, 2-1, 2-2). A bead's score combines the lexical overlap of its
/// two sides (shared words, numbers, dates, romanised names) with a
/// Gale–Church length probability, normalised by the documents' overall
/// length ratio so a shorter language is not penalised.
public struct SentenceAligner: Sendable {
    /// A bead must be at least this alike to beat leaving both sides unaligned.
    public var threshold: Double?

    public init(threshold: Double? = nil) { self.threshold = threshold }

    private static let shapes: [(Int, Int, Double)] = [(1, 1, 0), (1, 0, 0), (0, 1, 0), (2, 1, 0.02), (1, 2, 0.02), (2, 2, 0.05)]

    /// Scores sentence groups of one document pair.
    struct BeadScorer {
        let sp: [SentenceProfile], tp: [SentenceProfile]
        let lexicalWeight: Double, tau: Double, ratio: Double

        init(_ source: AnalyzedDocument, _ target: AnalyzedDocument, threshold: Double?) {
            (sp, tp) = SentenceProfile.profiles(source: source, target: target)
            // Same-language pairs share most words; across languages only names,
            // numbers and cognates are shared and length carries more of the evidence.
            let sameLanguage = source.document.language.language == target.document.language.language
            let sameScript = SentenceProfile.dominantScript(source.document) == SentenceProfile.dominantScript(target.document)
            lexicalWeight = sameLanguage ? 0.8 : sameScript ? 0.6 : 0.5
            tau = threshold ?? (sameLanguage ? 0.35 : sameScript ? 0.2 : 0.15)
            ratio = max(tp.reduce(0) { $0 + $1.length }, 1) / max(sp.reduce(0) { $0 + $1.length }, 1)
        }

        func similarity(_ si: Range<Int>, _ ti: Range<Int>) -> Double {
            let a = SentenceProfile.merge(sp[si]), b = SentenceProfile.merge(tp[ti])
            let lexical = SentenceProfile.overlap(a, b)
            let delta = (b.length / ratio - a.length) / sqrt(max(a.length, 1) * 6.8)
            let lengthProbability = 2 * (1 - normalCDF(abs(delta)))
            var s = lexicalWeight * lexical + (1 - lexicalWeight) * lengthProbability
            if a.paragraphStart && b.paragraphStart { s += 0.02 }
            // A headline merged with body text is almost never right.
            if (si.count > 1 && a.isHeading) || (ti.count > 1 && b.isHeading) { s -= 0.15 }
            return min(s, 1)
        }
    }

    /// How alike two groups of sentences are, 0…1, as the aligner sees them.
    public func similarity(_ source: AnalyzedDocument, _ target: AnalyzedDocument, source si: Range<Int>, target ti: Range<Int>) -> Double {
        BeadScorer(source, target, threshold: threshold).similarity(si, ti)
    }

    public func align(_ source: AnalyzedDocument, _ target: AnalyzedDocument) -> [Bead] {
        let scorer = BeadScorer(source, target, threshold: threshold)
        let n = scorer.sp.count, m = scorer.tp.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: [$0], target: [], similarity: 0) } + (0..<m).map { Bead(source: [], target: [$0], similarity: 0) }
        }
        let tau = scorer.tau
        let similarity = scorer.similarity

        // Band around the diagonal for long documents keeps time and memory near linear.
        let band = n * m <= 4_000_000 ? max(n, m) : max(200, abs(n - m) + 200)
        func inBand(_ i: Int, _ j: Int) -> Bool {
            let centre = Double(i) * Double(m) / Double(n)
            return abs(Double(j) - centre) <= Double(band)
        }
        let width = m + 1
        var score = [Double](repeating: -.infinity, count: (n + 1) * width)
        var back = [UInt8](repeating: 255, count: (n + 1) * width)
        score[0] = 0
        for i in 0...n {
            for j in 0...m where (i > 0 || j > 0) && inBand(i, j) {
                var best = -Double.infinity, bestShape: UInt8 = 255
                for (k, shape) in Self.shapes.enumerated() {
                    let (di, dj, penalty) = shape
                    guard i >= di, j >= dj else { continue }
                    let previous = score[(i - di) * width + (j - dj)]
                    guard previous > -.infinity else { continue }
                    var value = previous
                    if di > 0 && dj > 0 {
                        // A bead scores its similarity above the threshold once, whatever its size:
                        // merging is worth it only when the merged sides are more alike.
                        value += similarity((i - di)..<i, (j - dj)..<j) - tau - penalty
                    }
                    if value > best { best = value; bestShape = UInt8(k) }
                }
                score[i * width + j] = best
                back[i * width + j] = bestShape
            }
        }
        var beads: [Bead] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let shape = back[i * width + j]
            guard shape != 255 else { break }
            let (di, dj, _) = Self.shapes[Int(shape)]
            let si = (i - di)..<i, ti = (j - dj)..<j
            let sim = di > 0 && dj > 0 ? similarity(si, ti) : 0
            beads.append(Bead(source: Array(si), target: Array(ti), similarity: (sim * 100).rounded() / 100))
            i -= di
            j -= dj
        }
        return beads.reversed()
    }
}

/// Standard normal cumulative distribution.
func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }
