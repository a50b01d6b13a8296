import Foundation
import Testing
@testable import TranscheckKit

/// TBX and CSV glossaries in and out: each fixture imports to the entries it holds,
/// the bundled lexicons survive a round trip, and hostile files are refused quickly.
@Suite("GlossaryExchange")
struct GlossaryExchangeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GlossaryFixtures")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    static func temporary(_ name: String, _ contents: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url
    }

    /// A rendering as one comparable line: "ar deprecated minor هدنة — a truce…".
    static func line(_ r: TermConcept.Rendering) -> String {
        [r.language.tag, r.status.rawValue, r.severity.map(\.description), r.form].compactMap { $0 }.joined(separator: " ")
            + (r.note.map { " — " + $0 } ?? "")
    }

    static func lines(_ concept: TermConcept) -> [String] { concept.renderings.map(line) }

    /// A name's forms by language, each "status text", so the order of languages does not matter.
    static func forms(_ entry: NameEntry) -> [String: [String]] {
        Dictionary(grouping: entry.forms, by: { $0.language.tag }).mapValues { $0.map { "\($0.status.rawValue) \($0.text)" } }
    }

    static func titles(_ entry: NameEntry) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: entry.titles.map { ($0.key.tag, $0.value) })
    }

    /// The error an import throws (how long it takes is for benchmarks, not tests).
    static func failure(_ url: URL) -> GlossaryExchangeError? {
        do throws(GlossaryExchangeError) { _ = try GlossaryImport.read(url) } catch { return error }
        return nil
    }

    // MARK: Fixtures

    @Test("TBX-Basic (ISO 30042:2019, prefixed elements): statuses, notes, definition, part of speech, a name")
    func tbxBasic() throws {
        let glossary = try GlossaryImport.read(Self.fixture("basic.tbx"))
        #expect(glossary.concepts.map(\.id) == ["c-ceasefire", "militants-42"])
        let ceasefire = glossary.concepts[0]
        #expect(ceasefire.gloss == "a halt in fighting agreed by the parties\u{2019} commanders")
        #expect(ceasefire.partOfSpeech == "noun")
        #expect(Self.lines(ceasefire) == [
            "en preferred ceasefire", "en admitted cease-fire",
            "ar preferred وقف إطلاق النار", "ar deprecated minor هدنة — a truce: a pause, often informal, not an agreed halt",
            "he preferred הפסקת אש",
            "ru preferred прекращение огня", "ru deprecated major перемирие — an armistice: a formal <end> of hostilities",
            "fr preferred cessez-le-feu", "fr deprecated major trêve — deprecated in basic.tbx",
        ])
        let militants = glossary.concepts[1]
        #expect(militants.partOfSpeech == "noun")
        #expect(militants.gloss == nil)
        #expect(Self.lines(militants) == [
            "en preferred militants", "en admitted fighters",
            "en deprecated critical terrorists — a label the agency does not use in its own voice",
            "ru preferred боевики", "ru admitted ополченцы",
        ])
        #expect(glossary.warnings.contains { $0.contains("basic.tbx:") && $0.contains("fr has only deprecated terms") })

        #expect(glossary.names.count == 1)
        let gallant = try #require(glossary.names.first)
        #expect(gallant.id == "yoav-gallant")
        #expect(gallant.kind == .person)
        #expect(gallant.role == "Israeli defence minister (2022-2024)")
        #expect(Self.forms(gallant) == [
            "en": ["canonical Yoav Gallant", "admitted Gallant", "misspelling Yoav Galant"],
            "ar": ["canonical يوآف غالانت"], "he": ["canonical יואב גלנט"],
        ])
        #expect(Self.titles(gallant) == ["en": ["Defence Minister"], "ar": ["وزير الدفاع"]])
        #expect(gallant.location.file.hasSuffix("basic.tbx"))
        #expect(gallant.forms.first?.location.line == 106)
    }

    @Test("TBX v2 (martif with an external DTD that is never read): tig, ntig/termGrp, langSet definitions")
    func tbxMartif() throws {
        let glossary = try GlossaryImport.read(Self.fixture("martif.tbx"))
        let talks = try #require(glossary.concepts.first)
        #expect(glossary.concepts.count == 1)
        #expect(talks.id == "te-talks")
        #expect(talks.gloss == "meetings held to negotiate an agreement")
        #expect(talks.partOfSpeech == "noun")
        #expect(Self.lines(talks) == [
            "en-US preferred talks", "en-US admitted negotiations",
            "en-US deprecated info peace talks — adds \"peace\" the source did not say",
            "de preferred Gespräche", "de admitted Verhandlungen",
        ])
        let gaza = try #require(glossary.names.first)
        #expect(gaza.id == "te-gaza")
        #expect(gaza.kind == .place)
        #expect(gaza.role == nil)
        #expect(Self.forms(gaza) == ["en": ["canonical Gaza Strip", "admitted Gaza"], "ar": ["canonical قطاع غزة"]])
    }

    @Test("TBX-Min (DCT style): <usage> values, a default severity and note for an unexplained deprecation")
    func tbxMin() throws {
        let glossary = try GlossaryImport.read(Self.fixture("min.tbx"), defaultSeverity: .minor)
        let hostage = try #require(glossary.concepts.first)
        #expect(hostage.id == "hostage")
        #expect(hostage.partOfSpeech == "noun")
        #expect(Self.lines(hostage) == [
            "en preferred hostage", "en admitted captive", "en deprecated major prisoner — implies a lawful detention",
            "es preferred rehén", "es deprecated minor cautivo — deprecated in min.tbx",
        ])
        #expect(glossary.names.isEmpty)
    }

    @Test("memoQ-style CSV: BOM, Entry_ID and Entry_Subject, <Language>_Def, quoted commas, quotes and line breaks")
    func memoQ() throws {
        let glossary = try GlossaryImport.read(Self.fixture("memoq.csv"))
        #expect(glossary.concepts.map(\.id) == ["critical-101", "according-to-as-reported-by"])
        let critical = glossary.concepts[0]
        #expect(critical.gloss == "of the greatest importance; \"critical\" says much depends on it")
        #expect(Self.lines(critical) == [
            "en preferred critical", "en admitted crucial", "fr preferred critique", "fr admitted crucial", "he preferred מכריע",
        ])
        let according = glossary.concepts[1]
        #expect(according.gloss == "a phrase of attribution,\nnaming the source")
        #expect(Self.lines(according) == ["en preferred according to, as reported by", "fr preferred selon", "he preferred לדברי"])
        #expect(according.location.line == 4)
        let blinken = try #require(glossary.names.first)
        #expect(blinken.id == "antony-blinken-102")
        #expect(blinken.kind == .person)
        #expect(blinken.role == "US secretary of state")
        #expect(Self.forms(blinken)["en"] == ["canonical Antony Blinken", "admitted Blinken"])
        #expect(glossary.warnings.contains { $0.contains("memoq.csv:1:") && $0.contains("\"Entry_Note\"") })
    }

    @Test("Crowdin-style CSV: Term [en], Status [en], Note [en], Part of Speech [en], deprecated:critical, blank lines")
    func crowdin() throws {
        let glossary = try GlossaryImport.read(Self.fixture("crowdin.csv"))
        #expect(glossary.concepts.map(\.id) == ["killed", "occupation", "declined-to-comment"])
        let killed = glossary.concepts[0]
        #expect(killed.partOfSpeech == "verb")
        #expect(killed.gloss == "died by violence, by the hand of another")
        #expect(Self.lines(killed) == [
            "en preferred killed", "en deprecated critical murdered — asserts an unlawful intent the source did not",
            "ar preferred قتل", "ar deprecated critical اغتيل — asserts a targeted killing",
            "ru preferred убит",
        ])
        #expect(glossary.concepts[1].gloss == "the military control of a territory")
        #expect(glossary.concepts[2].partOfSpeech == "phrase")
        #expect(glossary.concepts[2].location.line == 5)
    }

    @Test("A headerless TSV needs the caller's languages; `\\|` is a literal bar")
    func headerless() throws {
        let url = Self.fixture("headerless.tsv")
        #expect(throws: GlossaryExchangeError.self) { try GlossaryImport.read(url) }
        do {
            _ = try GlossaryImport.read(url)
        } catch {
            #expect(error.line == 1)
            #expect(error.description.hasSuffix("headerless.tsv:1: no header naming the languages (like \"en,fr\"); give the languages of the columns"))
        }
        let glossary = try GlossaryImport.read(url, languages: [LanguageTag(known: "en"), LanguageTag(known: "fr")])
        #expect(glossary.concepts.map(\.id) == ["ceasefire", "sanctions", "yes-no-vote", "treve"])
        #expect(Self.lines(glossary.concepts[0]) == ["en preferred ceasefire", "en admitted cease-fire", "fr preferred cessez-le-feu"])
        #expect(Self.lines(glossary.concepts[2]) == ["en preferred yes|no vote", "fr preferred vote oui|non"])
        #expect(Self.lines(glossary.concepts[3]) == ["fr preferred trêve"])
        #expect(glossary.concepts[1].location.line == 3)
    }

    @Test("CSV headers: language codes and names, CAT-tool column styles, entry fields")
    func headers() {
        let en = LanguageTag(known: "en")
        let expected: [(String, CSVColumn)] = [
            ("en", .term(en)), ("English", .term(en)), ("fr-FR", .term(LanguageTag(known: "fr-FR"))), ("en_GB", .term(LanguageTag(known: "en-GB"))),
            ("Term [en]", .term(en)), ("Term (en)", .term(en)), ("English_Def", .definition(en)), ("en_Def", .definition(en)),
            ("English_Info", .note(en)), ("en: Note", .note(en)), ("note_en", .note(en)), ("en_status", .status(en)),
            ("status_en", .status(en)), ("Status [en]", .status(en)), ("Part of Speech [en]", .partOfSpeech(en)),
            ("pos", .pos), ("id", .id), ("Entry_ID", .id), ("Term ID", .id), ("gloss", .gloss), ("definition", .gloss),
            ("description", .gloss), ("kind", .kind), ("role", .role), ("Remarks", .ignored), ("Type [en]", .ignored),
        ]
        for (header, column) in expected { #expect(CSVColumn(header: header) == column, "\(header)") }
    }

    @Test("A semicolon CSV: the delimiter is sniffed; status and note columns align with the forms")
    func statusColumns() throws {
        let url = try Self.temporary("said.csv", "en;fr;en_status;fr_status;fr_note\nsaid|claimed;a dit|a prétendu;preferred|deprecated:minor;"
            + "preferred|deprecated;|[major] casts doubt on the statement\n;;\n")
        let glossary = try GlossaryImport.read(url, defaultSeverity: .critical)
        #expect(glossary.concepts.map(\.id) == ["said"])
        #expect(glossary.concepts.first.map(Self.lines) == [
            "en preferred said", "en deprecated minor claimed — deprecated in said.csv",
            "fr preferred a dit", "fr deprecated major a prétendu — casts doubt on the statement",
        ])
    }

    // MARK: Round trips

    @Test("The bundled lexicons survive TBX export and import: ids, glosses, pos, renderings, names, roles, titles")
    func tbxRoundTrip() throws {
        let lexicons = try Lexicons.load(Lexicons.folders(adding: []))
        let url = try Self.temporary("lexicons.tbx", GlossaryExport.tbx(lexicons))
        let back = try GlossaryImport.read(url)
        try Self.expectSame(lexicons, back)
    }

    @Test("The bundled lexicons survive CSV and TSV export and import")
    func csvRoundTrip() throws {
        let lexicons = try Lexicons.load(Lexicons.folders(adding: []))
        try Self.expectSame(lexicons, GlossaryImport.read(Self.temporary("lexicons.csv", GlossaryExport.csv(lexicons))))
        try Self.expectSame(lexicons, GlossaryImport.read(Self.temporary("lexicons.tsv", GlossaryExport.csv(lexicons, delimiter: "\t"))))
    }

    static func expectSame(_ lexicons: Lexicons, _ back: ImportedGlossary) throws {
        #expect(back.warnings == [])
        #expect(back.concepts.map(\.id) == lexicons.terms.map(\.id))
        for (original, imported) in zip(lexicons.terms, back.concepts) {
            #expect(imported.gloss == original.gloss, "\(original.id)")
            #expect(imported.partOfSpeech == original.partOfSpeech, "\(original.id)")
            #expect(lines(imported) == lines(original), "\(original.id)")
        }
        #expect(back.names.map(\.id) == lexicons.names.map(\.id))
        for (original, imported) in zip(lexicons.names, back.names) {
            #expect(imported.kind == original.kind, "\(original.id)")
            #expect(imported.role == original.role, "\(original.id)")
            #expect(forms(imported) == forms(original), "\(original.id)")
            #expect(titles(imported) == titles(original), "\(original.id)")
        }
    }

    @Test("Names with titles, odd characters and several languages survive both formats")
    func namesAndEscaping() throws {
        let glossary = try GlossaryImport.read(Self.fixture("basic.tbx"))
        let at = LexiconLocation(file: "inline", line: 1, column: 1)
        let odd = TermConcept(id: "r-and-d", gloss: "research & development, \"R&D\" <abbr>\u{1}", partOfSpeech: "phrase", renderings: [
            .init(form: "R&D | <lab>", language: LanguageTag(known: "en"), status: .preferred, severity: nil, note: nil, location: at),
            .init(form: "\"R and D\", later", language: LanguageTag(known: "en"), status: .deprecated, severity: .info,
                  note: "a \"quote\", a comma | and a bar", location: at),
        ], location: at)
        let tbx = GlossaryExport.tbx(concepts: [odd] + glossary.concepts, names: glossary.names)
        #expect(tbx.contains("<term>R&amp;D | &lt;lab&gt;</term>"))
        #expect(!tbx.unicodeScalars.contains("\u{1}"))
        #expect(!GlossaryExport.csv(concepts: [odd], names: []).unicodeScalars.contains("\u{1}"))
        #expect(tbx.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        for (name, text) in [("odd.tbx", tbx), ("odd.csv", GlossaryExport.csv(concepts: [odd] + glossary.concepts, names: glossary.names))] {
            let back = try GlossaryImport.read(Self.temporary(name, text))
            #expect(back.concepts.map(\.id) == ["r-and-d", "c-ceasefire", "militants-42"], "\(name)")
            #expect(back.concepts.first?.gloss == "research & development, \"R&D\" <abbr>", "\(name)")
            #expect(back.concepts.first.map(Self.lines) == Self.lines(odd), "\(name)")
            #expect(back.concepts.first?.partOfSpeech == "phrase", "\(name)")
            #expect(back.names.map(Self.titles) == glossary.names.map(Self.titles), "\(name)")
            #expect(back.names.map(Self.forms) == glossary.names.map(Self.forms), "\(name)")
        }
    }

    @Test("Exporting an imported fixture, importing that and exporting again gives the same bytes")
    func deterministic() throws {
        for fixture in ["basic.tbx", "martif.tbx", "min.tbx", "memoq.csv", "crowdin.csv"] {
            let first = try GlossaryImport.read(Self.fixture(fixture))
            let tbx = GlossaryExport.tbx(concepts: first.concepts, names: first.names)
            let csv = GlossaryExport.csv(concepts: first.concepts, names: first.names)
            let viaTBX = try GlossaryImport.read(Self.temporary("again.tbx", tbx))
            let viaCSV = try GlossaryImport.read(Self.temporary("again.csv", csv))
            #expect(GlossaryExport.tbx(concepts: viaTBX.concepts, names: viaTBX.names) == tbx, "\(fixture)")
            #expect(GlossaryExport.csv(concepts: viaCSV.concepts, names: viaCSV.names) == csv, "\(fixture)")
            #expect(GlossaryExport.tbx(concepts: first.concepts, names: first.names) == tbx, "\(fixture)")
        }
    }

    @Test("CSV export: header, statuses with severities, aligned notes")
    func csvShape() throws {
        let glossary = try GlossaryImport.read(Self.fixture("basic.tbx"))
        let csv = GlossaryExport.csv(concepts: glossary.concepts, names: [])
        let rows = csv.split(separator: "\n").map(String.init)
        #expect(rows[0] == "id,gloss,pos,en,en_status,en_note,ar,ar_status,ar_note,he,he_status,he_note,ru,ru_status,ru_note,fr,fr_status,fr_note")
        #expect(rows[2] == "militants-42,,noun,militants|fighters|terrorists,preferred|admitted|deprecated:critical,||a label the agency does not use in its own voice,,,,,,,боевики|ополченцы,preferred|admitted,,,,")
    }

    // MARK: Hostile and broken files

    @Test("An external entity (file:///etc/passwd) is refused, never read")
    func externalEntity() throws {
        #expect(throws: GlossaryExchangeError.self) { try GlossaryImport.read(Self.fixture("xxe.tbx")) }
        do { _ = try GlossaryImport.read(Self.fixture("xxe.tbx")) } catch {
            #expect(error.line == 3)
            #expect(error.problem.contains("external entity \"xxe\" (SYSTEM \"file:///etc/passwd\") is refused"))
            #expect(!error.description.contains("root:"))
        }
    }

    @Test("Parameter entities are refused")
    func parameterEntity() {
        do { _ = try GlossaryImport.read(Self.fixture("parameter.tbx")); Issue.record("parameter.tbx was accepted") } catch {
            #expect(error.line == 3)
            #expect(error.problem == "parameter entities are refused")
        }
    }

    @Test("Billion laughs (10 levels of 10) is refused, by nesting and by size")
    func billionLaughs() throws {
        let failure = Self.failure(Self.fixture("laughs.tbx"))
        let error = try #require(failure)
        #expect(error.problem.contains("entity expansion exceeds") && error.problem.contains("(billion laughs?)"))
        // Shallow but wide: six levels of twenty stays within the nesting bound and hits the size bound.
        var doc = "<!DOCTYPE tbx [\n<!ENTITY w0 \"laugh\">\n"
        for level in 1...6 { doc += "<!ENTITY w\(level) \"" + String(repeating: "&w\(level - 1);", count: 20) + "\">\n" }
        doc += "]>\n<tbx><text><body><conceptEntry id=\"w\"><langSec xml:lang=\"en\"><termSec><term>&w6;</term></termSec></langSec></conceptEntry></body></text></tbx>\n"
        let wide = try Self.temporary("wide.tbx", doc)
        let wideFailure = Self.failure(wide)
        #expect(wideFailure?.problem == "entity expansion exceeds 1000000 characters (billion laughs?)")
        #expect(wideFailure?.line == 10)
    }

    @Test("Malformed XML names the line")
    func malformed() {
        do { _ = try GlossaryImport.read(Self.fixture("malformed.tbx")); Issue.record("malformed.tbx was accepted") } catch {
            #expect(error.line == 8)
            #expect(error.problem == "</termSec> does not close <term> (line 8)")
            #expect(error.description.hasSuffix("malformed.tbx:8: </termSec> does not close <term> (line 8)"))
        }
    }

    @Test("A 200 MB file is refused by its size before it is read")
    func oversized() throws {
        let url = try Self.temporary("huge.tbx", "")
        #expect(truncate(url.path, 200 << 20) == 0)
        let failure = Self.failure(url)
        #expect(failure?.problem == "is \(200 << 20) bytes, above the limit of \(64 << 20) bytes")
        let small = try Self.temporary("small.csv", "en,fr\npeace,paix\n")
        #expect(throws: GlossaryExchangeError.self) { try GlossaryImport.read(small, maxBytes: 8) }
        #expect(try GlossaryImport.read(small, maxBytes: 64).concepts.count == 1)
    }

    @Test("The XML reader: UTF-16 with BOM, internal entities, character references, CDATA, comments, prefixes")
    func xmlReader() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE r [<!ENTITY who \"the &amp; desk &#x263A;\"><!ELEMENT r ANY>]>\n"
            + "<x:r xmlns:x=\"urn:x\" xml:lang=\"ar\" x:kind='a&lt;b'><!-- c --><x:e>&who;<![CDATA[<raw>]]>&#65;</x:e><?pi x?><e/></x:r>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let root = try SafeXMLReader.parse(bytes, file: "utf16.xml")
        #expect(root.name == "r")
        #expect(root.attributes == ["xml:lang": "ar", "kind": "a<b"])
        #expect(root.children.map(\.name) == ["e", "e"])
        #expect(root.children[0].text == "the & desk \u{263A}<raw>A")
        #expect(root.children[0].line == 3)
        #expect(throws: GlossaryExchangeError.self) { try SafeXMLReader.parse(Array("<r>&undefined;</r>".utf8), file: "u.xml") }
        #expect(throws: GlossaryExchangeError.self) { try SafeXMLReader.parse(Array("<r a='1' a='2'/>".utf8), file: "u.xml") }
        #expect(throws: GlossaryExchangeError.self) { try SafeXMLReader.parse(Array("<r>".utf8), file: "u.xml") }
        #expect(throws: GlossaryExchangeError.self) {
            try SafeXMLReader.parse(Array("<!DOCTYPE r [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><r>&a;</r>".utf8), file: "loop.xml")
        }
    }
}
