/// Sentences of the original with no counterpart in the translation.
public struct OmissionCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "omission",
        name: "Omitted sentences",
        summary: "A sentence of the original has no counterpart in the translation.",
        cases: [CheckCase("omission.sentence", .major, "The translation leaves out a sentence of the original (minor when it has fewer than four words).")],
        triggeringExamples: [
            .triggers("omission.sentence", "en", "Gallant met Blinken in Washington on Monday. The war started when Hamas attacked Israel on Oct. 7, according to Israeli tallies. Miller said 12 officials attended.",
                      "en", "Gallant met Blinken in Washington on Monday. Miller said 12 officials attended."),
            .triggers("omission.sentence", "fr", "Gallant a rencontré Blinken à Washington lundi. La guerre a commencé le 7 octobre selon les décomptes israéliens. Miller a dit que 12 responsables étaient présents.",
                      "fr", "Gallant a rencontré Blinken à Washington lundi. Miller a dit que 12 responsables étaient présents."),
        ],
        nonTriggeringExamples: [
            .passes("en", "Gallant met Blinken in Washington on Monday. Miller said 12 officials attended.",
                    "en", "Gallant met Blinken on Monday in Washington. According to Miller, 12 officials attended."),
            .passes("ru", "Галант встретился с Блинкеном в Вашингтоне. Миллер сказал, что присутствовали 12 чиновников.",
                    "ru", "В Вашингтоне Галант встретился с Блинкеном. По словам Миллера, присутствовали 12 чиновников."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard bead.isOmission else { return [] }
        let doc = comparison.source.document
        return bead.source.map { s in
            let words = doc.sentences[s].tokens.count
            if let furniture = PageFurniture.describe(doc.sentences[s], in: doc) {
                return Finding(check: "omission.sentence", severity: .info, message: "Page furniture left out: \(furniture).",
                               source: comparison.span(.source, sentence: s), target: nil, evidence: furniture, bead: beadIndex)
            }
            return Finding(
                check: "omission.sentence", severity: words < 4 ? .minor : description.severity(of: "omission.sentence"),
                message: "Sentence omitted: the translation has no counterpart.",
                source: comparison.span(.source, sentence: s), target: nil, bead: beadIndex)
        }
    }
}
