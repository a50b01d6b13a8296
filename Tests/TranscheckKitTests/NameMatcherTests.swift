import Testing
@testable import TranscheckKit

@Suite("NameMatcher")
struct NameMatcherTests {
    let matcher = NameMatcher.shared

    @Test("The learned tables are bundled and loaded")
    func tablesLoaded() {
        let tables = NameTables.shared
        for alphabet in [NameAlphabet.hebrew, .arabic, .cyrillic] {
            #expect(tables.editModel(alphabet) != nil, "edit model for \(alphabet)")
            #expect(tables.parameters["\(alphabet.rawValue).a"] != nil, "calibration for \(alphabet)")
        }
        #expect(tables.chance(.latin) != nil)
    }

    @Test("A standard rendering in another script is the same name", arguments: [
        ("Gallant", "غالانت"), ("Gallant", "גלנט"), ("Gallant", "Галант"),
        ("Antony", "Энтони"), ("Antony", "أنتوني"), ("Blinken", "בלינקן"),
        ("Antony Blinken", "أنتوني بلينكن"), ("Antony Blinken", "Энтони Блинкен"),
        ("Sergei Lavrov", "Сергей Лавров"), ("Netanyahu", "נתניהו"), ("Netanyahu", "نتنياهو"),
        // A doubled Latin letter is one letter in Arabic and Hebrew script: "Qattan" / «قطان».
        ("Yousef al-Qattan", "يوسف القطان"), ("Hattar", "حطار"), ("Kessler", "קסלר"),
    ])
    func sameAcrossScripts(_ a: String, _ b: String) {
        #expect(matcher.compare(a, b).verdict == .same)
        #expect(matcher.compare(b, a).verdict == .same, "the comparison is symmetric")
    }

    @Test("One name's words within the other's are the same name", arguments: [
        ("Yoav Gallant", "Gallant"), ("Antony Blinken", "Blinken"), ("Блинкен", "Antony Blinken"),
        ("Yoav Gallant", "גלנט"), ("Lavrov", "Lavrov"), ("Nétanyahou", "Nétanyahou"),
    ])
    func sameBySubsequence(_ a: String, _ b: String) {
        #expect(matcher.compare(a, b).verdict == .same)
    }

    @Test("Other spellings of the name are variants", arguments: [
        ("Anthony", "Antony"), ("Galanat", "Gallant"), ("Galant", "Gallant"),
        ("Nétanyahou", "Netanyahu"), ("Anthony Blinken", "Antony Blinken"),
    ])
    func variants(_ a: String, _ b: String) {
        #expect(matcher.compare(a, b).verdict == .variant)
    }

    @Test("Other names are different", arguments: [
        ("McCain", "McGurk"), ("Antony", "Netanyahu"), ("Gallant", "Grant"), ("Gallant", "Gantz"),
        ("Austin", "Esper"), ("Antony", "Натаньяху"), ("Gantz", "גלנט"), ("Esper", "أوستن"),
        ("Blinken", "Лавров"), ("Antony Blinken", "Yoav Gallant"),
    ])
    func different(_ a: String, _ b: String) {
        #expect(matcher.compare(a, b).verdict == .different)
    }

    @Test("Hebrew geresh, Arabic G and Persian letters, Cyrillic clusters")
    func scriptSpecifics() {
        #expect(matcher.compare("George", "ג׳ורג׳").verdict == .same)
        #expect(matcher.compare("Zhukov", "ז׳וקוב").verdict == .same)
        #expect(matcher.compare("Gallant", "جالانت").verdict != .different)
        #expect(matcher.compare("Gallant", "گالانت").verdict != .different)
        #expect(matcher.compare("Tsvangirai", "Цвангираи").verdict == .same)
        #expect(matcher.compare("Khrushchev", "Хрущёв").verdict == .same)
        #expect(matcher.compare("Jordan", "Джордан").verdict == .same)
    }

    @Test("The right name scores above close wrong ones")
    func ranking() {
        let key = NameKey("גלנט")
        let gallant = matcher.similarity(key, NameKey("Gallant"))
        for other in ["Grant", "Gantz", "Glenn", "Galen"] {
            #expect(gallant > matcher.similarity(key, NameKey(other)), "Gallant above \(other)")
        }
        let antony = NameKey("Энтони")
        #expect(matcher.similarity(antony, NameKey("Antony")) > matcher.similarity(antony, NameKey("Anton")))
    }

    @Test("Keys romanise and scores stay in 0…1")
    func keys() {
        let key = NameKey("Энтони Блинкен")
        #expect(key.script == .cyrillic)
        #expect(key.words.count == 2)
        #expect(NameKey("Nétanyahou").roman == "netanyahou")
        for (a, b) in [("", "Gallant"), ("Gallant", "—"), ("غالانت", "Галант"), ("X", "Yoav Gallant")] {
            let s = matcher.compare(a, b).score
            #expect(s >= 0 && s <= 1)
        }
        #expect(matcher.compare("", "Gallant").verdict == .different)
    }
}

