/// Names spelt off their accepted forms: "Galanat" for Gallant, "Anthony
/// Blinken" for Antony Blinken, "Голант" for Галант. A standard local
/// spelling (Энтони, غالانت, גלנט) is not a finding.
public struct NameVariantCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "name",
        name: "Name spelling",
        summary: "A name of the original, or a name the lexicon knows, is spelt in the translation neither as the lexicon's canonical nor an admitted form.",
        cases: [
            CheckCase("name.variant", .major, "A name deviates from its canonical or admitted forms (expected gives the canonical form; places and organisations are minor)."),
        ],
        triggeringExamples: [
            // The person of a run opening with a title, which the republication sets apart.
            .triggers("name.variant", "en", "Energy Minister Kwame Osei-Bonsu said on Friday the plant would reopen.", "en", "The Minister for Energy, Kwame Osei-Bonsa, said on Friday the plant would reopen."),
            // One letter off the translation's own spelling of the surname elsewhere, after the given name.
            .triggers("name.variant", "en", "Lina Qudah, a geologist, said the ground was fragile. \"Every sinkhole tells us where the next will appear,\" Qudah said.",
                      "ar", "وقالت لينا القطاة، وهي جيولوجية، إن الأرض هشة. وقالت القضاة: «كل حفرة تخبرنا أين ستظهر الحفرة التالية»."),
            // The settled spelling comes from a full name with a compound («عبد الرحيم» for Abdelrahim).
            .triggers("name.variant", "en", "Divers recovered 31 bodies, according to Colonel Hassan Abdelrahim Idris, who leads the team. Idris said the search was very difficult.",
                      "ar", "وانتشل الغواصون 31 جثة، وفقا للعقيد حسن عبد الرحيم إدريس، الذي يقود الفريق. وقال إدريش إن عمليات البحث كانت صعبة جدا."),
            .triggers("name.variant", "en", "Blinken met Gallant on Monday.", "en", "Blinken met Galanat on Monday."),
            .triggers("name.variant", "en", "Secretary of State Antony Blinken spoke.", "en", "Secretary of State Anthony Blinken spoke."),
            .triggers("name.variant", "en", "Gallant said the talks were useful.", "ru", "Голант сказал, что переговоры были полезными."),
            .triggers("name.variant", "en", "He met Brett McGurk.", "ar", "التقى بريت ماكغوك."),
            .triggers("name.variant", "en", "Defense Secretary Lloyd Austin attended.", "fr", "Le secrétaire à la Défense Lloyd Austen était présent."),
            .triggers("name.variant", "en", "Gallant met Amos Hochstein at the White House on Monday.", "en", "Gallant met Amos Hochstien at the White House on Monday."),
            // People the lexicon does not know: against a matching given name, the original's Latin spelling,
            // or the translation's own spelling elsewhere.
            .triggers("name.variant", "en", "Dmitry Orlov said three ships were stuck outside the port.", "ar", "وقال دميتري أوزلوف إن ثلاث سفن عالقة خارج الميناء."),
            // A speaker moved before a quotation of two sentences, one letter off the spelling the translation gives him elsewhere.
            .triggers("name.variant", "en", "Its captain, Javier Montero, said his crew had found several men. \"Some had been in the water for six hours. They could barely speak,\" Montero said by radio.",
                      "ar", "وقال قبطانها، خافيير مونتيرو، إن طاقمه عثر على عدة رجال. وقال مونتيزو عبر اللاسلكي: “كان بعضهم في الماء منذ ست ساعات. كانوا بالكاد يستطيعون الكلام”."),
            .triggers("name.variant", "en", "Britain's development minister, Helen Whitfield, said London would double its contribution.", "fr", "La ministre britannique du Développement, Helen Whitfeld, a déclaré que Londres allait doubler sa contribution."),
            .triggers("name.variant", "en", "Mehmet Aydin chaired the talks. Aydin said the talks were useful. Aydin left on Friday.", "ru", "Переговоры провел Мехмет Айдын. Айдын назвал переговоры полезными. Айдан уехал в пятницу."),
            // Spelt two ways in one translation: the later spelling against the one it settled on first.
            .triggers("name.variant", "en", "Jana Dvorakova heads the rail agency. The line reopened on Monday. Trains ran at reduced speed. Dvorakova said repairs would take a month.",
                      "ru", "Яна Дворжакова возглавляет железнодорожное ведомство. Линия вновь открылась в понедельник. Поезда шли на пониженной скорости. Дворакова сказала, что ремонт займет месяц."),
            // The last words of a name alone ("El Fassi"), one letter off the translation's own spelling.
            .triggers("name.variant", "en", "Salma El Fassi heads the water utility. The cuts begin on Monday. Water use rose by 30 percent in the spring. El Fassi said the cuts would last a month.",
                      "ar", "وتترأس سلمى الفاسي شركة المياه. وتبدأ التخفيضات يوم الاثنين. وارتفع استهلاك المياه بنسبة 30 في المئة في الربيع. وقالت الفارسي إن التخفيضات ستستمر شهرا."),
            // The surname stands right after the given name: «السيد» there is her name misspelt (and no title), not the
            // «الصيف» ('the summer') further on.
            .triggers("name.variant", "en", "Layla al-Saif, an entomologist, said the unusually hot summer helped the insect spread. The outbreak is not under control, Al-Saif warned.",
                      "ar", "وقالت ليلى السيد، وهي عالمة حشرات، إن الصيف الحار على غير العادة ساعد الحشرة على الانتشار. وحذرت السيف من أن التفشي ليس تحت السيطرة."),
        ],
        nonTriggeringExamples: [
            .passes("en", "The fire in Victoria state destroyed 64 homes, the Victoria government said.", "en", "The fire in Victoria destroyed 64 homes, the Victorian government said."),
            .passes("en", "Layla al-Saif, an entomologist, said the unusually hot summer helped the insect spread. The outbreak is not under control, Al-Saif warned.",
                    "ar", "وقالت ليلى السيف، وهي عالمة حشرات، إن الصيف الحار على غير العادة ساعد الحشرة على الانتشار. وحذرت السيف من أن التفشي ليس تحت السيطرة."),
            .passes("en", "Jana Dvorakova heads the rail agency. The line reopened on Monday. Trains ran at reduced speed. Dvorakova said repairs would take a month.",
                    "ru", "Яна Дворжакова возглавляет железнодорожное ведомство. Линия вновь открылась в понедельник. Поезда шли на пониженной скорости. По словам Дворжаковой, ремонт займет месяц."),
            .passes("en", "Salma El Fassi heads the water utility. The cuts begin on Monday. Water use rose by 30 percent in the spring. El Fassi said the cuts would last a month.",
                    "ar", "وتترأس سلمى الفاسي شركة المياه. وتبدأ التخفيضات يوم الاثنين. وارتفع استهلاك المياه بنسبة 30 في المئة في الربيع. وقالت الفاسي إن التخفيضات ستستمر شهرا."),
            // A possessive names the place as the bare name does.
            .passes("en", "Ontario's health minister said the clinics would reopen.", "en", "Ontario health minister said the clinics would reopen."),
            .passes("en", "Blinken met Gallant on Monday.", "ar", "التقى بلينكن غالانت يوم الاثنين."),
            .passes("en", "Antony Blinken met Yoav Gallant.", "ru", "Энтони Блинкен встретился с Йоавом Галантом."),
            .passes("en", "Antony Blinken met Yoav Gallant.", "he", "אנטוני בלינקן נפגש עם יואב גלנט."),
            .passes("en", "Blinken spoke with Gallant.", "fr", "M. Blinken s'est entretenu avec M. Gallant."),
            .passes("en", "Gallant said so.", "ar", "وقال غالانت ذلك."),
            .passes("en", "Israeli Defense Minister Yoav Gallant arrived.", "en", "Israeli Defence Minister Yoav Gallant arrived."),
            // A title spelt the British way in a name the lexicon does not know.
            .passes("en", "Labor Minister Anita Dhaliwal met both sides on Sunday.", "en", "Labour Minister Anita Dhaliwal met both sides on Sunday."),
            // An adjective opening a place name is declined with it.
            .passes("en", "The ferry left Nizhny Novgorod on Tuesday. Nizhny Novgorod is on the Volga.", "ru", "Паром вышел из Нижнего Новгорода во вторник. Нижний Новгород стоит на Волге."),
            // A Russian adjective made from a place name is that name, not a misspelling of it.
            .passes("en", "The level of Lake Issyk-Kul rose overnight. Villages of the Issyk-Kul region were flooded.",
                    "ru", "Уровень озера Иссык-Куль за ночь поднялся. Села Иссык-Кульской области затоплены."),
            .passes("en", "Dmitry Orlov said three ships were stuck outside the port.", "ar", "وقال دميتري أورلوف إن ثلاث سفن عالقة خارج الميناء."),
            .passes("en", "Russian envoy Dmitry Sokolov said aid was on its way.", "fr", "L'émissaire russe Dmitri Sokolov a déclaré que l'aide était en route."),
            .passes("en", "Mehmet Aydin chaired the talks. Aydin said the talks were useful. Aydin left on Friday.", "ru", "Переговоры провел Мехмет Айдын. Айдын назвал переговоры полезными. Айдын уехал в пятницу."),
            .passes("en", "Avi Cohen, the mayor of the town, said the shelters were full.", "he", "אבי כהן, ראש העירייה, אמר כי המקלטים מלאים."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard !bead.target.isEmpty else { return [] }
        let pairing = comparison.memo.value("names", bead: beadIndex) { NamePairing(bead: bead, index: beadIndex, comparison: comparison) }
        // A place's adjective is the place ("the Victorian government" for Victoria state): the name and a demonym ending.
        return pairing.variants.filter { v in
            !["n", "an", "ian"].contains { v.found.lowercased() == v.expected.lowercased() + $0 }
        }.map { v in
            // Places, organisations and regular transliterations the lexicon lacks weigh less than a misspelt person.
            let severity: Severity = v.kind == .place || v.kind == .organisation || v.plausible ? .minor : description.severity(of: "name.variant")
            return Finding(
                check: "name.variant", severity: severity,
                message: "Name \"\(v.found)\" is not an accepted spelling; expected \"\(v.expected)\".",
                source: v.source.map { comparison.span(.source, sentence: $0.sentence, range: $0.mention.range) },
                target: comparison.span(.target, sentence: v.targetSentence, range: v.targetRange),
                expected: v.expected, found: v.found, evidence: v.why, bead: beadIndex)
        }
    }
}
