/// Sentences of the translation with no counterpart in the original.
public struct AdditionCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "addition",
        name: "Added sentences",
        summary: "A sentence or paragraph of the translation has no counterpart in the original.",
        cases: [CheckCase("addition.sentence", .major, "The translation adds a sentence the original does not have (minor when it has fewer than four words).")],
        triggeringExamples: [
            .triggers("addition.sentence", "en", "Gallant met Blinken in Washington on Monday. Miller said 12 officials attended.",
                      "en", "Gallant met Blinken in Washington on Monday. Haaretz reported that Israel had struck 1,139 targets in Lebanon since the war began. Miller said 12 officials attended."),
            .triggers("addition.sentence", "ru", "Галант встретился с Блинкеном в Вашингтоне. Миллер сказал, что присутствовали 12 чиновников.",
                      "ru", "Галант встретился с Блинкеном в Вашингтоне. Нетаньяху обвинил администрацию в задержке поставок оружия в Израиль. Миллер сказал, что присутствовали 12 чиновников."),
        ],
        nonTriggeringExamples: [
            .passes("en", "Gallant met Blinken in Washington on Monday. Miller said 12 officials attended.",
                    "en", "Gallant met Blinken in Washington on Monday. Miller said that 12 officials attended."),
            .passes("fr", "Gallant a rencontré Blinken à Washington lundi. Miller a dit que 12 responsables étaient présents.",
                    "fr", "Gallant a rencontré Blinken lundi à Washington. Selon Miller, 12 responsables étaient présents."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard bead.isAddition else { return [] }
        let doc = comparison.target.document
        return bead.target.map { t in
            let words = doc.sentences[t].tokens.count
            if let furniture = PageFurniture.describe(doc.sentences[t], in: doc) {
                return Finding(check: "addition.sentence", severity: .info, message: "Page furniture added: \(furniture).",
                               source: nil, target: comparison.span(.target, sentence: t), evidence: furniture, bead: beadIndex)
            }
            return Finding(
                check: "addition.sentence", severity: words < 4 ? .minor : description.severity(of: "addition.sentence"),
                message: "Sentence added: the original has no counterpart.",
                source: nil, target: comparison.span(.target, sentence: t), bead: beadIndex)
        }
    }
}
