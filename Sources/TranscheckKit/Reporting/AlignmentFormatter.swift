/// Renders an alignment: side by side for people, JSON, or vecalign's bead
/// lines (`[0]:[0, 1]`, 0-based, `[]` for an empty side) for evaluation tools.
public enum AlignmentFormatter {
    public static func render(_ beads: [Bead], source: Document, target: Document, format: String, width: Int = 100) -> String {
        switch format {
        case "vecalign":
            return beads.map { "[\($0.source.map(String.init).joined(separator: ", "))]:[\($0.target.map(String.init).joined(separator: ", "))]" }
                .joined(separator: "\n") + "\n"
        case "json":
            return JSONValue.array(beads.map { bead in
                .object([
                    ("source", .array(bead.source.map { .number(Double($0)) })),
                    ("target", .array(bead.target.map { .number(Double($0)) })),
                    ("similarity", .number(bead.similarity)),
                    ("moved", .bool(bead.moved)),
                    ("sourceText", .array(bead.source.map { .string(source.sentences[$0].text) })),
                    ("targetText", .array(bead.target.map { .string(target.sentences[$0].text) })),
                ])
            }).serialized() + "\n"
        default:
            let column = (width - 3) / 2
            var out = ""
            for bead in beads {
                let left = bead.source.map { "\($0): " + source.sentences[$0].text }.joined(separator: " ")
                let right = bead.target.map { "\($0): " + target.sentences[$0].text }.joined(separator: " ")
                let l = wrap(left, column), r = wrap(right, column)
                out += String(repeating: "─", count: column) + "┼" + String(repeating: "─", count: column + 1)
                    + (bead.source.isEmpty || bead.target.isEmpty ? "" : " \(bead.similarity)") + (bead.moved ? " moved" : "") + "\n"
                for i in 0..<max(l.count, r.count) {
                    let a = i < l.count ? l[i] : ""
                    out += a + String(repeating: " ", count: max(0, column - a.count)) + "│ " + (i < r.count ? r[i] : "") + "\n"
                }
            }
            return out
        }
    }

    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
