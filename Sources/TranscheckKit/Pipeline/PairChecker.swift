import Dispatch

/// Runs the whole pipeline on one pair: read → segment → analyze → align →
/// compare → score. Stateless apart from its options; safe to share.
public struct PairChecker: Sendable {
    public var scorer = Scorer()
    public var checks: [any Check] = CheckRegistry.all
    public var aligner = SentenceAligner()
    public var relatedness = DocumentRelatedness()
    /// Project settings: severity overrides and disabled checks (`.transcheck.yml`).
    public var config: ProjectConfig?
    /// Findings accepted earlier; only new ones are reported. Keys use target paths relative to `config`'s directory
    /// (or the working directory without a config).
    public var baseline: Baseline?
    /// Set by runs over many pairs (audit, batch): originals met again are not analysed again.
    var originals: OriginalsCache?
    /// Names and terms the checks compare through (the bundled lexicons by default).
    public var lexicons: Lexicons {
        didSet {
            names = NameIndex(entries: lexicons.names)
            analyzers = Self.analyzers(names)
            termIndexes = TermIndexCache(lexicons.terms)
            aligner.termIndexes = termIndexes
        }
    }
    /// The terms lexicon indexed per language, built on first use and shared by every check of this checker.
    private var termIndexes: TermIndexCache
    /// Sentence analysers per language (their ICU number and calendar tables cost
    /// milliseconds to set up), built on first use and shared by every pair.
    private var analyzers: PerLanguageCache<SentenceAnalyzer>
    /// The names lexicon indexed for scanning sentences.
    public private(set) var names: NameIndex

    /// With `languages` (a check of one pair), their term indexes are built on
    /// another core while this one indexes the names and analyses the texts.
    public init(lexicons: Lexicons = .bundled, languages: [LanguageTag] = []) {
        self.lexicons = lexicons
        var clock = StageClock()
        termIndexes = TermIndexCache(lexicons.terms)
        let indexes = termIndexes
        if !languages.isEmpty {
            // Built once behind the cache's lock: a caller that needs one first waits for it.
            DispatchQueue.global(qos: .userInitiated).async { for l in languages { _ = indexes(l) } }
        }
        names = NameIndex(entries: lexicons.names)
        analyzers = Self.analyzers(names)
        aligner.termIndexes = termIndexes
        clock.lap("names index")
    }

    private static func analyzers(_ names: NameIndex) -> PerLanguageCache<SentenceAnalyzer> {
        PerLanguageCache { tag in SentenceAnalyzer(language: LanguageTag(known: tag), names: names) }
    }

    /// Reads both files and checks them. Input problems are thrown before any output.
    public func check(sourcePath: String, targetPath: String,
                      sourceLanguage: LanguageTag? = nil, targetLanguage: LanguageTag? = nil) throws(InputError) -> Report {
        let source = try TextFile.load(path: sourcePath)
        let target = try TextFile.load(path: targetPath)
        return check(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// Checks two decoded texts.
    public func check(source: TextFile, target: TextFile,
                      sourceLanguage: LanguageTag? = nil, targetLanguage: LanguageTag? = nil,
                      detected: (source: LanguageTag?, target: LanguageTag?) = (nil, nil)) -> Report {
        var clock = StageClock()
        let sourceDoc = originals?.document(source, language: sourceLanguage, detected: detected.source) {
            analyze(source, language: sourceLanguage, detected: detected.source)
        } ?? analyze(source, language: sourceLanguage, detected: detected.source)
        clock.lap("analyze source")
        let targetDoc = analyze(target, language: targetLanguage, detected: detected.target)
        clock.lap("analyze target")
        let alignment = aligner.alignment(sourceDoc, targetDoc)
        let comparison = Comparison(source: sourceDoc, target: targetDoc, alignment: alignment.beads, names: names,
                                    sourceTerms: termIndexes(sourceDoc.document.language), targetTerms: termIndexes(targetDoc.document.language))
        clock.lap("align (coverage \(String(format: "%.2f", alignment.sourceCoverage)) / \(String(format: "%.2f", alignment.targetCoverage)))")
        var findings: [Finding] = []
        if let unrelated = relatedness.finding(alignment, comparison) {
            findings = [unrelated]
        } else {
            for bead in comparison.alignment.indices {
                for check in checks { findings += check.findings(in: bead, of: comparison) }
            }
        }
        if let config { findings = config.apply(findings) }
        findings = RestatedFindings.pruned(findings)
        if let baseline { findings = baseline.new(findings, relativePath: relativePath(target.path)) }
        findings.sort(by: Finding.reportOrder)
        clock.lap("compare")
        let card = scorer.score(findings, words: sourceDoc.document.wordCount)
        return Report(source: DocumentSummary(sourceDoc.document), target: DocumentSummary(targetDoc.document),
                      card: card, alignment: comparison.alignment, findings: findings, comparison: comparison)
    }

    /// Segments and analyses one text (detecting its language when not given).
    /// With `segmented`, each non-empty line is one sentence (pre-split gold data).
    /// A path as baselines record it: relative to the config's directory, or to the working directory.
    public func relativePath(_ path: String) -> String {
        if let config { return config.relative(path) }
        let base = FileManager.default.currentDirectoryPath + "/"
        let full = URL(fileURLWithPath: path).standardized.path
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    /// `detected` is a language already detected by the caller (reported as detected, not detected again).
    public func analyze(_ file: TextFile, language: LanguageTag?, segmented: Bool = false, detected: LanguageTag? = nil) -> AnalyzedDocument {
        var clock = StageClock()
        let lang = language ?? detected ?? LanguageDetector.detect(file.text)
        clock.lap("  detect")
        var segmenter = Segmenter(language: lang)
        segmenter.linesAreSentences = segmented
        let document = segmenter.document(file, languageDetected: language == nil)
        clock.lap("  segment")
        let analyzer = analyzers(lang.tag)
        clock.lap("  analyzer setup")
        let analyzed = analyzer.analyze(document)
        clock.lap("  analyze")
        return analyzed
    }
}

import Foundation

/// Stage timings on stderr when TRANSCHECK_TIMINGS is set (for benchmarks and profiling).
struct StageClock {
    // Read once: copying the environment at every clock was a visible share of an audit.
    private static let enabled = ProcessInfo.processInfo.environment["TRANSCHECK_TIMINGS"] != nil
    private var last = StageClock.enabled ? DispatchTime.now() : DispatchTime(uptimeNanoseconds: 0)

    /// The stage's name is only made when timings are asked for.
    mutating func lap(_ stage: @autoclosure () -> String) {
        guard Self.enabled else { return }
        let stage = stage()
        let now = DispatchTime.now()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("timing \(stage): \(String(format: "%.2f", ms)) ms\n".utf8))
        last = now
    }
}
