import Testing
@testable import TranscheckKit

@Suite("Calendar words, dates and times")
struct CalendarTests {
    @Test("Weekday names map to one weekday in every language", arguments: [
        ("en", "Tuesday"), ("fr", "mardi"), ("ru", "вторник"), ("ar", "الثلاثاء"), ("es", "martes"), ("de", "Dienstag"),
        ("ru", "во вторник"), ("ar", "والثلاثاء"),
    ])
    func weekday(language: String, word: String) {
        let calendar = CalendarWords.of(Fixtures.tag(language))
        let last = String(word.split(separator: " ").last!)
        #expect(calendar.weekday(last)?.value == 3)
    }

    @Test("Hebrew and inflected weekdays")
    func inflected() {
        let he = CalendarWords.of(Fixtures.tag("he"))
        #expect(he.weekday(phrase: "יום", "שלישי") == 3)
        #expect(he.weekday(phrase: "ביום", "שלישי") == 3)
        let ru = CalendarWords.of(Fixtures.tag("ru"))
        #expect(ru.weekday("среду")?.value == 4)
        #expect(ru.weekday("пятницу")?.value == 6)
    }

    @Test("Month names, full, abbreviated and inflected", arguments: [
        ("en", "October"), ("en", "Oct"), ("en", "Oct."), ("fr", "octobre"), ("ru", "октября"), ("ru", "октябре"),
        ("ar", "أكتوبر"), ("ar", "اكتوبر"), ("he", "אוקטובר"), ("he", "באוקטובר"), ("de", "Oktober"), ("es", "octubre"),
    ])
    func month(language: String, word: String) {
        #expect(CalendarWords.of(Fixtures.tag(language)).month(word)?.value == 10)
    }

    @Test("A month named alone is a date; an abbreviation or a word that is also a month is not (en, fr, ru, ar)")
    func monthAlone() {
        for (text, language, month) in [("Households will not be billed for July.", "en", 7), ("Les ménages ne seront pas facturés en juin.", "fr", 6),
                                        ("Счета за июль выставлены не будут.", "ru", 7), ("لن تُحاسَب الأسر على استهلاك شهر يونيو/حزيران.", "ar", 6)] {
            // (Arabic names the month twice, "يونيو/حزيران": two mentions of one month.)
            #expect(Set(Fixtures.facts(text, language).dates.map(\.month)) == [month], "\(language): \(Fixtures.facts(text, language).dates)")
        }
        // "Jan" is a given name, « sept » is seven, "May" opening a sentence is the verb.
        #expect(Fixtures.facts("The driver, Jan Marek, was injured.", "en").dates.isEmpty)
        #expect(Fixtures.facts("\"We did not choose this,\" said Marc Lambotte.", "en").dates.isEmpty)
        #expect(Fixtures.facts("\"We did not choose this,\" said Marc Lambotte.", "en").names.map(\.text) == ["Marc Lambotte"])
        #expect(Fixtures.facts("Les sept mineurs ont été secourus.", "fr").dates.isEmpty)
        #expect(Fixtures.facts("May the talks succeed, he said.", "en").dates.isEmpty)
        // A name sharing a month's first letters is no case form of it: «Марат» is not «марта».
        #expect(Fixtures.facts("Хирург больницы № 4 Марат Осмоналиев сообщил об этом.", "ru").dates.isEmpty)
        #expect(Fixtures.facts("Это случилось 4 марта, в марте.", "ru").dates.map(\.month) == [3, 3])
    }

    @Test("Levantine Arabic month names")
    func levantine() {
        let ar = CalendarWords.of(Fixtures.tag("ar"))
        #expect(ar.month(phrase: "تشرين", "الأول") == 10)
        #expect(ar.month("حزيران")?.value == 6)
    }

    @Test("Dates read the same whatever the order or language", arguments: [
        ("en", "The war started on Oct. 7."), ("en", "The war started on 7 October."), ("en", "The war started on October 7th."),
        ("fr", "La guerre a commencé le 7 octobre."), ("ru", "Война началась 7 октября."),
        ("ar", "بدأت الحرب في 7 أكتوبر."), ("he", "המלחמה פרצה ב-7 באוקטובר."),
    ])
    func dayMonth(language: String, text: String) {
        let dates = Fixtures.facts(text, language).dates
        #expect(dates.count == 1)
        #expect(dates.first?.month == 10 && dates.first?.day == 7)
    }

    @Test("Clock times to minutes after midnight", arguments: [
        ("en", "They met at 1 p.m.", 780), ("en", "They met at 13:00.", 780), ("en", "They met at 1:30 pm today.", 810),
        ("fr", "Ils se sont vus à 13 heures.", 780), ("fr", "Ils se sont vus à 13h30.", 810), ("fr", "Il était près de 9 heures.", 540),
        ("ru", "Они встретились в 13:00.", 780), ("ru", "Они встретились в 1 час дня.", 780), ("ru", "Рейс вылетел в 12 часов.", 720),
        ("ar", "التقيا في الساعة الواحدة ظهراً.", 780), ("ar", "التقيا الساعة 13:00.", 780),
        // Four digits before a time zone; minutes after a full stop in British copy.
        ("en", "The decision was announced at 0900 GMT.", 540), ("en", "The cyclone crossed the coast at about 9.40 pm.", 1300),
        ("en", "The emergency room was full by 10.30, and staff drove in.", 630),
        // The part of the day after a linking word.
        ("ar", "واندلعت المواجهات نحو الساعة 10:30 من مساء ذلك اليوم.", 1350), ("fr", "L'incendie s'est déclaré à 10 heures du soir.", 1320),
        ("he", "הם נפגשו בשעה 13:00.", 780),
    ])
    func times(language: String, text: String, minutes: Int) {
        let dates = Fixtures.facts(text, language).dates
        #expect(dates.map(\.minutes) == [minutes], "\(text)")
    }

    @Test("A dotted figure that goes on with its unit is no British clock time")
    func dottedFigures() {
        for text in ["The index rose by 10.30 points.", "Shares closed at 10.30 pence."] {
            let facts = Fixtures.facts(text, "en")
            #expect(facts.dates.isEmpty && facts.numbers.map(\.value) == [10.3], "\(text)")
        }
    }

    @Test("Hours counted are no time of day; the hour is still a number", arguments: [
        ("ru", "Никто не разговаривал с семьями уже более 12 часов."), ("ru", "Это случилось 12 часов назад."),
        ("fr", "Les négociations ont duré pendant 12 heures."), ("fr", "Ils ont attendu plus de 12 heures."),
        ("es", "Esperaron durante 12 horas."),
    ])
    func durations(language: String, text: String) {
        let facts = Fixtures.facts(text, language)
        #expect(facts.dates.isEmpty, "\(text): \(facts.dates.map(\.normalForm))")
        #expect(facts.numbers.map(\.value) == [12], "\(text)")
    }

    @Test("Numeric dates and datelines")
    func numericDates() {
        let dates = Fixtures.facts("Updated: 25-06-2024 00:22 IST", "en").dates
        #expect(dates.contains { $0.year == 2024 && $0.month == 6 && $0.day == 25 })
        #expect(dates.contains { $0.minutes == 22 })
    }

    @Test("Ambiguous month words are not dates on their own")
    func ambiguousMonths() {
        #expect(Fixtures.facts("Officials may meet again.", "en").dates.isEmpty)
        #expect(Fixtures.facts("They march on the capital.", "en").dates.isEmpty)
        #expect(Fixtures.facts("Theresa May said so.", "en").dates.isEmpty)
        #expect(Fixtures.facts("The offensive began in May 2024.", "en").dates.first?.month == 5)
    }
}
