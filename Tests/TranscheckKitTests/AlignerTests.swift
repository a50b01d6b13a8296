import Foundation
import Testing
@testable import TranscheckKit

/// The sentence aligner: gold on the seeds, unrelated stories, moved
/// paragraphs, translations in four scripts and long documents.
@Suite("Aligner")
struct AlignerTests {
    static let checker = PairChecker()

    static func vecalign(_ beads: [Bead]) -> [String] {
        beads.map { "[\($0.source.map(String.init).joined(separator: ", "))]:[\($0.target.map(String.init).joined(separator: ", "))]" }
    }

    static func gold(_ name: String) throws -> [String] {
        try String(contentsOfFile: Fixtures.corpus("align-gold/\(name)"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    static func align(_ source: String, _ target: String) throws -> [Bead] {
        let s = checker.analyze(try TextFile.load(path: source), language: nil)
        let t = checker.analyze(try TextFile.load(path: target), language: nil)
        return checker.aligner.align(s, t)
    }

    @Test("Seed pairs match the hand-checked gold exactly (MEMO republication, Arabic outlet re-translation)")
    func seedGold() throws {
        let memo = Self.vecalign(try Self.align(Fixtures.reuters, Fixtures.memo)), memoGold = try Self.gold("reuters-memo.vecalign")
        #expect(memo == memoGold)
        let outlet = Self.vecalign(try Self.align(Fixtures.reuters, Fixtures.arabicOutlet)), outletGold = try Self.gold("reuters-arabic-outlet.vecalign")
        #expect(outlet == outletGold)
    }

    @Test("Another story is one document.unrelated finding scoring below 50, in the same language and across languages")
    func unrelated() throws {
        for (source, target) in [(Fixtures.reuters, Fixtures.ap), (Fixtures.reuters, Fixtures.corpus("seeds/politico-report-retranslated-2024-03.en.txt")),
                                 (Fixtures.ap, Fixtures.corpus("translations/reuters.fr.faithful.txt")),
                                 (Fixtures.ap, Fixtures.corpus("translations/reuters.ar.faithful.txt"))] {
            let report = try Self.checker.check(sourcePath: source, targetPath: target)
            #expect(report.findings.map(\.check) == ["document.unrelated"], "\(target)")
            #expect(report.card.score < 50)
        }
    }

    @Test("Faithful translations in four scripts align sentence for sentence; only the site lines they leave out are unaligned")
    func translations() throws {
        // Source sentences 4, 23, 24: "Reuters | Updated…", "(This story has not been edited…)", "Give Feedback".
        for language in ["fr", "ar", "ru", "he"] {
            let beads = try Self.align(Fixtures.reuters, Fixtures.corpus("translations/reuters.\(language).faithful.txt"))
            let omitted = Set(beads.filter(\.isOmission).flatMap(\.source))
            #expect(omitted.isSubset(of: [4, 23, 24]), "\(language): omitted \(omitted.sorted())")
            #expect(beads.filter(\.isAddition).isEmpty, "\(language): \(Self.vecalign(beads.filter(\.isAddition)))")
            let report = try Self.checker.check(sourcePath: Fixtures.reuters, targetPath: Fixtures.corpus("translations/reuters.\(language).faithful.txt"))
            #expect(!report.findings.contains { $0.check == "document.unrelated" })
        }
    }

    @Test("A sentence added at the end of a paragraph stays there: it is not joined to the next paragraph's first sentence (ru, ar)")
    func additionAtParagraphEnd() throws {
        let original = "The governor said the aid was welcome but would not be enough. He said: \"The roads are very bad. We must reach them this week.\"\n\n"
            + "According to the provincial administration, about 8,900 herder households in Uvs have lost at least half of their animals, and 312 families have lost their entire herds."
        for (translation, language) in [
            ("Губернатор заявил, что помощь приходится кстати, но ее будет недостаточно. Он сказал: «Дороги очень плохие. Мы должны добраться до них на этой неделе». Он также попросил правительство направить в аймак вертолеты.\n\n"
             + "По данным администрации аймака, около 8900 хозяйств скотоводов в Увсе потеряли как минимум половину своих животных, а 312 семей лишились стад полностью.", "ru"),
            ("وقال المحافظ إن المساعدات مرحب بها لكنها لن تكون كافية. وأضاف: «الطرق سيئة للغاية. يجب أن نصل إليهم هذا الأسبوع». كما طلب من الحكومة إرسال مروحيات إلى الإقليم.\n\n"
             + "ووفقا لإدارة الإقليم، فقدت نحو 8900 أسرة من الرعاة في أوفس نصف حيواناتها على الأقل، وفقدت 312 عائلة قطعانها بالكامل.", "ar")] {
            let report = Self.checker.check(source: TextFile(path: "a.txt", text: original), target: TextFile(path: "b.txt", text: translation),
                                            sourceLanguage: Fixtures.tag("en"), targetLanguage: Fixtures.tag(language))
            let target = report.comparison!.target.document
            let opening = try #require(target.sentences.firstIndex { $0.paragraph == target.sentences.last!.paragraph })
            let bead = try #require(report.alignment.first { $0.target.contains(opening) })
            #expect(bead.target == [opening] && bead.source.count == 1, "\(language): \(bead)")
        }
    }

    @Test("A short sentence left out next to a long one of its paragraph is an omission, not joined to the long one's pair (ru, fr)")
    func omissionBesideLongSentence() throws {
        let original = "Tomas Jankauskas, a chemist at Vilnius University, said the concentrations reported so far were very unlikely to cause lasting harm beyond the immediate area. "
            + "Ammonia is lighter than air and dissolves easily in water. \"The real question is how much of it reached the river,\" he said."
        for (translation, language) in [
            ("Химик Вильнюсского университета Томас Янкаускас сказал, что зафиксированные концентрации с очень малой вероятностью причинят долгосрочный вред за пределами прилегающей территории. "
             + "«Главный вопрос в том, сколько его попало в реку», — сказал он.", "ru"),
            ("Tomas Jankauskas, chimiste à l'université de Vilnius, a déclaré que les concentrations relevées jusqu'ici avaient très peu de chances de causer des dommages durables au-delà de la zone immédiate. "
             + "« La vraie question est de savoir quelle quantité a atteint la rivière », a-t-il dit.", "fr")] {
            let report = Self.checker.check(source: TextFile(path: "a.txt", text: original), target: TextFile(path: "b.txt", text: translation),
                                            sourceLanguage: Fixtures.tag("en"), targetLanguage: Fixtures.tag(language))
            #expect(report.findings.contains { $0.check == "omission.sentence" && $0.source?.text.hasPrefix("Ammonia") == true },
                    "\(language): \(report.alignment)")
        }
    }

    @Test("A paragraph moved, one added and one removed: the moved one is paired where it went, the others reported")
    func movedParagraph() throws {
        let paragraphs = try String(contentsOfFile: Fixtures.reuters, encoding: .utf8).split(separator: "\n").map(String.init).filter { $0.count > 150 }
        let (a, b, c, d, e, f, g) = (paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3], paragraphs[4], paragraphs[5], paragraphs[6])
        let x = "However, since then, it has been revealed by Haaretz that helicopters and tanks of the Israeli army had, in fact, killed many of the 1,139 soldiers and civilians claimed by Israel."
        let original = [a, b, c, d, e, f, g].joined(separator: "\n\n"), revised = [a, c, d, b, e, x, g].joined(separator: "\n\n")
        let report = Self.checker.check(source: TextFile(path: "a.txt", text: original), target: TextFile(path: "b.txt", text: revised),
                                        sourceLanguage: Fixtures.tag("en"), targetLanguage: Fixtures.tag("en"))
        let doc = report.comparison!.source.document, tdoc = report.comparison!.target.document
        func text(_ bead: Bead) -> (String, String) {
            (bead.source.map { doc.sentences[$0].text }.joined(separator: " "), bead.target.map { tdoc.sentences[$0].text }.joined(separator: " "))
        }
        // Every sentence of B is paired with itself, marked moved.
        let moved = report.alignment.filter(\.moved)
        #expect(!moved.isEmpty)
        for bead in moved { let (s, t) = text(bead); #expect(s == t) }
        #expect(moved.map { text($0).0 }.joined(separator: " ") == b)
        // F is omitted, X added, nothing else.
        #expect(report.findings.filter { $0.check == "omission.sentence" }.map { $0.source!.sentenceText }.joined(separator: " ") == f)
        #expect(report.findings.filter { $0.check == "addition.sentence" }.map { $0.target!.sentenceText } == [x])
        #expect(report.findings.allSatisfy { $0.family == "omission" || $0.family == "addition" })
    }

    @Test("Alignment keys are numbered once per process; once the table is full, new keys are numbered per pair and still meet")
    func evidenceKeyNumbering() {
        let keys = EvidenceKeys(capacity: 2)
        let a = keys.number("=gaza"), b = keys.number("~blnkn")
        #expect(a == EvidenceKeys.base && b == EvidenceKeys.base + 1)
        #expect(keys.number("C12") == nil)  // full: numbered by the pair
        #expect(keys.number("=gaza") == a)  // known keys keep their number
        // A pair's keys (dictionary ids, process-wide and per-pair numbers) are renumbered 0, 1, 2…
        // in order of appearance, the same key always to the same number, afresh for each pair.
        let numbering = DenseKeyNumbering()
        numbering.reset()
        var first: [Int32] = [EvidenceKeys.base + 1, 7, EvidenceKeys.localBase, 7, EvidenceKeys.base + 1]
        numbering.renumber(&first)
        #expect(first == [0, 1, 2, 1, 0] && numbering.count == 3)
        numbering.reset()
        var second: [Int32] = [7, EvidenceKeys.base + 5_000]
        numbering.renumber(&second)
        #expect(second == [0, 1] && numbering.count == 2)
    }

    @Test("A long pair is searched in a band and still aligns one for one")
    func longDocument() {
        // 1,600 distinct sentences, each with its own number: far beyond the full-matrix limit.
        let words = ["talks", "Gaza", "plan", "ceasefire", "aid", "officials", "Washington", "Israel", "border", "hostages"]
        var source: [String] = [], target: [String] = []
        for i in 0..<1600 {
            let w = (0..<6).map { words[(i * 7 + $0 * 3) % words.count] }.joined(separator: " ")
            source.append("Item \(i + 1000) concerns \(w).")
            target.append("Point \(i + 1000) : \(w).")
        }
        target.remove(at: 700)
        let s = Self.checker.analyze(TextFile(path: "s.txt", text: source.joined(separator: "\n")), language: Fixtures.tag("en"), segmented: true)
        let t = Self.checker.analyze(TextFile(path: "t.txt", text: target.joined(separator: "\n")), language: Fixtures.tag("en"), segmented: true)
        let beads = Self.checker.aligner.align(s, t)
        #expect(beads.filter(\.isOmission).flatMap(\.source) == [700])
        #expect(beads.filter { !$0.isOmission }.allSatisfy { $0.source.count == 1 && $0.target.count == 1 && ($0.source[0] < 700 ? $0.target[0] == $0.source[0] : $0.target[0] == $0.source[0] - 1) })
    }
}
