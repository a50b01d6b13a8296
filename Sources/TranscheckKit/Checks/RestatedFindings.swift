/// Findings that only restate another: a concept reported missing (term.missing, the
/// weakest finding, "no rendering found") where another check already reports the same
/// words of the original in the same bead ("according to" dropped is attribution.dropped;
/// the term check would add "according to has no admitted rendering").
enum RestatedFindings {
    static func pruned(_ findings: [Finding]) -> [Finding] {
        var reported: [Int: [Range<Int>]] = [:]
        for finding in findings where finding.check != "term.missing" {
            if let range = finding.source?.range { reported[finding.bead, default: []].append(range) }
        }
        guard !reported.isEmpty else { return findings }
        return findings.filter { finding in
            guard finding.check == "term.missing", let range = finding.source?.range else { return true }
            return !(reported[finding.bead] ?? []).contains { $0.overlaps(range) }
        }
    }
}
