import Foundation
import Yams

/// The word lists the shift checks read, per language, from
/// `lexicons/scales/<lang>.yml`: degree words on a shared 1–5 scale, hedges
/// around numbers, size words, modal markers, negation, attribution verbs and
/// their stance, antonym pairs, and the direction words of a change (rose / fell).
final class ScaleLexicon: Sendable {
    struct Degree: Sendable { let form: String; let ranks: [Int] }
    struct Hedge: Sendable { let form: String; let kind: String }
    struct Modal: Sendable {
        let form: String
        let value: String
        /// A marker written onto the verb (Arabic future "س" in "ستواجه"): `form` is then the prefix,
        /// which counts when one of `before` follows it and the word is not one of `except`.
        var prefix: Prefix? = nil
    }
    struct Prefix: Sendable {
        let before: [Character]
        let except: Set<String>
        /// One-letter conjunctions written onto the word before the prefix (Arabic و, ف).
        var conjunctions: [Character] = []
    }
    struct Attribution: Sendable { let form: String; let stance: String; let kind: String }
    /// A word that says what kind of source an attribution cites: "ministry" (state), "СМИ" (media).
    struct SourceKind: Sendable { let form: String; let kind: String }
    /// A word saying which way a quantity moved: "rose", «снизилась», "انخفض".
    struct Direction: Sendable { let form: String; let up: Bool }

    let language: String
    let intensity: [Degree]
    let hedges: [Hedge]
    let size: [Degree]
    let modality: [Modal]
    let negation: [String]
    /// The negation forms as a set (asked per bead by the checks).
    let negationSet: Set<String>
    /// Negation entry → word keys one of which must be in the sentence for it to negate
    /// (French "personne" is 'nobody' only with "ne"; "ne" negates only with "pas", "plus"…,
    /// and "ne … que" means 'only').
    let negationNeeds: [Int: [String]]
    /// Negations that do not negate when one of these words is in the sentence: the restrictive
    /// "لا … سوى" ('only'), as French "ne … que" is restrictive.
    let negationUnless: [Int: [String]]
    /// Negations that only answer a negation of the other side and never flip on their own: Arabic
    /// "عدم" renders "not to" ("urged not to drink", "على عدم شرب") but also "in-"/"un-" ("عدم
    /// الاستقرار", 'instability'), and "دون" is 'without' and 'under' ("دون الخامسة", 'under five').
    let negationWeak: Set<Int>
    /// Phrases that contain a negation word and do not negate ("not only", "sans peine" 'easily').
    let negationIdioms: [String]
    let attribution: [Attribution]
    /// Words that open a reported clause ("said that", "قال إن", "сообщил, что"): a speaker named
    /// after its verb ends there.
    let complementizers: [String]
    let complementizerKeys: Set<String>
    let sourceKinds: [SourceKind]
    /// What a state body is in charge of ("health" in "the Health Ministry", «МЧС»): two ministries
    /// are two sources though both are the state.
    let portfolios: [SourceKind]
    let antonyms: [(String, String)]
    let directions: [Direction]

    let intensityFinder: PhraseFinder
    let hedgeFinder: PhraseFinder
    let sizeFinder: PhraseFinder
    let modalityFinder: PhraseFinder
    let negationFinder: PhraseFinder
    let negationIdiomFinder: PhraseFinder
    let attributionFinder: PhraseFinder
    let sourceKindFinder: PhraseFinder
    let portfolioFinder: PhraseFinder
    let antonymFinder: PhraseFinder
    let directionFinder: PhraseFinder

    private static let cache = PerLanguageCache { language in ScaleLexicon.load(language) }

    static func of(_ language: String) -> ScaleLexicon { cache(language) }

    /// Letters a word matched by its stem may differ from a listed form by (see `PhraseFinder.stemSlack`).
    static let stemSlack = 2

    init(language: String, intensity: [Degree], hedges: [Hedge], size: [Degree], modality: [Modal], negation: [String],
         negationNeeds: [Int: [String]] = [:], negationUnless: [Int: [String]] = [:], negationWeak: Set<Int> = [], negationIdioms: [String] = [], attribution: [Attribution], complementizers: [String] = [], sourceKinds: [SourceKind] = [], portfolios: [SourceKind] = [], antonyms: [(String, String)], directions: [Direction] = []) {
        self.language = language
        self.intensity = intensity
        self.hedges = hedges
        self.size = size
        self.modality = modality
        self.negation = negation
        self.negationSet = Set(negation)
        self.negationNeeds = negationNeeds.mapValues { $0.map(WordKey.of) }
        self.negationUnless = negationUnless.mapValues { $0.map(WordKey.of) }
        self.negationWeak = negationWeak
        self.negationIdioms = negationIdioms
        self.attribution = attribution
        self.complementizers = complementizers
        complementizerKeys = Set(complementizers.map(WordKey.of))
        self.sourceKinds = sourceKinds
        self.portfolios = portfolios
        self.antonyms = antonyms
        self.directions = directions
        intensityFinder = PhraseFinder(intensity.map(\.form), language: language, stemSlack: Self.stemSlack)
        hedgeFinder = PhraseFinder(hedges.map(\.form), language: language, stemSlack: Self.stemSlack)
        sizeFinder = PhraseFinder(size.map(\.form), language: language, stemSlack: Self.stemSlack)
        // Prefix markers come last in `modality`: the finder's entry numbers are those of the words before them.
        modalityFinder = PhraseFinder(modality.prefix { $0.prefix == nil }.map(\.form), language: language, stemSlack: Self.stemSlack)
        negationFinder = PhraseFinder(negation, language: language, useStems: false)
        negationIdiomFinder = PhraseFinder(negationIdioms, language: language, useStems: false)
        attributionFinder = PhraseFinder(attribution.map(\.form), language: language, useStems: false)
        sourceKindFinder = PhraseFinder(sourceKinds.map(\.form), language: language, stemSlack: Self.stemSlack)
        portfolioFinder = PhraseFinder(portfolios.map(\.form), language: language, stemSlack: Self.stemSlack)
        antonymFinder = PhraseFinder(antonyms.flatMap { [$0.0, $0.1] }, language: language, stemSlack: Self.stemSlack)
        directionFinder = PhraseFinder(directions.map(\.form), language: language, stemSlack: Self.stemSlack)
    }

    static func load(_ language: String) -> ScaleLexicon {
        var clock = StageClock()
        defer { clock.lap("    scales \(language)") }
        guard let url = LexiconDirectory.bundled?.appendingPathComponent("scales/\(language).yml") else { return parse(language, yaml: nil) }
        // Parsing YAML costs more than a whole check; a compiled copy keyed on the file's size and date is read instead.
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let stamp = "\(ScaleCache.format) \(url.path) \((attributes?[.size] as? NSNumber)?.intValue ?? -1) \((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        let cacheFile = LexiconCache.directory?.appendingPathComponent("scales-\(language)-\(String(format: "%016llx", ScaleCache.hash(stamp))).tsv")
        if let cacheFile, let cached = ScaleCache.read(cacheFile, language: language) { return cached }
        let lexicon = parse(language, yaml: try? String(contentsOf: url, encoding: .utf8))
        if let cacheFile {
            ScaleCache.write(lexicon, to: cacheFile)
            CacheFiles.prune(cacheFile.deletingLastPathComponent(), prefix: "scales-\(language)-", suffix: ".tsv", keeping: 4)
        }
        return lexicon
    }

    static func parse(_ language: String, yaml: String?) -> ScaleLexicon {
        let empty = ScaleLexicon(language: language, intensity: [], hedges: [], size: [], modality: [], negation: [], attribution: [], antonyms: [])
        guard let yaml, let root = try? Yams.load(yaml: yaml) as? [String: Any] else { return empty }
        func list(_ key: String) -> [[String: Any]] { (root[key] as? [Any] ?? []).compactMap { $0 as? [String: Any] } }
        func ranks(_ value: Any?) -> [Int] {
            if let r = value as? Int { return [r] }
            return (value as? [Any] ?? []).compactMap { $0 as? Int }
        }
        // A negation is a plain string, or {form, needs: [words one of which must be in the sentence],
        // unless: [words none of which may be]}.
        let negations: [(form: String, needs: [String], unless: [String], weak: Bool)] = (root["negation"] as? [Any] ?? []).compactMap { item in
            if let form = item as? String { return (form, [], [], false) }
            guard let entry = item as? [String: Any], let form = entry["form"] as? String else { return nil }
            return (form, (entry["needs"] as? [Any] ?? []).compactMap { $0 as? String }, (entry["unless"] as? [Any] ?? []).compactMap { $0 as? String },
                    entry["weak"] as? Bool ?? false)
        }
        return ScaleLexicon(
            language: language,
            intensity: list("intensity").compactMap { e in (e["form"] as? String).map { Degree(form: $0, ranks: ranks(e["rank"])) } },
            hedges: list("hedges").compactMap { e in (e["form"] as? String).map { Hedge(form: $0, kind: e["kind"] as? String ?? "") } },
            size: list("size").compactMap { e in (e["form"] as? String).map { Degree(form: $0, ranks: ranks(e["rank"])) } },
            modality: list("modality").compactMap { e in (e["form"] as? String).map { Modal(form: $0, value: e["value"] as? String ?? "") } }
                + list("modality").compactMap { e in
                    (e["prefix"] as? String).map {
                        Modal(form: $0, value: e["value"] as? String ?? "",
                              prefix: Prefix(before: (e["before"] as? [Any] ?? []).compactMap { ($0 as? String)?.first },
                                             except: Set((e["except"] as? [Any] ?? []).compactMap { ($0 as? String).map(WordKey.of) }),
                                             conjunctions: (e["after"] as? [Any] ?? []).compactMap { ($0 as? String)?.first }))
                    }
                },
            negation: negations.map(\.form),
            negationNeeds: Dictionary(uniqueKeysWithValues: negations.enumerated().compactMap { i, n in n.needs.isEmpty ? nil : (i, n.needs) }),
            negationUnless: Dictionary(uniqueKeysWithValues: negations.enumerated().compactMap { i, n in n.unless.isEmpty ? nil : (i, n.unless) }),
            negationWeak: Set(negations.indices.filter { negations[$0].weak }),
            negationIdioms: (root["negationIdioms"] as? [Any] ?? []).compactMap { $0 as? String },
            attribution: list("attribution").compactMap { e in
                (e["form"] as? String).map { Attribution(form: $0, stance: e["stance"] as? String ?? "neutral", kind: e["kind"] as? String ?? "verb") }
            },
            complementizers: (root["complementizers"] as? [Any] ?? []).compactMap { $0 as? String },
            // Kinds in name order: the finder's entry numbers do not depend on how YAML orders a mapping.
            sourceKinds: ((root["sources"] as? [String: Any]) ?? [:]).sorted { $0.key < $1.key }.flatMap { kind, forms in
                (forms as? [Any] ?? []).compactMap { ($0 as? String).map { SourceKind(form: $0, kind: kind) } }
            },
            portfolios: ((root["portfolios"] as? [String: Any]) ?? [:]).sorted { $0.key < $1.key }.flatMap { kind, forms in
                (forms as? [Any] ?? []).compactMap { ($0 as? String).map { SourceKind(form: $0, kind: kind) } }
            },
            antonyms: (root["antonyms"] as? [Any] ?? []).compactMap { pair in
                guard let p = pair as? [Any], p.count == 2, let a = p[0] as? String, let b = p[1] as? String else { return nil }
                return (a, b)
            },
            directions: ["up", "down"].flatMap { way in
                (((root["direction"] as? [String: Any]) ?? [:])[way] as? [Any] ?? []).compactMap { ($0 as? String).map { Direction(form: $0, up: way == "up") } }
            })
    }
}

/// The compiled copy of a scales file: one record per line, tab-separated.
enum ScaleCache {
    static let format = "transcheck-scales 10"

    static func hash(_ text: String) -> UInt64 {
        var h = FNV1a()
        h.add(text)
        return h.value
    }

    static func write(_ l: ScaleLexicon, to url: URL) {
        var out = format + "\n"
        func line(_ fields: String...) { out += fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t") + "\n" }
        for d in l.intensity { line("I", d.form, d.ranks.map(String.init).joined(separator: ",")) }
        for h in l.hedges { line("H", h.form, h.kind) }
        for d in l.size { line("S", d.form, d.ranks.map(String.init).joined(separator: ",")) }
        for m in l.modality {
            if let p = m.prefix {
                line("P", m.form, m.value, p.before.map(String.init).joined(separator: "|"), p.except.sorted().joined(separator: "|"),
                     p.conjunctions.map(String.init).joined(separator: "|"))
            } else { line("M", m.form, m.value) }
        }
        for (k, n) in l.negation.enumerated() {
            line("N", n, (l.negationNeeds[k] ?? []).joined(separator: "|"), (l.negationUnless[k] ?? []).joined(separator: "|"), l.negationWeak.contains(k) ? "weak" : "")
        }
        for idiom in l.negationIdioms { line("X", idiom) }
        for a in l.attribution { line("A", a.form, a.stance, a.kind) }
        for c in l.complementizers { line("C", c) }
        for k in l.sourceKinds { line("K", k.form, k.kind) }
        for p in l.portfolios { line("Q", p.form, p.kind) }
        for (a, b) in l.antonyms { line("O", a, b) }
        for d in l.directions { line("D", d.form, d.up ? "up" : "down") }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(out.utf8).write(to: url, options: .atomic)
    }

    static func read(_ url: URL, language: String) -> ScaleLexicon? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        // Split on bytes: tabs and newlines are ASCII, and reading by characters cost more than the file's use.
        let bytes = [UInt8](data)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let header = lines.first, header.elementsEqual(format.utf8) else { return nil }
        lines = lines.dropFirst()
        var i: [ScaleLexicon.Degree] = [], h: [ScaleLexicon.Hedge] = [], s: [ScaleLexicon.Degree] = [], m: [ScaleLexicon.Modal] = []
        var n: [String] = [], needs: [Int: [String]] = [:], unless: [Int: [String]] = [:], weak = Set<Int>(), x: [String] = [], a: [ScaleLexicon.Attribution] = [], c: [String] = [], k: [ScaleLexicon.SourceKind] = [], q: [ScaleLexicon.SourceKind] = [], o: [(String, String)] = [], d: [ScaleLexicon.Direction] = []
        for line in lines {
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            switch (f.first, f.count) {
            case ("I", 3): i.append(.init(form: f[1], ranks: f[2].split(separator: ",").compactMap { Int($0) }))
            case ("H", 3): h.append(.init(form: f[1], kind: f[2]))
            case ("S", 3): s.append(.init(form: f[1], ranks: f[2].split(separator: ",").compactMap { Int($0) }))
            case ("M", 3): m.append(.init(form: f[1], value: f[2]))
            case ("P", 6):
                m.append(.init(form: f[1], value: f[2], prefix: .init(before: f[3].split(separator: "|").compactMap(\.first),
                                                                      except: Set(f[4].split(separator: "|").map(String.init)),
                                                                      conjunctions: f[5].split(separator: "|").compactMap(\.first))))
            case ("N", 5):
                if !f[2].isEmpty { needs[n.count] = f[2].split(separator: "|").map(String.init) }
                if !f[3].isEmpty { unless[n.count] = f[3].split(separator: "|").map(String.init) }
                if f[4] == "weak" { weak.insert(n.count) }
                n.append(f[1])
            case ("X", 2): x.append(f[1])
            case ("A", 4): a.append(.init(form: f[1], stance: f[2], kind: f[3]))
            case ("C", 2): c.append(f[1])
            case ("K", 3): k.append(.init(form: f[1], kind: f[2]))
            case ("Q", 3): q.append(.init(form: f[1], kind: f[2]))
            case ("O", 3): o.append((f[1], f[2]))
            case ("D", 3): d.append(.init(form: f[1], up: f[2] == "up"))
            default: return nil
            }
        }
        return ScaleLexicon(language: language, intensity: i, hedges: h, size: s, modality: m, negation: n, negationNeeds: needs, negationUnless: unless, negationWeak: weak, negationIdioms: x, attribution: a, complementizers: c, sourceKinds: k, portfolios: q, antonyms: o, directions: d)
    }
}
