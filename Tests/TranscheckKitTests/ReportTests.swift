import Foundation
import Testing
@testable import TranscheckKit

@Suite("Reports and score")
struct ReportTests {
    @Test("JSON report follows schema version 1, keys in contract order")
    func jsonSchema() throws {
        let report = Fixtures.check("The attack killed 1,200 people on Tuesday.", "en", "L'attaque a tué 1 400 personnes mardi.", "fr")
        let text = JSONReporter().generateReport(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "transcheck")
        #expect((object["source"] as? [String: Any])?["language"] as? String == "en")
        #expect((object["target"] as? [String: Any])?["language"] as? String == "fr")
        #expect(["pass", "fail"].contains(object["verdict"] as? String ?? ""))
        let findings = try #require(object["findings"] as? [[String: Any]])
        let mismatch = try #require(findings.first { $0["check"] as? String == "number.mismatch" })
        #expect(mismatch["severity"] as? String == "major")
        #expect(mismatch["expected"] as? String == "1,200")
        #expect(mismatch["found"] as? String == "1 400")
        let target = try #require(mismatch["target"] as? [String: Any])
        #expect(target["text"] as? String == "1 400")
        #expect(target["line"] as? Int == 1)
        #expect(target["column"] as? Int == 17)
        let order = ["\"schemaVersion\"", "\"tool\"", "\"source\"", "\"target\"", "\"score\"", "\"penalty\"", "\"words\"", "\"verdict\"", "\"alignment\"", "\"findings\""]
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(2).prefix { $0 != ":" }) }
        #expect(topLevel == order)
    }

    @Test("An omission has a null target, an addition a null source")
    func nullSides() throws {
        let report = Fixtures.check("Gallant met Blinken on Monday. The war started when Hamas attacked Israel, according to Israeli tallies. Miller said 12 officials attended.", "en",
                                    "Gallant met Blinken on Monday. Miller said 12 officials attended.", "en")
        let omission = try #require(report.findings.first { $0.check == "omission.sentence" })
        #expect(omission.target == nil && omission.source != nil)
        let json = JSONReporter().generateReport(report)
        #expect(json.contains("\"target\": null"))
    }

    @Test("MQM score: penalty over words, one decimal; verdict by severity and threshold")
    func score() {
        var scorer = Scorer()
        let finding = { (s: Severity) in Finding(check: "number.added", severity: s, message: "", source: nil, target: nil, bead: 0) }
        #expect(scorer.score([], words: 425) == ScoreCard(score: 100, penalty: 0, words: 425, passed: true))
        let minor = scorer.score([finding(.minor), finding(.minor)], words: 425)
        #expect(minor.score == 99.5 && minor.passed)
        let major = scorer.score([finding(.major)], words: 425)
        #expect(major.score == 98.8 && !major.passed)
        #expect(scorer.score([finding(.critical)], words: 10).score == 0)
        scorer.failingSeverity = .critical
        #expect(scorer.score([finding(.major)], words: 425).passed)
        scorer.minimumScore = 99
        #expect(!scorer.score([finding(.major)], words: 425).passed)
    }

    @Test("Findings are ordered most serious first, then by position")
    func order() throws {
        let report = try PairChecker().check(sourcePath: Fixtures.reuters, targetPath: Fixtures.arabicOutlet)
        let severities = report.findings.map(\.severity.rawValue)
        #expect(severities == severities.sorted(by: >))
    }

    @Test("Text report: verdict, languages, findings side by side, no colour unless asked")
    func text() throws {
        let report = Fixtures.check("The attack killed 1,200 people.", "en", "قتل الهجوم ١٬٤٠٠ شخص.", "ar")
        let plain = TextReporter(color: false, width: 100).generateReport(report)
        #expect(plain.contains("FAIL"))
        #expect(plain.contains("number.mismatch"))
        #expect(plain.contains("│"))
        #expect(plain.contains("⟦1,200⟧"))
        #expect(!plain.contains("\u{1B}["))
        let coloured = TextReporter(color: true, width: 100).generateReport(report)
        #expect(coloured.contains("\u{1B}["))
    }

    @Test("A dropped attribution is reported once: not again as a term with no rendering (ru, ar)")
    func restatedMissingTerm() {
        for (target, language) in [("Шесть вагонов сошли с рельсов.", "ru"), ("خرجت ست عربات عن القضبان.", "ar")] {
            let report = Fixtures.check("Six carriages left the tracks, according to the regional fire service.", "en", target, language)
            #expect(report.findings.contains { $0.check == "attribution.dropped" && $0.source?.text == "according to the regional fire service" }, "\(language)")
            #expect(!report.findings.contains { $0.check == "term.missing" }, "\(language): \(report.findings.map(\.message))")
        }
    }

    @Test("A dropped 'according to X' names all of X, an abbreviation's full stop included (fr, ar)")
    func droppedSourceWithAbbreviation() {
        for (target, language) in [("Au moins 41 personnes ont péri.", "fr"), ("لقي 41 شخصاً على الأقل حتفهم.", "ar")] {
            let report = Fixtures.check("At least 41 people died, according to the U.N. refugee agency.", "en", target, language)
            #expect(report.findings.contains { $0.check == "attribution.dropped" && $0.source?.text == "according to the U.N. refugee agency" },
                    "\(language): \(report.findings.map { $0.source?.text ?? "" })")
        }
    }

    @Test("A negation made its opposite is one flip, not two (ar)")
    func negationOppositeOnce() {
        let report = Fixtures.check("The ban had never been properly enforced.", "en", "ولكن الحظر طُبِّق دائماً بشكل صحيح.", "ar")
        #expect(report.findings.filter { $0.check == "polarity.flip" }.count == 1, "\(report.findings.map(\.message))")
    }

    @Test("A name misspelt where it first appears is the variant, not the right spelling after it (ar)")
    func misspeltFirst() {
        let report = Fixtures.check("Civil defense spokesman Brigadier Haider al-Tai told reporters at the scene. \"The water was very high,\" al-Tai said.", "en",
                                    "وقال المتحدث باسم الدفاع المدني العميد حيدر الطاني للصحفيين في موقع الحادث. وقال الطائي: «كان منسوب المياه مرتفعاً جداً».", "ar")
        let variants = report.findings.filter { $0.check == "name.variant" }
        #expect(variants.map(\.found) == ["الطاني"], "\(variants.map(\.message))")
    }

    @Test("An adverb with no rendering is noted, not counted: translations move it into the verb (fr, ru)")
    func rewordedAdverb() {
        for (target, language) in [("Le planteur qui cultive le cacao reste pauvre, a indiqué le syndicat.", "fr"),
                                   ("Фермер, который выращивает какао, остается бедным, заявил профсоюз.", "ru")] {
            let report = Fixtures.check("The farmer who grows the cocoa is still poor, the union said.", "en", target, language)
            let missing = report.findings.filter { $0.check == "term.missing" }
            #expect(!missing.isEmpty && missing.allSatisfy { $0.severity == .info }, "\(language): \(report.findings.map(\.message))")
        }
        // A noun with no rendering still counts.
        let noun = Fixtures.check("Miller spoke at a press briefing in Washington.", "en", "Miller s'est exprimé lors d'un dîner de presse à Washington.", "fr")
        #expect(noun.findings.contains { $0.check == "term.missing" && $0.severity == .minor }, "\(noun.findings.map(\.message))")
    }

    @Test("A page's listen button and reading time, each on a line of its own, are page furniture (en, fr, ru, ar)")
    func readingTimeLines() {
        let story = "The hospital network was hit by a ransomware attack on Monday, officials said."
        for (target, language) in [("Listen to this article\n4 min\n\n" + story, "en"),
                                   ("Écouter cet article\n3 min de lecture\n\nLe réseau hospitalier a été visé lundi par une attaque au rançongiciel, selon les autorités.", "fr"),
                                   ("Прослушать статью\n4 мин\n\nВ понедельник больничная сеть подверглась атаке программы-вымогателя, сообщили власти.", "ru"),
                                   ("استمع إلى المقال\n4 دقائق\n\nتعرضت شبكة المستشفيات لهجوم ببرنامج فدية يوم الاثنين، بحسب المسؤولين.", "ar")] {
            let report = Fixtures.check(story, "en", target, language)
            let added = report.findings.filter { $0.check == "addition.sentence" }
            #expect(added.count == 2 && added.allSatisfy { $0.severity == .info }, "\(language): \(added.map(\.message))")
        }
        // A timestamp line and a prompt to comment.
        let stamped = Fixtures.check(story, "en", "Mon 24 Jun 2024 10:53 pm - Jerusalem Time\n\n" + story + "\n\nShare your opinion", "en")
        #expect(stamped.findings.filter { $0.check == "addition.sentence" }.map(\.severity) == [.info, .info], "\(stamped.findings.map(\.message))")
        // A newsletter sign-up and a list of topics at the foot of a page (en, fr, ru).
        for (target, language) in [(story + "\n\nSign up to our Morning Briefing newsletter for the day's top stories\n\nTopics: Health · Cybercrime · Hospitals", "en"),
                                   ("Le réseau hospitalier a été visé lundi par une attaque au rançongiciel, selon les autorités.\n\nInscrivez-vous à notre newsletter du matin pour recevoir l'essentiel de l'actualité\n\nSujets : Santé · Cybercriminalité", "fr"),
                                   ("В понедельник больничная сеть подверглась атаке программы-вымогателя, сообщили власти.\n\nТемы: Здравоохранение · Киберпреступность", "ru")] {
            let added = Fixtures.check(story, "en", target, language).findings.filter { $0.check == "addition.sentence" }
            #expect(!added.isEmpty && added.allSatisfy { $0.severity == .info }, "\(language): \(added.map(\.message))")
        }
        // A breadcrumb trail, a standfirst above the story, a photo caption cut into sentences and a follow line.
        let page = "Home / World / South Asia\n\nHospital network hit by ransomware\n\nOperations were postponed across the region while engineers restored systems\n\n"
            + "Photo: Staff outside the main hospital on Monday. /AFP\n\n" + story + "\n\nFollow us on Facebook, X, Instagram and WhatsApp for the latest news."
        let furnished = Fixtures.check("Hospital network hit by ransomware\n\n" + story, "en", page, "en").findings.filter { $0.check == "addition.sentence" }
        #expect(furnished.count >= 5 && furnished.allSatisfy { $0.severity == .info }, "\(furnished.map(\.message))")
        // The corrections link and the copyright line at the foot of a page (en, fr, ru, ar).
        for (target, language) in [(story + "\n\nReport a typo or error", "en"), (story + "\n\nExplore more on these topics\n\nReuse this content", "en"), (story + "\n\nCopyright 2027 The Associated Press. All rights reserved.", "en"),
                                   ("Le réseau hospitalier a été visé lundi par une attaque au rançongiciel, selon les autorités.\n\nSignaler une erreur", "fr"),
                                   ("В понедельник больничная сеть подверглась атаке программы-вымогателя, сообщили власти.\n\nСообщить об ошибке", "ru"),
                                   ("تعرضت شبكة المستشفيات لهجوم ببرنامج فدية يوم الاثنين، بحسب المسؤولين.\n\nالإبلاغ عن خطأ", "ar")] {
            let added = Fixtures.check(story, "en", target, language).findings.filter { $0.check == "addition.sentence" }
            #expect(!added.isEmpty && added.allSatisfy { $0.severity == .info }, "\(language): \(added.map(\.message))")
        }
        // A byline and a publication line over the story (en, fr, ru, ar); a story sentence opening with "By" is content.
        for (target, language) in [("By Amina Yusuf and Tunde Ajayi\nPublished 5 October 2027\n\n" + story + "\n\nFollow News24 on X for the latest updates.\nShare", "en"),
                                   ("Par Karim Benali\nPublié le 5 octobre 2027 à 14 h 10\n\nLe réseau hospitalier a été visé lundi par une attaque au rançongiciel, selon les autorités.", "fr"),
                                   ("The Hindu Bureau\n\n" + story, "en"),
                                   (story + "\n\nFor more news about hospitals, visit Inquirer.net/nation.", "en"),
                                   (story + "\n\nHeader image: Nurses walk past the hospital in Leeds. — Reuters", "en"),
                                   (story + "\n\nSign up for push alerts and have the best news, analysis and comment delivered directly to your phone", "en"),
                                   (story + "\n\nGet our breaking news alerts", "en"),
                                   (story + "\n\nGet the latest news from the city and across the country, along with weather updates and traffic alerts, on our app.", "en"),
                                   (story + "\n\nDo you have a news tip? Share it with our newsroom and help us hold the powerful to account.", "en"),
                                   ("Опубликовано 5 октября 2027, 14:10\n\nВ понедельник больничная сеть подверглась атаке программы-вымогателя, сообщили власти.", "ru"),
                                   ("نشر في 5 أكتوبر 2027\n\nتعرضت شبكة المستشفيات لهجوم ببرنامج فدية يوم الاثنين، بحسب المسؤولين.", "ar")] {
            let added = Fixtures.check(story, "en", target, language).findings.filter { $0.check == "addition.sentence" }
            #expect(!added.isEmpty && added.allSatisfy { $0.severity == .info }, "\(language): \(added.map(\.message))")
        }
        #expect(Fixtures.check(story, "en", story + "\n\nBy Monday evening, 40 operations had been cancelled.", "en").findings
            .contains { $0.check == "addition.sentence" && $0.severity != .info })
        // A number alone on a line (a page number of a scanned book) is no reading time.
        let report = Fixtures.check(story, "en", story + "\n141", "en")
        #expect(report.findings.contains { $0.check == "addition.sentence" && $0.severity != .info })
    }
}
