import Foundation
import Yams

/// The word lists the shift checks read, per language, from
/// `lexicons/scales/<lang>.yml`: degree words on a shared 1–5 scale, hedges
/// around numbers, size words, modal markers, negation, attribution verbs and
/// their stance, and antonym pairs.
struct ScaleLexicon: Sendable {
    struct Degree: Sendable { let form: String; let ranks: [Int] }
    struct Hedge: Sendable { let form: String; let kind: String }
    struct Modal: Sendable { let form: String; let value: String }
    struct Attribution: Sendable { let form: String; let stance: String; let kind: String }

    let language: String
    var intensity: [Degree] = []
    var hedges: [Hedge] = []
    var size: [Degree] = []
    var modality: [Modal] = []
    var negation: [String] = []
    var attribution: [Attribution] = []
    var antonyms: [(String, String)] = []

    let intensityFinder: PhraseFinder
    let hedgeFinder: PhraseFinder
    let sizeFinder: PhraseFinder
    let modalityFinder: PhraseFinder
    let negationFinder: PhraseFinder
    let attributionFinder: PhraseFinder
    let antonymFinder: PhraseFinder

    private static let cache = PerLanguageCache { language in ScaleLexicon.load(language) }

    static func of(_ language: String) -> ScaleLexicon { cache(language) }

    init(language: String, intensity: [Degree], hedges: [Hedge], size: [Degree], modality: [Modal], negation: [String],
         attribution: [Attribution], antonyms: [(String, String)]) {
        self.language = language
        self.intensity = intensity
        self.hedges = hedges
        self.size = size
        self.modality = modality
        self.negation = negation
        self.attribution = attribution
        self.antonyms = antonyms
        intensityFinder = PhraseFinder(intensity.map(\.form), language: language)
        hedgeFinder = PhraseFinder(hedges.map(\.form), language: language)
        sizeFinder = PhraseFinder(size.map(\.form), language: language)
        modalityFinder = PhraseFinder(modality.map(\.form), language: language)
        negationFinder = PhraseFinder(negation, language: language, useStems: false)
        attributionFinder = PhraseFinder(attribution.map(\.form), language: language, useStems: false)
        antonymFinder = PhraseFinder(antonyms.flatMap { [$0.0, $0.1] }, language: language)
    }

    static func load(_ language: String) -> ScaleLexicon {
        let empty = ScaleLexicon(language: language, intensity: [], hedges: [], size: [], modality: [], negation: [], attribution: [], antonyms: [])
        guard let lines = LexiconDirectory.lines("scales/\(language).yml"),
              let root = try? Yams.load(yaml: lines.joined(separator: "\n")) as? [String: Any] else { return empty }
        func list(_ key: String) -> [[String: Any]] { (root[key] as? [Any] ?? []).compactMap { $0 as? [String: Any] } }
        func ranks(_ value: Any?) -> [Int] {
            if let r = value as? Int { return [r] }
            return (value as? [Any] ?? []).compactMap { $0 as? Int }
        }
        return ScaleLexicon(
            language: language,
            intensity: list("intensity").compactMap { e in (e["form"] as? String).map { Degree(form: $0, ranks: ranks(e["rank"])) } },
            hedges: list("hedges").compactMap { e in (e["form"] as? String).map { Hedge(form: $0, kind: e["kind"] as? String ?? "") } },
            size: list("size").compactMap { e in (e["form"] as? String).map { Degree(form: $0, ranks: ranks(e["rank"])) } },
            modality: list("modality").compactMap { e in (e["form"] as? String).map { Modal(form: $0, value: e["value"] as? String ?? "") } },
            negation: (root["negation"] as? [Any] ?? []).compactMap { $0 as? String },
            attribution: list("attribution").compactMap { e in
                (e["form"] as? String).map { Attribution(form: $0, stance: e["stance"] as? String ?? "neutral", kind: e["kind"] as? String ?? "verb") }
            },
            antonyms: (root["antonyms"] as? [Any] ?? []).compactMap { pair in
                guard let p = pair as? [Any], p.count == 2, let a = p[0] as? String, let b = p[1] as? String else { return nil }
                return (a, b)
            })
    }
}
