/// Look-alike letters from another script inside a name ("Gаllant" with a
/// Cyrillic а) and bidi controls inside one: invisible to an editor, fatal
/// to search, indexing and the name checks themselves.
public struct NameConfusableCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "name",
        name: "Confusable letters",
        summary: "A word of the translation mixes letters of several scripts (look-alikes, found with ICU's spoof checker) or hides bidi control characters inside a name.",
        cases: [
            CheckCase("name.confusable", .major, "Mixed scripts or look-alike letters inside a name, or bidi controls inside a mention."),
        ],
        triggeringExamples: [
            .triggers("name.confusable", "en", "Blinken met Gallant.", "en", "Blinken met G\u{0430}llant."),
            .triggers("name.confusable", "en", "Blinken met Gallant.", "fr", "M. Blinken a rencontr\u{00E9} M. Gall\u{0430}nt."),
            .triggers("name.confusable", "en", "Blinken met Gallant.", "ru", "Блинкен встретился с Гaлантом."),
            .triggers("name.confusable", "en", "Blinken met Gallant.", "ar", "التقى بلينكن غالا\u{202E}نت."),
        ],
        nonTriggeringExamples: [
            .passes("en", "Blinken met Gallant.", "ru", "Блинкен встретился с Галантом."),
            .passes("en", "Blinken met Gallant in Washington.", "ar", "التقى بلينكن غالانت في Washington."),
            .passes("en", "Blinken met Gallant.", "he", "בלינקן נפגש עם גלנט."),
            .passes("en", "The F-16 jets arrived.", "fr", "Les F-16 sont arrivés."),
        ]
    )

    /// Scripts whose letters are confused with one another.
    // An array, not a set: asked for every letter of every word, and five compares cost less than a hash.
    static let lettered: [Script] = [.latin, .cyrillic, .greek, .arabic, .hebrew]
    /// Embeddings, overrides and isolates: never legitimate inside a word.
    static func isBidiControl(_ v: UInt32) -> Bool { (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) }
    /// Marks that are fine around a word but not between its letters.
    static func isBidiMark(_ v: UInt32) -> Bool { v == 0x200E || v == 0x200F || v == 0x061C }

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        var out: [Finding] = []
        for s in bead.target {
            for token in comparison.target.document.tokens(of: s) where token.kind == .word {
                if let finding = inspect(token, sentence: s, bead: beadIndex, comparison) { out.append(finding) }
            }
        }
        return out
    }

    private func inspect(_ token: Token, sentence: Int, bead: Int, _ comparison: Comparison) -> Finding? {
        // Nearly every word is letters of one script and no bidi control: settled in one pass.
        var only: Script? = nil, suspect = false
        for scalar in token.text.unicodeScalars {
            if Self.isBidiControl(scalar.value) || Self.isBidiMark(scalar.value) { suspect = true; break }
            guard let script = Script.ofLetter(scalar), Self.lettered.contains(script) else { continue }
            if only == nil { only = script } else if only != script { suspect = true; break }
        }
        guard suspect else { return nil }
        let scalars = Array(token.text.unicodeScalars)
        var counts: [Script: Int] = [:]
        for scalar in scalars {
            if let script = Script.ofLetter(scalar), Self.lettered.contains(script) { counts[script, default: 0] += 1 }
        }
        let hidden = scalars.enumerated().contains { i, c in
            Self.isBidiControl(c.value) || (Self.isBidiMark(c.value) && i > 0 && i < scalars.count - 1)
        }
        guard counts.count > 1 || hidden else { return nil }
        let clean = String(String.UnicodeScalarView(scalars.filter { !Self.isBidiControl($0.value) && !Self.isBidiMark($0.value) }))
        var expected = clean
        var evidence = "bidi control characters inside the word"
        if counts.count > 1 {
            let main = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.description > $1.key.description }!.key
            var fixed = String.UnicodeScalarView()
            var strangers: [String] = []
            for c in clean.unicodeScalars {
                let script = Script.of(c)
                if c.properties.isAlphabetic, Self.lettered.contains(script), script != main {
                    strangers.append("\(script) \(String(c)) U+\(String(c.value, radix: 16, uppercase: true))")
                    let look = SpoofChecker.shared.skeleton(String(c))
                    if look.unicodeScalars.count == 1, let l = look.unicodeScalars.first, Script.of(l) == main { fixed.append(l) } else { fixed.append(c) }
                } else {
                    fixed.append(c)
                }
            }
            expected = String(fixed)
            evidence = "\(main) word with " + strangers.joined(separator: ", ")
        }
        let escaped = token.text.unicodeScalars.map { Self.isBidiControl($0.value) || Self.isBidiMark($0.value) ? "<U+\(String($0.value, radix: 16, uppercase: true))>" : String($0) }.joined()
        return Finding(
            check: "name.confusable", severity: description.severity(of: "name.confusable"),
            message: "\"\(escaped)\" mixes look-alike letters or hides bidi controls; it reads as \"\(expected)\" but does not match it.",
            source: nil, target: comparison.span(.target, sentence: sentence, range: token.range),
            expected: expected, found: escaped, evidence: evidence, bead: bead)
    }
}
