/// Abbreviations that end with a period without ending the sentence, per
/// language, from `lexicons/abbreviations/<lang>.txt`.
///
/// Each abbreviation has a class saying when its period may still end a
/// sentence: `title` never ("Mr.", "Dr.", "M."), `number` unless no number
/// follows ("Oct. 7", "No. 5"), `general` only when the next word is one that
/// usually starts a sentence ("at 1 p.m. A small group" ends; "U.S. Secretary"
/// does not).
public struct Abbreviations: Sendable {
    public enum Kind: String, Sendable { case title, number, general }

    private let entries: [String: Kind]

    public init(entries: [String: Kind]) { self.entries = entries }

    private static let cache = PerLanguageCache { language in Abbreviations.load(language) }

    /// The bundled list for a language (empty when there is none).
    public static func of(_ language: String) -> Abbreviations { cache(language) }

    /// The class of a word written with its final period ("U.S.", "oct."), if listed.
    public func kind(of wordWithPeriod: String) -> Kind? {
        if let k = entries[wordWithPeriod] { return k }
        return entries[WordKey.of(wordWithPeriod)]
    }

    static func load(_ language: String) -> Abbreviations {
        guard let lines = LexiconDirectory.lines("abbreviations/\(language).txt") else { return Abbreviations(entries: [:]) }
        var entries: [String: Kind] = [:]
        var kind = Kind.general
        for raw in lines {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmingSpaces ?? ""
            if line.isEmpty { continue }
            if line.hasPrefix("["), line.hasSuffix("]"), let k = Kind(rawValue: String(line.dropFirst().dropLast())) {
                kind = k
                continue
            }
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                entries[WordKey.of(String(word))] = kind
            }
        }
        return Abbreviations(entries: entries)
    }
}
