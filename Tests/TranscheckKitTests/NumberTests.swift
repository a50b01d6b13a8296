import Testing
@testable import TranscheckKit

@Suite("Numbers")
struct NumberTests {
    @Test("Digits in any script and any grouping", arguments: [
        ("en", "1,200", 1200.0), ("en", "37,600", 37600), ("en", "1,200,000", 1_200_000), ("en", "37.6", 37.6),
        ("fr", "1 200", 1200), ("fr", "1\u{202F}200", 1200), ("fr", "3,5", 3.5), ("fr", "1.200", 1200),
        ("de", "1.200", 1200), ("de", "1.200,50", 1200.5), ("ru", "1\u{00A0}200", 1200), ("ru", "37,6", 37.6),
        ("ar", "١٬٢٠٠", 1200), ("ar", "٣٧٫٦", 37.6), ("ar", "١٢٠٠", 1200), ("he", "1,200", 1200), ("en", "1,200.50", 1200.5),
    ])
    func digits(language: String, text: String, value: Double) {
        #expect(NumeralParser(language: Fixtures.tag(language)).parse(text) == value)
    }

    @Test("Malformed numerals are not read")
    func malformed() {
        let p = NumeralParser(language: Fixtures.tag("en"))
        #expect(p.parse("1,20,0") == nil)
        #expect(p.parse("12a") == nil)
        #expect(p.parse(",5") == nil)
    }

    @Test("Spelled-out numbers through ICU spellout", arguments: [
        ("en", "Five people died.", 5.0), ("en", "Twenty-five people died.", 25), ("en", "Two hundred people died.", 200),
        ("fr", "Cinq personnes sont mortes.", 5), ("fr", "Quatre-vingt-dix-sept personnes.", 97), ("fr", "Deux cent mille personnes.", 200_000),
        ("ru", "Погибли пять человек.", 5), ("ru", "Погибли двадцать пять человек.", 25), ("ru", "Ранены пять тысяч человек.", 5000),
        ("ar", "قتل خمسة أشخاص.", 5), ("ar", "قتل خمسة وعشرون شخصا.", 25), ("ar", "قتل ثلاثة آلاف شخص.", 3000),
        ("ar", "حولت الشركة ست سفن إلى بيريوس.", 6), ("ar", "قبل ثلاث سنوات.", 3),
        ("es", "Murieron cinco personas.", 5), ("de", "Fünf Menschen starben.", 5), ("he", "חמישה בני אדם נהרגו.", 5),
    ])
    func spelled(language: String, text: String, value: Double) {
        let numbers = Fixtures.facts(text, language).numbers
        #expect(numbers.map(\.value) == [value], "\(text)")
    }

    @Test("Number words with a joined conjunction or the Arabic article read as the bare word")
    func prefixedNumberWords() {
        let ar = SpelledNumbers.of(Fixtures.tag("ar")), he = SpelledNumbers.of(Fixtures.tag("he"))
        #expect(ar.word("عشرون")?.value == 20)
        #expect(ar.word("وعشرون")?.value == 20)
        #expect(ar.word("الثالث")?.value == 3)
        #expect(ar.word("الوقت") == nil)
        #expect(ar.word("ووقت") == nil)
        #expect(he.word("וחמישה")?.value == 5)
        // Russian "и" is a word of its own, never written onto the next.
        #expect(SpelledNumbers.of(Fixtures.tag("ru")).word("ипять") == nil)
    }

    @Test("Scale words multiply: 37.6 million, 37,6 млн, 2 مليون")
    func scales() {
        #expect(Fixtures.facts("Losses reached 37.6 million dollars.", "en").numbers.map(\.value) == [37_600_000])
        #expect(Fixtures.facts("Убытки составили 37,6 млн долларов.", "ru").numbers.map(\.value) == [37_600_000])
        #expect(Fixtures.facts("بلغت الخسائر 2 مليون دولار.", "ar").numbers.map(\.value) == [2_000_000])
        #expect(Fixtures.facts("Les pertes atteignent 3 milliards d'euros.", "fr").numbers.map(\.value) == [3_000_000_000])
        // Amounts written short after a currency sign or before a currency word (British and Canadian copy); "38m" alone may be metres.
        #expect(Fixtures.facts("The strike costs about C$38m (US$27.6m) a day.", "en").numbers.map(\.value) == [38_000_000, 27_600_000])
        #expect(!Fixtures.facts("The yacht was 38m long.", "en").numbers.map(\.value).contains(38_000_000))
        #expect(Fixtures.facts("The repairs would cost about 22m Canadian dollars.", "en").numbers.map(\.value) == [22_000_000])
        // Nigerian and South African copy write the currency's letter onto the amount; a letter before a bare number is a road.
        #expect(Fixtures.facts("He announced N500m ($325,000) for the families.", "en").numbers.map(\.value) == [500_000_000, 325_000])
        #expect(Fixtures.facts("A litre now sells for about N1,150, and the fund holds N2 billion.", "en").numbers.map(\.value) == [1_150, 2_000_000_000])
        #expect(Fixtures.facts("The utility lost R1.2bn and ₦40m.", "en").numbers.map(\.value) == [1_200_000_000, 40_000_000])
        #expect(Fixtures.facts("The crash closed the N1 near the R2 junction.", "en").numbers.isEmpty)
        #expect(Fixtures.facts("A litre costs Sh193.60, and the levy raises Sh2.5 billion.", "en").numbers.map(\.value) == [193.6, 2_500_000_000])
        // Philippine copy prices in bare letter amounts ("P48") where it writes the letter onto an amount elsewhere.
        #expect(Fixtures.facts("Rice sold at P57.40 a kilo; the cap is P48 and fines reach P1 million.", "en").numbers.map(\.value) == [57.4, 48, 1_000_000])
        #expect(Fixtures.facts("Traffic backed up on the N1 highway after the N1,150 fare rise.", "en").numbers.map(\.value) == [1_150])
        #expect(Fixtures.facts("A machine costs Rs3,500 and fines reached Rs48.6 million.", "en").numbers.map(\.value) == [3_500, 48_600_000])
        // A conjunction written onto a figure: «و300 ألف» is 300,000.
        #expect(Fixtures.facts("ستدفع مليون ريال لكل أسرة، و300 ألف ريال لكل مصاب.", "ar").numbers.map(\.value) == [1_000_000, 300_000])
        // The hour of a time told in words is no count.
        #expect(Fixtures.facts("He called me at half past eleven and said two men were hurt.", "en").numbers.map(\.value) == [2])
        // Arabic duals of the scale words: «مليوني جنيه», 'two million pounds'; «مئتي», 'two hundred'.
        #expect(Fixtures.facts("ستدفع الحكومة مليوني جنيه لكل أسرة و مئتي جنيه للمصابين.", "ar").numbers.map(\.value) == [2_000_000, 200])
        // «десяток яиц» counts ten; «21 дня» counts days, not a time of day.
        #expect(Fixtures.facts("Десяток яиц стоил 124 рубля, а ограничения продлятся не менее 21 дня.", "ru").numbers.map(\.value) == [10, 124, 21])
        // Number words joined by a hyphen: one number where they spell one ("twenty-five"), a range where not («два-три»).
        #expect(Fixtures.facts("Twenty-five people were hurt.", "en").numbers.map(\.value) == [25])
        #expect(Fixtures.facts("Большинство детей выпишут через два-три дня.", "ru").numbers.map(\.value) == [2, 3])
        #expect(Fixtures.facts("Их выпишут в течение двух-трех дней.", "ru").numbers.map(\.value) == [2, 3])
        // South African copy groups thousands with a plain space where nothing is grouped with a comma.
        #expect(Fixtures.facts("About 400 000 residents and 250 000 litres were affected.", "en").numbers.map(\.value) == [400_000, 250_000])
        #expect(Fixtures.facts("Of 1,200 homes, 20 300 were cut off.", "en").numbers.map(\.value) == [1_200, 20, 300])
        // South Asian copy: lakhs and crores, and digits grouped the Indian way.
        #expect(Fixtures.facts("The floods hit 12 lakh people and damaged crops worth Rs 45 crore.", "en").numbers.map(\.value) == [1_200_000, 450_000_000])
        #expect(Fixtures.facts("About 1.6 lakh hectares and 1,20,000 homes were under water.", "en").numbers.map(\.value) == [160_000, 120_000])
        // Arabic thousands with the rest after "and", accusative and prefixed number words.
        #expect(Fixtures.facts("وسجلت محافظة الحديدة نحو 16 ألفا و200 حالة مشتبه بها.", "ar").numbers.map(\.value) == [16_200])
        #expect(Fixtures.facts("وقال إن ثلاثا من محطات الضخ خرجت عن الخدمة.", "ar").numbers.map(\.value) == [3])
        #expect(Fixtures.facts("وقالت أمينة، وهي أم لخمسة أطفال، إنها حملت ابنها.", "ar").numbers.map(\.value) == [5])
        // "below zero" is the freezing point, not a figure.
        #expect(Fixtures.facts("وانخفضت درجات الحرارة إلى درجتين مئويتين تحت الصفر.", "ar").numbers.allSatisfy { $0.value != 0 })
        #expect(Fixtures.facts("La température est descendue à deux degrés sous zéro.", "fr").numbers.map(\.value) == [2])
        // The tens in the accusative and genitive, alone and after a unit.
        #expect(Fixtures.facts("انقلب حال البحر في أقل من عشرين دقيقة.", "ar").numbers.map(\.value) == [20])
        #expect(Fixtures.facts("وصل خمسة وثلاثين صيادا إلى الشاطئ.", "ar").numbers.map(\.value) == [35])
        // Russian collective numerals and multiplicative adverbs.
        #expect(Fixtures.facts("Оборот превысил обычный как минимум втрое.", "ru").numbers.map(\.value) == [3])
        // Russian compound adjectives opening with a number; a word that only starts like one is none.
        #expect(Fixtures.facts("Уровень риска повысили до четырех по пятибалльной шкале.", "ru").numbers.map(\.value) == [4, 5])
        #expect(Fixtures.facts("Семинар прошел в трехэтажном здании.", "ru").numbers.map(\.value) == [3])
        // French approximate nouns multiply the number before them.
        #expect(Fixtures.facts("Les bourgeons s'étaient ouverts une dizaine de jours plus tôt.", "fr").numbers.map(\.value) == [10])
        // Belgian and Swiss French: « septante », « nonante », « huitante ».
        #expect(Fixtures.facts("Septante-cinq trains sur nonante ont été supprimés.", "fr").numbers.map(\.value) == [75, 90])
        #expect(Fixtures.facts("Huitante personnes ont été évacuées.", "fr").numbers.map(\.value) == [80])
        // After an ordinal the noun is part of a month (« la première quinzaine », 'the first half'), no count of 15.
        #expect(!Fixtures.facts("Les cas ont doublé au cours de la première quinzaine de septembre.", "fr").numbers.contains { $0.value == 15 })
        #expect(Fixtures.facts("Une quinzaine de personnes ont été blessées.", "fr").numbers.map(\.value) == [15])
        // «Четверо» ('four of them') shares its first letters with «четверг» (Thursday) and is no weekday.
        let four = Fixtures.facts("Четверо пострадавших находятся в критическом состоянии.", "ru")
        #expect(four.numbers.map(\.value) == [4] && four.dates.isEmpty)
        #expect(Fixtures.facts("Пропали без вести девять человек, в том числе трое детей.", "ru").numbers.map(\.value) == [9, 3])
        // The article or preposition elided into the number word: "près d'un million".
        #expect(Fixtures.facts("Le cacao fait vivre près d'un million de familles.", "fr").numbers.map(\.value) == [1_000_000])
    }

    @Test("Ordinals where ICU and the script support them")
    func ordinals() {
        let en = Fixtures.facts("It was the 3rd attack and the second one.", "en").numbers
        #expect(en.contains { $0.value == 3 && $0.isOrdinal })
        #expect(en.contains { $0.value == 2 && $0.isOrdinal })
        let fr = Fixtures.facts("C'est la troisième attaque.", "fr").numbers
        #expect(fr.contains { $0.value == 3 && $0.isOrdinal })
        let ru = Fixtures.facts("Это третья атака.", "ru").numbers
        #expect(ru.contains { $0.value == 3 && $0.isOrdinal })
    }

    @Test("'one' as a pronoun is a weak number")
    func weakOne() {
        let numbers = Fixtures.facts("He met the one who led the talks.", "en").numbers
        #expect(numbers.allSatisfy { $0.isWeak })
    }

    @Test("Space grouping is read only where it groups digits")
    func spaceGrouping() {
        #expect(Fixtures.facts("Il y a 1 200 morts.", "fr").numbers.map(\.value) == [1200])
        // In English a space between numbers does not group them.
        #expect(Fixtures.facts("In 2023 200 people came.", "en").numbers.map(\.value) == [2023, 200])
    }
}

@Suite("Missing numbers")
struct MissingNumberTests {
    @Test("A spelled 'two' carried by grammar is a minor loss; a figure is a major one", arguments: [
        ("en", "Talks between the two sides resumed in Geneva.", "ru", "Переговоры между сторонами возобновились в Женеве.", Severity.minor),
        ("en", "Talks between the two sides resumed in Geneva.", "ar", "استؤنفت المحادثات بين الطرفين في جنيف.", Severity.minor),
        ("en", "Talks between 12 delegations resumed in Geneva.", "fr", "Les pourparlers entre les délégations ont repris à Genève.", Severity.major),
        ("en", "The strike has cost five million dollars a day.", "he", "השביתה עלתה מיליוני דולרים ביום.", Severity.major),
    ])
    func severity(sourceLanguage: String, source: String, targetLanguage: String, target: String, expected: Severity) {
        let report = Fixtures.check(source, sourceLanguage, target, targetLanguage)
        let missing = report.findings.filter { $0.check == "number.missing" }
        #expect(missing.count == 1, "\(report.findings.map(\.message))")
        #expect(missing.first?.severity == expected)
    }

    @Test("An Arabic dual of the noun the original counts carries its 'two': noted only")
    func arabicDual() {
        let cases = [("وقال مسؤولون إن جسراً قد يُنصب في غضون أسبوعين.", "أسبوعين", "Officials said a bridge may be installed within two weeks."),
                     ("استمرت المحادثات يومين.", "يومين", "The talks lasted two days."),
                     // With a joined preposition, and after a partitive "two of the" with a feminine noun's ت.
                     ("وهو ما يكفي لساعتين من الكهرباء يومياً.", "لساعتين", "That is enough for two hours of electricity a day."),
                     ("وقال إن المؤسسة قد تعيد تشغيل محطتين منها خلال شهر.", "محطتين", "He said the corporation could restore two of the stations within a month.")]
        for (target, dual, source) in cases {
            let report = Fixtures.check(source, "en", target, "ar")
            let missing = report.findings.filter { $0.check == "number.missing" }
            #expect(missing.count == 1 && missing[0].severity == .info && (missing[0].evidence ?? "").contains(dual), "\(report.findings.map(\.evidence))")
        }
        // A plural that does not render the counted noun leaves the loss a minor one.
        let plural = Fixtures.check("The talks lasted two days.", "en", "استمرت المحادثات أياماً.", "ar")
        #expect(plural.findings.filter { $0.check == "number.missing" }.map(\.severity) == [.minor])
    }

    @Test("An Arabic dual carries the two of a digit too: noted only, as for a spelled two")
    func dualOfDigit() {
        let report = Fixtures.check("She lives about 2 kilometers from the plant.", "en", "وتسكن على بعد نحو كيلومترين من المصفاة.", "ar")
        let numbers = report.findings.filter { $0.family == "number" }
        #expect(!numbers.isEmpty && numbers.allSatisfy { $0.severity == .info }, "\(numbers.map(\.message))")
    }
}
