import Foundation
import Testing
@testable import TranscheckKit

/// Dictionaries loaded once for the whole suite, as the checker loads them
/// (through the user's cache: only the first run compiles them).
enum LoadedDictionaries {
    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-dict-tests-\(UUID().uuidString)")
    static func load(_ source: String, _ target: String) -> BilingualDictionary? {
        BilingualDictionary.load(source: source, target: target)
    }
    static let enFr = load("en", "fr")
    static let frEn = load("fr", "en")
    static let deFr = load("de", "fr")
    static let enAr = load("en", "ar")
    static let arEn = load("ar", "en")
}

@Suite("Dictionary")
struct DictionaryTests {
    let fr = Stemmer.forLanguage("fr"), en = Stemmer.forLanguage("en"), ar = Stemmer.forLanguage("ar")

    @Test("English → French: war → guerre, through eng-fra and fra-eng")
    func englishFrench() throws {
        let dictionary = try #require(LoadedDictionaries.enFr)
        #expect(dictionary.files.count == 2)
        #expect(dictionary.translations(ofStem: en.stem("war")).contains(fr.stem("guerre")))
        #expect(dictionary.translations(ofWord: "wars").contains("guerr"))
        #expect(dictionary.translations(ofWord: "house").contains(fr.stem("maison")))
        #expect(dictionary.translations(ofStem: "zzzqx").isEmpty)
    }

    @Test("French → English reads the same dictionaries the other way")
    func frenchEnglish() throws {
        let dictionary = try #require(LoadedDictionaries.frEn)
        #expect(dictionary.translations(ofWord: "guerres").contains(en.stem("war")))
        #expect(dictionary.translations(ofWord: "décisif").contains(en.stem("decisive")))
    }

    @Test("German → French (the Text+Berg pair): Berg → montagne")
    func germanFrench() throws {
        let dictionary = try #require(LoadedDictionaries.deFr)
        let berg = dictionary.translations(ofWord: "Berg")
        #expect(berg.contains(fr.stem("montagne")))
        #expect(dictionary.translations(ofWord: "Krieg").contains(fr.stem("guerre")))
        // WikDict's German definition lines are not translations.
        #expect(!berg.contains(fr.stem("Erhebung")))
        #expect(!berg.contains("groß"))
    }

    @Test("English ↔ Arabic: war ↔ الحرب")
    func arabic() throws {
        let enAr = try #require(LoadedDictionaries.enAr)
        #expect(enAr.translations(ofWord: "War").contains(ar.stem("الحرب")))
        #expect(enAr.translations(ofWord: "mountain").contains(ar.stem("الجبل")))
        let arEn = try #require(LoadedDictionaries.arEn)
        #expect(arEn.translations(ofWord: "الحرب").contains(en.stem("war")))
        #expect(arEn.translations(ofWord: "حرب").contains(en.stem("war")))
    }

    @Test("A pair without an installed dictionary gives nil")
    func missingPair() {
        #expect(BilingualDictionary.load(source: "he", target: "ru") == nil)
        #expect(!BilingualDictionary.isAvailable(source: "he", target: "ru"))
        #expect(BilingualDictionary.isAvailable(source: "en-US", target: "fr-CA"))
        #expect(DictionaryFiles.locate(source: "en", target: "en").isEmpty)
    }

    @Test("Ids and stems agree; fan-out is capped")
    func idsAndCap() throws {
        let dictionary = try #require(LoadedDictionaries.deFr)
        let source = try #require(dictionary.sourceID(ofStem: Stemmer.forLanguage("de").stem("Krieg")))
        let ids = dictionary.targetIDs(ofSourceID: source)
        #expect(Set(ids.map(dictionary.targetStem)) == dictionary.translations(ofWord: "Krieg"))
        #expect(ids.contains(try #require(dictionary.targetID(ofStem: "guerr"))))
        for s in 0..<Int32(dictionary.sourceStemCount) {
            #expect(dictionary.targetIDs(ofSourceID: s).count <= DictionaryBuilder.fanOut)
        }
        #expect(dictionary.sourceStem(source) == "krieg")
    }

    @Test("The compiled cache gives the same lookups as a cold build")
    func cacheRoundTrip() throws {
        let directory = LoadedDictionaries.cache
        defer { try? FileManager.default.removeItem(at: directory) }
        let cold = BilingualDictionary.load(source: "en", target: "fr", cacheDirectory: directory)
        #expect(!cold.fromCache)
        let warm = BilingualDictionary.load(source: "en", target: "fr", cacheDirectory: directory)
        #expect(warm.fromCache)
        let a = try #require(cold.dictionary), b = try #require(warm.dictionary)
        #expect(a.compiled == b.compiled)
        #expect(b.translations(ofWord: "war") == a.translations(ofWord: "war"))
        #expect(b.stemPairs.count == a.pairCount)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.count == 1 && files[0].hasPrefix("dictionary-en-fr-") && files[0].hasSuffix(".bin"))
        // A damaged file is ignored (and replaced).
        let url = directory.appendingPathComponent(files[0])
        var bytes = try Data(contentsOf: url)
        bytes.removeLast(8)
        try bytes.write(to: url)
        #expect(DictionaryCache.read(url, key: "anything") == nil)
        let rebuilt = BilingualDictionary.load(source: "en", target: "fr", cacheDirectory: directory)
        #expect(!rebuilt.fromCache)
        #expect(rebuilt.dictionary?.compiled == a.compiled)
    }

    @Test("dictd base64 numbers and entry layouts")
    func dictdFormat() {
        #expect(DictdReader.base64Number(Array("B".utf8)) == 1)
        #expect(DictdReader.base64Number(Array("BA".utf8)) == 64)
        #expect(DictdReader.base64Number(Array("c/".utf8)) == 28 * 64 + 63)
        #expect(DictdReader.base64Number(Array("a-".utf8)) == nil)
        // WikDict (deu-fra): numbered senses, each followed by a German definition.
        let wikdict = DictdReader.parse("Berg /bɛʁk/ <n, masc>\n1. montagne, amoncellement, mont\ngroße, steile Erhebung\n2. mine\nfeste Erdkruste; „im Berg“\n")
        #expect(wikdict == DictdEntry(headwords: ["Berg"], translations: ["montagne", "amoncellement", "mont", "mine"]))
        let dangling = DictdReader.parse("gehen /ɡeːn/ /ˈɡeːən/ <v>\n1. aller, marcher 2.\nsich fortbewegen\n 3.\nfunktionieren\n2. partir, aller\n")
        #expect(dangling?.translations == ["aller", "marcher", "partir", "aller"])
        // Ding (deu-eng): one sense line; examples, notes and cross-references skipped.
        let ding = DictdReader.parse("Krieg /kɾˈiːk/ <masc, n, sg>\n [mil.] war <n>\n         Note: on/against sb.\n      \"U-Boot-Krieg\"  - submarine war\n see: {Kriege}\n\n")
        #expect(ding == DictdEntry(headwords: ["Krieg"], translations: ["war"]))
        #expect(DictdReader.parse("crucial /x/\ncrucial/critical <adj>\n")?.translations == ["crucial", "critical"])
        // Ergane and the Arabic dictionaries: unnumbered or numbered lines, explanations after " - ".
        #expect(DictdReader.parse("Accad /ɐkˈad/\nأكاد - منطقة بلاد الرّافدين القديمة\n")?.translations == ["أكاد"])
        #expect(DictdReader.parse("abri /abʀi/ <n, masc>\n1. asylum\n2. bunker, shelter\n")?.translations == ["asylum", "bunker", "shelter"])
    }

    @Test("Phrases pair their content words only when one side is a single word")
    func phrases() throws {
        var builder = DictionaryBuilder(source: "de", target: "fr")
        builder.add([DictdEntry(headwords: ["Abwrackprämie"], translations: ["prime à la casse"]),
                      DictdEntry(headwords: ["Geldschein"], translations: ["billet de banque"]),
                      DictdEntry(headwords: ["Bank note"], translations: ["billet de banque"])], reversed: false)
        let compiled = builder.compile()
        let dictionary = BilingualDictionary(source: "de", target: "fr", files: [], compiled: compiled)
        #expect(dictionary.translations(ofWord: "Abwrackprämie") == ["prim", "cass"])
        #expect(dictionary.translations(ofWord: "Geldschein") == ["billet", "banqu"])
        #expect(dictionary.translations(ofWord: "Bank").isEmpty)  // two words against two
    }

    @Test("Cold and warm load times for every installed pair", .enabled(if: ProcessInfo.processInfo.environment["TRANSCHECK_DICT_BENCH"] != nil))
    func benchmark() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("transcheck-dict-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        // TRANSCHECK_DICT_BENCH=1 runs every pair, =de-fr,en-ar only those.
        let only = (ProcessInfo.processInfo.environment["TRANSCHECK_DICT_BENCH"] ?? "").split(separator: ",").map(String.init)
        for (s, t) in [("en", "fr"), ("fr", "en"), ("de", "fr"), ("fr", "de"), ("en", "ar"), ("ar", "en"), ("en", "ru"),
                       ("ru", "en"), ("en", "es"), ("es", "en"), ("en", "de"), ("de", "en")]
        where only.contains("\(s)-\(t)") || !only.contains(where: { $0.contains("-") }) {
            func timed(_ body: () -> (dictionary: BilingualDictionary?, fromCache: Bool)) -> (BilingualDictionary?, Bool, Double) {
                let start = DispatchTime.now().uptimeNanoseconds
                let result = body()
                return (result.dictionary, result.fromCache, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            let (cold, _, coldMs) = timed { BilingualDictionary.load(source: s, target: t, cacheDirectory: directory) }
            let (_, hit, warmMs) = timed { BilingualDictionary.load(source: s, target: t, cacheDirectory: directory) }
            guard let cold else { continue }
            print("\(s)→\(t) cold \(String(format: "%.0f", coldMs)) ms, warm \(String(format: "%.1f", warmMs)) ms (cache hit: \(hit)), "
                + "source stems \(cold.sourceStemCount), target stems \(cold.targetStemCount), pairs \(cold.pairCount)")
        }
    }
}
