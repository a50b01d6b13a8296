/// Runs the whole pipeline on one pair: read → segment → analyze → align →
/// compare → score. Stateless apart from its options; safe to share.
public struct PairChecker: Sendable {
    public var scorer = Scorer()
    public var checks: [any Check] = CheckRegistry.all
    public var aligner = SentenceAligner()

    public init() {}

    /// Reads both files and checks them. Input problems are thrown before any output.
    public func check(sourcePath: String, targetPath: String,
                      sourceLanguage: LanguageTag? = nil, targetLanguage: LanguageTag? = nil) throws(InputError) -> Report {
        let source = try TextFile.load(path: sourcePath)
        let target = try TextFile.load(path: targetPath)
        return check(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// Checks two decoded texts.
    public func check(source: TextFile, target: TextFile,
                      sourceLanguage: LanguageTag? = nil, targetLanguage: LanguageTag? = nil) -> Report {
        let sourceDoc = analyze(source, language: sourceLanguage)
        let targetDoc = analyze(target, language: targetLanguage)
        let comparison = Comparison(source: sourceDoc, target: targetDoc, alignment: aligner.align(sourceDoc, targetDoc))
        var findings: [Finding] = []
        for bead in comparison.alignment.indices {
            for check in checks { findings += check.findings(in: bead, of: comparison) }
        }
        findings.sort(by: Finding.reportOrder)
        let card = scorer.score(findings, words: sourceDoc.document.wordCount)
        return Report(source: DocumentSummary(sourceDoc.document), target: DocumentSummary(targetDoc.document),
                      card: card, alignment: comparison.alignment, findings: findings, comparison: comparison)
    }

    /// Segments and analyses one text (detecting its language when not given).
    /// With `segmented`, each non-empty line is one sentence (pre-split gold data).
    public func analyze(_ file: TextFile, language: LanguageTag?, segmented: Bool = false) -> AnalyzedDocument {
        let lang = language ?? LanguageDetector.detect(file.text)
        var segmenter = Segmenter(language: lang)
        segmenter.linesAreSentences = segmented
        let document = segmenter.document(file, languageDetected: language == nil)
        return SentenceAnalyzer(language: lang).analyze(document)
    }
}
