/// Findings that only restate another: a concept reported missing (term.missing, the
/// weakest finding, "no rendering found") where another check already reports the same
/// words of the original in the same bead ("according to" dropped is attribution.dropped;
/// the term check would add "according to has no admitted rendering").
///
/// And a finding that repeats one already made: the same check on overlapping words of both texts in the
/// same bead, found by two routes ("rarely" → « souvent » through the frequency concept and through WordNet's
/// antonyms). The graver is kept (the first made of equals), the other dropped.
enum RestatedFindings {
    static func pruned(_ findings: [Finding]) -> [Finding] {
        var kept: [Finding] = []
        for finding in findings {
            guard let s = finding.source?.range, let t = finding.target?.range,
                  let j = kept.firstIndex(where: { $0.check == finding.check && $0.bead == finding.bead
                      && ($0.source?.range.overlaps(s) ?? false) && ($0.target?.range.overlaps(t) ?? false)
                      && $0.source?.sentence == finding.source?.sentence && $0.target?.sentence == finding.target?.sentence })
            else { kept.append(finding); continue }
            // The graver of the two stands (one route may know the words are quoted).
            if finding.severity > kept[j].severity { kept[j] = finding }
        }
        return withoutMissingTerms(kept)
    }

    private static func withoutMissingTerms(_ findings: [Finding]) -> [Finding] {
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
