/// Possibility turned into certainty and reported events into accomplished
/// ones: "could trigger" → "will lead to", "is holding talks" → "has agreed".
public struct ModalityShiftCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "modality",
        name: "Modality",
        summary: "A modal marker of the original (possible, probable, certain, obligatory; reported or accomplished event) has another value in the translation.",
        cases: [CheckCase("modality.shift", .major, "Possible or probable made certain (or the reverse), or a reported event made accomplished; possible ↔ probable is minor. Raised inside a quotation.")],
        triggeringExamples: [
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "en", "Its absence will trigger lawlessness and chaos."),
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "fr", "Son absence entraînera à coup sûr l'anarchie et le chaos."),
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "ru", "Его отсутствие неизбежно приведет к беззаконию и хаосу."),
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "ar", "غيابها سيؤدي حتما إلى الفوضى."),
        ],
        nonTriggeringExamples: [
            .passes("en", "Its absence could trigger lawlessness and chaos.", "fr", "Son absence pourrait entraîner l'anarchie et le chaos."),
            .passes("en", "Its absence could trigger lawlessness and chaos.", "ru", "Его отсутствие может привести к беззаконию и хаосу."),
            .passes("en", "He is set to meet Austin on Tuesday.", "fr", "Il doit rencontrer M. Austin mardi."),
            .passes("en", "Turkey will do everything it can to make that happen.", "ru", "Турция сделает все возможное, чтобы это произошло."),
            .passes("en", "Its absence could trigger lawlessness and chaos.", "he", "היעדרה עלול להוביל לאנרכיה ולכאוס."),
            // "Können" inside a German sentence is the noun 'skill'; French "certains" is 'some', not "certainement".
            .passes("de", "Die Route erfordert hohes Können.", "fr", "Certains itinéraires exigent une grande habileté."),
        ]
    )

    /// Pairs of values that translations trade without changing what is asserted.
    static let equivalent: Set<Set<String>> = [["certain", "obligatory"], ["probable", "certain"]]

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        guard let sides = comparison.shiftSides(beadIndex) else { return [] }
        let s = sides.source.hits(sides.sourceScales.modalityFinder), t = sides.target.hits(sides.targetScales.modalityFinder)
        var out: [Finding] = []
        var used = Set<Int>()
        for a in s {
            let va = sides.sourceScales.modality[a.entry].value
            // A marker with the same value anywhere in the translation's side accounts for it.
            if let same = t.indices.first(where: { !used.contains($0) && sides.targetScales.modality[t[$0].entry].value == va }) { used.insert(same); continue }
            guard let k = t.indices.first(where: { !used.contains($0) }) else { continue }
            used.insert(k)
            let b = t[k], vb = sides.targetScales.modality[b.entry].value
            if Self.equivalent.contains([va, vb]) { continue }
            // Only along one axis: how sure (possible … certain) or how far along (reported, accomplished).
            let epistemic: Set<String> = ["possible", "probable", "certain"], event: Set<String> = ["reported", "accomplished"]
            guard (epistemic.contains(va) && epistemic.contains(vb)) || (event.contains(va) && event.contains(vb)) else { continue }
            var severity: Severity = Set([va, vb]) == ["possible", "probable"] ? .minor : .major
            if b.quoted { severity = severity.raised }
            out.append(Finding(
                check: "modality.shift", severity: severity,
                message: "\"\(comparison.text(.source, a.range))\" (\(va)) rendered \"\(comparison.text(.target, b.range))\" (\(vb)).",
                source: comparison.span(.source, sentence: a.sentence, range: a.range),
                target: comparison.span(.target, sentence: b.sentence, range: b.range),
                expected: comparison.text(.source, a.range), found: comparison.text(.target, b.range),
                evidence: "lexicons/scales modality: \(va) → \(vb)", bead: beadIndex))
        }
        return out
    }
}
