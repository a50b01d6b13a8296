/// A different person, place or organisation in the place of a name of the
/// original: McCain for McGurk, Kirby for Miller, Esper for Austin.
public struct NameMismatchCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "name",
        name: "Different entity",
        summary: "Where the original names one entity, the translation names another of the same kind that the original does not mention there.",
        cases: [
            CheckCase("name.mismatch", .critical, "A name of the original is replaced by a different entity (the lexicon tells who is who across scripts)."),
        ],
        triggeringExamples: [
            // «الربيع» renders "spring", not a misspelt «الغربي»: the speaker named instead is the finding.
            .triggers("name.mismatch", "en", "Exporter Karim Gharbi and office director Salim Ayari spoke on Monday. \"Our customers are nervous, and some have postponed their orders until spring,\" Gharbi said.",
                      "ar", "وتحدث المصدّر كريم الغربي ومدير المكتب سليم العياري يوم الاثنين. وقال العياري: «زبائننا قلقون، وقد أرجأ بعضهم طلبياتهم إلى الربيع»."),
            // A village after "in" is no person "he" could stand for.
            .triggers("name.mismatch", "en", "Survivor Ibrahim Adam Yousif said the boat began to lean.\n\nSheikh Abdelbagi al-Nour said nearly every family in Wad Hamid had lost a relative. He said: \"We buried 17 people on Tuesday.\"",
                      "ar", "وقال الناجي إبراهيم آدم يوسف إن القارب بدأ يميل.\n\nوقال الشيخ عبد الباقي النور إن كل عائلة تقريبا في ود حامد فقدت أحد أقاربها. وقال إبراهيم آدم يوسف: «دفنّا 17 شخصا يوم الثلاثاء»."),
            // A sentence opening with an office and a name is no title-case headline; "District Collector" is an office.
            .triggers("name.mismatch", "en", "District Collector Pravin Tadepalli said a committee would report. State Labor Minister Gaddam Raghava Rao visited the site. \"Whoever is responsible will be punished,\" Rao said.",
                      "en", "District Collector Pravin Tadepalli said a committee would report. State Labour Minister Gaddam Raghava Rao visited the site. “Whoever is responsible will be punished,” Mr. Tadepalli said."),
            // A name read after a given name the lexicon knows ("Jean-Pierre"): "Kasongo" alone is still him.
            .triggers("name.mismatch", "en", "Patrice Ngoy Kabeya heads civil protection in the province. The mines minister, Jean-Pierre Kasongo Mwamba, said 1,200 diggers were at work. \"Those who allowed this will answer for it,\" Kasongo said.",
                      "fr", "Patrice Ngoy Kabeya dirige la protection civile de la province. Le ministre des Mines, Jean-Pierre Kasongo Mwamba, a indiqué que 1 200 creuseurs travaillaient. « Ceux qui ont permis cela devront en répondre », a déclaré M. Ngoy."),
            // Another person of the story by a middle word of their name: « M. Ngoy » for Patrice Ngoy Kabeya.
            .triggers("name.mismatch", "en", "\"We are still pulling bodies out,\" Patrice Ngoy Kabeya told reporters. Mines minister Albert Kasongo visited the site. \"Those responsible will have to answer for it,\" Kasongo said.",
                      "fr", "« Nous sortons encore des corps », a déclaré Patrice Ngoy Kabeya aux journalistes. Le ministre des Mines Albert Kasongo s'est rendu sur le site. « Les responsables devront en répondre », a déclaré M. Ngoy."),
            // The speaker moved before a quotation of two sentences, and changed.
            .triggers("name.mismatch", "en", "Former lawmaker Suha al-Tarawneh criticised the cuts. Union leader Khaled Abu Rumman called a strike. \"Nobody here is against reform. People are against being ignored,\" Tarawneh said.",
                      "ar", "وانتقدت النائبة السابقة سهى الطراونة التخفيضات. ودعا النقابي خالد أبو رمان إلى إضراب. وقال أبو رمان: «لا أحد هنا ضد الإصلاح. الناس ضد تجاهلهم»."),
            // The other person is also a place of the names lexicon (the Saar): still a person of the story here.
            .triggers("name.mismatch", "en", "Rein Kask said the company regretted the incident. Priit Saar said the inquiry would take weeks. \"We will not hide anything,\" Kask told reporters.",
                      "ru", "Рейн Каск заявил, что компания сожалеет о произошедшем. Прийт Саар сказал, что расследование займет несколько недель. «Мы ничего не будем скрывать», — сказал Саар журналистам."),
            // "he" is the person named last; the translation names another person of the story.
            .triggers("name.mismatch", "en", "Fulgence Adjoumani defended the price. Kwame Asante-Boateng said prices would rise. \"We may act before Christmas,\" he said.",
                      "fr", "Fulgence Adjoumani a défendu le prix. Kwame Asante-Boateng a indiqué que les prix augmenteraient. « Nous pourrions agir avant Noël », a déclaré M. Adjoumani."),
            // A given name that begins like a month ("Marc", "March") is still part of the person's name.
            .triggers("name.mismatch", "en", "\"We did not choose this strike,\" said Marc Lambotte. Ann Peeters said the unions were ready. \"We want the commitments on paper,\" Peeters said.",
                      "fr", "« Nous n'avons pas choisi cette grève », a déclaré Marc Lambotte. Ann Peeters a déclaré que les syndicats étaient prêts. « Nous voulons les engagements noir sur blanc », a affirmé M. Lambotte."),
            // A hotel's name is no second person beside her: "she" is still Gaudin.
            .triggers("name.mismatch", "en", "Nadine Fournier-Bonvin said the decision had been painful. Sandrine Gaudin, who owns the Hotel Les Mélèzes, said her bookings had been cancelled. \"We may not reopen this season,\" she said.",
                      "fr", "Nadine Fournier-Bonvin a déclaré que la décision avait été douloureuse. Sandrine Gaudin, propriétaire de l'hôtel Les Mélèzes, a indiqué que ses réservations avaient été annulées. « Nous ne rouvrirons peut-être pas cette saison », a dit Mme Fournier-Bonvin."),
            // The same in a republication: "she" written as another person's name.
            .triggers("name.mismatch", "en", "Ibrahim Katcha said 31 of the dead had been buried. Dr. Zainab Ndagi said the hospital had admitted 73 people. \"We may lose more of them,\" she said.",
                      "en", "Ibrahim Katcha said 31 of the dead had been buried. Dr Zainab Ndagi said the hospital had admitted 73 people. “We may lose more of them,” Katcha said."),
            // A compound Arabic name in two words («فتح الله» for Fathallah) is still another person of the story.
            .triggers("name.mismatch", "en", "Baker Mahmoud Fathallah said flour was scarce. Teacher Mariam Hanna waited for hours. \"I have never seen the line this long,\" Hanna said.",
                      "ar", "وقال الخباز محمود فتح الله إن الدقيق شحيح. وانتظرت المعلمة مريم حنا لساعات. وقال فتح الله: «لم أرَ الطابور بهذا الطول من قبل»."),
            // Arabic has no capitals: a full name no word of its sentence spells is gone.
            .triggers("name.mismatch", "en", "Yonas Tesfaye, a 23-year-old Eritrean, said he had paid smugglers 4,500 dollars.", "ar", "وقال داويت كيداني، وهو إريتري يبلغ من العمر 23 عاماً، إنه دفع للمهربين 4500 دولار."),
            .triggers("name.mismatch", "en", "Gallant met Brett McGurk at the White House on Monday.", "en", "Gallant met John McCain at the White House on Monday."),
            .triggers("name.mismatch", "en", "\"We will continue,\" Miller said.", "ru", "«Мы продолжим», — сказал Кирби."),
            .triggers("name.mismatch", "en", "Defense Secretary Lloyd Austin attended.", "ar", "وحضر وزير الدفاع مارك إسبر."),
            .triggers("name.mismatch", "en", "Gallant met Brett McGurk.", "fr", "M. Gallant a rencontré Jake Sullivan."),
            // People the lexicon does not know: a stranger in a person's place, or another person of the story.
            .triggers("name.mismatch", "en", "Élodie Marchand, a coordinator for the charity, said the greatest risk was disease.", "fr", "Sophie Laurent, coordinatrice de l'organisation, a déclaré que le principal risque était la maladie."),
            .triggers("name.mismatch", "en", "Li Wenjun, a spokesman for the contractor, said the work met all standards.", "en", "Zhang Wei, a spokesman for the contractor, said the work met all standards."),
            .triggers("name.mismatch", "en", "Ayman Fawzy runs the port authority. The strike has closed all gates since Monday. Tarek el-Sherbiny called the strike illegal.", "ar", "يرأس أيمن فوزي هيئة الميناء. وأغلق الإضراب جميع البوابات منذ يوم الاثنين. ووصف أيمن فوزي الإضراب بأنه غير قانوني."),
        ],
        nonTriggeringExamples: [
            // Common words after a possessive name a programme, not a person.
            .passes("en", "The old city, added to UNESCO's World Heritage list in 1986, draws thousands of visitors.", "ar", "وتجتذب المدينة القديمة، التي أُدرجت على قائمة التراث العالمي لليونسكو عام 1986، آلاف الزوار."),
            .passes("en", "Baker Mahmoud Fathallah said flour was scarce. Teacher Mariam Hanna waited for hours. \"I have never seen the line this long,\" Hanna said.",
                    "ar", "وقال الخباز محمود فتح الله إن الدقيق شحيح. وانتظرت المعلمة مريم حنا لساعات. وقالت حنا: «لم أرَ الطابور بهذا الطول من قبل»."),
            // « Un » opening a sentence is no acronym: not the UN.
            .passes("en", "A Commission spokesman declined to say whether EU funding would be reviewed.", "fr",
                    "Un porte-parole de la Commission a refusé de dire si un financement européen serait réexaminé."),
            .passes("en", "Fulgence Adjoumani defended the price. Kwame Asante-Boateng said prices would rise. \"We may act before Christmas,\" he said.",
                    "fr", "Fulgence Adjoumani a défendu le prix. Kwame Asante-Boateng a indiqué que les prix augmenteraient. « Nous pourrions agir avant Noël », a déclaré M. Asante-Boateng."),
            .passes("en", "Ibrahim Katcha said 31 of the dead had been buried. Dr. Zainab Ndagi said the hospital had admitted 73 people. \"We may lose more of them,\" she said.",
                    "en", "Ibrahim Katcha said 31 of the dead had been buried. Dr Zainab Ndagi said the hospital had admitted 73 people. “We may lose more of them,” Ndagi said."),
            .passes("en", "Yonas Tesfaye, a 23-year-old Eritrean, said he had paid smugglers 4,500 dollars.", "ar", "وقال يوناس تسفاي، وهو إريتري يبلغ من العمر 23 عاماً، إنه دفع للمهربين 4500 دولار."),
            // A description before the name ("Ecologist") is no given name: the surname is looked for in the whole sentence.
            .passes("en", "\"The company must pay,\" said Yelena Markina, head of the department. Ecologist Marina Teplova of Samara State University warned that cold water would slow the breakdown of the oil.",
                    "ru", "«Компания должна заплатить», — сказала начальник управления Елена Маркина. Эколог Самарского государственного университета Марина Теплова предупредила, что холодная вода замедлит разложение нефтепродуктов."),
            // A word of a hyphenated name the translation splits otherwise is that name, not the other name it spells.
            .passes("en", "In the vineyards of the Côtes de Provence appellation, the grapes are small, said Mathilde Aubanel. Nearly one litre in four is lost, according to Hélène Fabre, the agency's director for the Provence-Alpes-Côte d'Azur region.",
                    "fr", "Dans les vignobles de l'appellation Côtes de Provence, les raisins sont petits, a indiqué Mathilde Aubanel. Près d'un litre sur quatre est perdu, selon Hélène Fabre, directrice de l'agence pour la région Provence-Alpes-Côte d'Azur."),
            // A place named by a geographic word is translated too: "Cap Blanc", 'the White Cape'.
            .passes("en", "The boats were working about 14 nautical miles northwest of Cap Blanc.", "ar", "وكانت الزوارق تعمل على بعد نحو 14 ميلا بحريا شمال غرب الرأس الأبيض."),
            // A place translated, not transliterated: "Good Hope" is words of the language.
            .passes("en", "Ships may have to sail around the Cape of Good Hope.", "ar", "قد تضطر السفن إلى الإبحار حول رأس الرجاء الصالح."),
            .passes("en", "Gallant met Brett McGurk.", "fr", "M. Gallant a rencontré Brett McGurk."),
            .passes("en", "\"We will continue,\" Miller said.", "ru", "«Мы продолжим», — сказал Миллер."),
            .passes("en", "Defense Secretary Lloyd Austin attended.", "ar", "وحضر وزير الدفاع لويد أوستن."),
            .passes("en", "Blinken met Gallant.", "he", "בלינקן נפגש עם גלנט."),
            .passes("en", "Élodie Marchand, a coordinator for the charity, said the greatest risk was disease.", "fr", "Élodie Marchand, coordinatrice de l'organisation, a déclaré que le principal risque était la maladie."),
            .passes("en", "Li Wenjun, a spokesman for the contractor, said the work met all standards.", "en", "Li Wenjun, a spokesman for the contractor, said the work met all standards."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard !bead.source.isEmpty, !bead.target.isEmpty else { return [] }
        let pairing = comparison.memo.value("names", bead: beadIndex) { NamePairing(bead: bead, index: beadIndex, comparison: comparison) }
        let entries = comparison.names.entries
        var targets = pairing.unmatchedTarget
        var out: [Finding] = []
        for s in pairing.unmatchedSource {
            // People and organisations: places turn into adjectives and pronouns too often to be paired by position.
            guard let entry = s.mention.entry, entries[entry].kind != .place,
                  let k = targets.firstIndex(where: { entries[$0.mention.entry!].kind == entries[entry].kind }) else { continue }
            let t = targets.remove(at: k)
            let other = entries[t.mention.entry!]
            out.append(Finding(
                check: "name.mismatch", severity: description.severity(of: "name.mismatch"),
                message: "The original names \(s.mention.text); the translation names \(t.mention.text), a different \(other.kind.rawValue).",
                source: comparison.span(.source, sentence: s.sentence, range: s.mention.range),
                target: comparison.span(.target, sentence: t.sentence, range: t.mention.range),
                expected: entries[entry].canonical(in: comparison.target.document.language) ?? s.mention.text,
                found: t.mention.text,
                evidence: "lexicon entries \(entries[entry].id) and \(other.id)\(other.role.map { " (\($0))" } ?? "")", bead: beadIndex))
        }
        // People the lexicon does not know: another person of the story, or a stranger, in their place
        // (major: found by spelling and capitals, not by the lexicon's say-so).
        for m in pairing.unknownMismatches {
            out.append(Finding(
                check: "name.mismatch", severity: .major,
                message: m.absent ? "The original names \(m.source.text); the translation does not, and may name someone else there."
                    : "The original names \(m.source.text); the translation names \(m.found) instead.",
                source: comparison.span(.source, sentence: m.source.sentence, range: m.source.range),
                target: comparison.span(.target, sentence: m.targetSentence, range: m.targetRange),
                expected: m.source.text, found: m.found, evidence: m.why, bead: beadIndex))
        }
        return out
    }
}
