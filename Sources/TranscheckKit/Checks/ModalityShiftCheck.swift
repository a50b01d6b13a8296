/// Possibility turned into certainty and reported events into accomplished
/// ones: "could trigger" → "will lead to", "is holding talks" → "has agreed".
public struct ModalityShiftCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "modality",
        name: "Modality",
        summary: "A modal marker of the original (possible, probable, certain, obligatory; reported or accomplished event) has another value in the translation.",
        cases: [CheckCase("modality.shift", .major, "Possible or probable made certain (or the reverse), or a reported event made accomplished; possible ↔ probable is minor. Raised inside a quotation.")],
        triggeringExamples: [
            // A future read as an event done (« décidera », « décidé ») still states the expectation outright.
            .triggers("modality.shift", "en", "The ministry is expected to decide on Monday.", "fr", "Le ministère décidera lundi."),
            .triggers("modality.shift", "en", "The cabinet is expected to declare a state of natural disaster on Wednesday.", "fr", "Le Conseil des ministres déclarera mercredi l'état de catastrophe naturelle."),
            // Two possibilities against one: «لا يمكن» answers "could not be ruled out", nothing answers "may have caused".
            .triggers("modality.shift", "en", "He said an electrical fault may have caused the blaze, but sabotage could not be ruled out.", "ar", "وقال إن عطلاً كهربائياً تسبب في الحريق، لكنه شدد على أنه لا يمكن استبعاد فرضية التخريب."),
            // "reach" after "could" is no "reached": the accomplished «утвердило» answers nothing of the original.
            .triggers("modality.shift", "en", "The government was considering measures, including loans that could reach about 1,200 firms.", "ru", "Правительство уже утвердило меры, в том числе кредиты, которые могут получить около 1 200 компаний."),
            .triggers("modality.shift", "en", "Manukyan said the highway was expected to remain closed for at least 10 days.", "ru", "Манукян сообщил, что трасса останется закрытой не менее 10 дней."),
            // The Arabic future on a verb that drops a weak root letter ("ستصل", 'will arrive').
            .triggers("modality.shift", "en", "He said the vessel was expected to reach the coast by Saturday.", "ar", "وأضاف أن السفينة ستصل إلى الساحل بحلول يوم السبت."),
            // An expectation made a fact: only "would" trades probable for certain.
            .triggers("modality.shift", "en", "The ministry is expected to meet both sides before the end of March.", "en", "The ministry will meet both sides before the end of March."),
            .triggers("modality.shift", "en", "A hearing is expected on Wednesday.", "en", "A hearing will be held on Wednesday."),
            // The expectation stated outright, in a sentence that says 'next month' («в следующем месяце», not «следует», 'should').
            .triggers("modality.shift", "en", "The company was expected to open the upper ridge next month.", "ru", "Компания откроет верхний гребень в следующем месяце."),
            .triggers("modality.shift", "en", "The minister said the government was considering measures to support small businesses.", "ru", "Министр заявила, что правительство уже утвердило меры поддержки малого бизнеса."),
            .triggers("modality.shift", "en", "The government was considering declaring a state of calamity.", "fr", "Le gouvernement avait décrété l'état de calamité."),
            .triggers("modality.shift", "en", "Investigators could board the ship as early as Thursday.", "ru", "Следователи поднимутся на борт судна в четверг."),
            // A possibility stated outright, with no marker left: Russian perfective future.
            .triggers("modality.shift", "en", "The government may revoke the company's licence.", "ru", "Правительство отзовет лицензию компании."),
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "en", "Its absence will trigger lawlessness and chaos."),
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "fr", "Son absence entraînera à coup sûr l'anarchie et le chaos."),
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "ru", "Его отсутствие неизбежно приведет к беззаконию и хаосу."),
            .triggers("modality.shift", "en", "Its absence could trigger lawlessness and chaos.", "ar", "غيابها سيؤدي حتما إلى الفوضى."),
            // The Arabic future written onto the verb: "could face" read as "will face".
            .triggers("modality.shift", "en", "Egypt could face fuel shortages within days.", "ar", "وستواجه مصر نقصا في الوقود خلال أيام."),
            // A plan under study made a decision; an inspection under consideration made an order.
            .triggers("modality.shift", "en", "The minister said the government was studying a plan to ration water.", "ar", "وقال الوزير إن الحكومة قررت تنفيذ خطة لتقنين المياه."),
            .triggers("modality.shift", "en", "The cabinet is considering an emergency inspection of the line.", "ru", "Правительство распорядилось срочно проверить линию."),
            .triggers("modality.shift", "en", "The company said it was exploring a sale of the plant.", "en", "The company said it had agreed a sale of the plant."),
        ],
        nonTriggeringExamples: [
            .passes("en", "\"With 23 dinars I could buy rice, lentils and oil,\" she said.", "ar", "وقالت: «بـ23 ديناراً كنت أستطيع شراء الأرز والعدس والزيت»."),
            // "would" of reported speech takes the plain future; the expectation keeps «ожидается».
            .passes("en", "Repairs would cost the city about 48 million roubles and were expected to be completed by the end of 2028.", "ru", "Ремонт обойдётся городу примерно в 48 млн рублей, и ожидается, что работы будут завершены к концу 2028 года."),
            // "at risk" is the noun: «قد» still answers "could".
            .passes("en", "\"We would rather lose money than put a single passenger at risk,\" he said, adding that clearing the backlog could take three days.",
                    "ar", "«نفضّل أن نخسر المال على أن نعرّض راكباً واحداً للخطر»، قال، مضيفاً أن التخلص من تراكم الرحلات قد يستغرق ثلاثة أيام."),
            // An expectation kept by a participle or a verb of planning.
            .passes("en", "Ottawa had secured 2.3 million doses, with a first shipment expected to arrive on April 14.", "fr", "Ottawa s'était procuré 2,3 millions de doses, une première livraison étant attendue le 14 avril."),
            .passes("en", "Gagnon said Quebec expected to lift the restrictions by mid-May.", "fr", "M. Gagnon a indiqué que le Québec prévoyait lever les restrictions d'ici la mi-mai."),
            .passes("en", "The results will be announced on Monday, especially for the south.", "ar", "سيتم الإعلان عن النتائج يوم الاثنين، لا سيما في الجنوب."),
            .passes("en", "\"We could not breathe,\" said Zainab Hamid.", "ar", "«لم نكن قادرين على التنفس»، قالت زينب حامد."),
            .passes("en", "The cabinet is expected to declare a state of natural disaster on Wednesday.", "fr", "Le Conseil des ministres doit déclarer mercredi l'état de catastrophe naturelle."),
            .passes("en", "The cabinet is expected to declare a state of natural disaster on Wednesday.", "ru", "Ожидается, что в среду кабинет министров объявит режим стихийного бедствия."),
            .passes("en", "The minister said the ministry would meet both sides before the end of March.", "en", "The minister said the ministry will meet both sides before the end of March."),
            // « devrait » renders "should"; the future "will rebuild" is « reconstruirons », with no marker.
            .passes("en", "\"We will rebuild Erciş, but nobody should expect it to happen quickly,\" he said.", "fr", "« Nous reconstruirons Erciş, mais personne ne devrait s'attendre à ce que cela se fasse rapidement », a-t-il déclaré."),
            // « l'étude » ('the study') is a noun, not « étudie » ('is studying').
            .passes("en", "The company said it had completed an environmental study in 2024.", "fr", "L'entreprise a indiqué avoir achevé l'étude environnementale en 2024."),
            .passes("en", "The government was considering declaring a state of calamity.", "fr", "Le gouvernement envisageait de décréter l'état de calamité."),
            // "could" of ability, rendered as ability.
            .passes("en", "We pulled out everyone we could reach.", "ar", "انتشلنا كل من استطعنا الوصول إليه."),
            // "could have walked" → «не смог бы дойти» ('would not have been able'): the ability is the possibility.
            .passes("en", "\"Nobody could have walked or swum back,\" the colonel said.", "ru", "«Никто не смог бы ни дойти, ни доплыть обратно», — сказал полковник."),
            // "could" after "before": a time, not a possibility.
            .passes("en", "The heat scorched the grain before it could ripen.", "ar", "وأدت الحرارة إلى احتراق الحبوب قبل أن تنضج."),
            .passes("en", "Residents fled before they could collect their documents.", "fr", "Les habitants ont fui avant de récupérer leurs papiers."),
            // An ability rendered by a verb of ability ("will not be able" → «لن يتمكنوا») leaves «قد» to "may".
            .passes("en", "Many will not be able to repay their debts, and some may sell their land.", "ar", "كثيرون لن يتمكنوا من سداد ديونهم، وقد يبيع بعضهم أرضه."),
            .passes("en", "I couldn't find my phone to call for help.", "ru", "Я не могла найти телефон, чтобы позвать на помощь."),
            .passes("en", "Its absence could trigger lawlessness and chaos.", "fr", "Son absence pourrait entraîner l'anarchie et le chaos."),
            .passes("en", "Its absence could trigger lawlessness and chaos.", "ru", "Его отсутствие может привести к беззаконию и хаосу."),
            .passes("en", "He is set to meet Austin on Tuesday.", "fr", "Il doit rencontrer M. Austin mardi."),
            .passes("en", "Turkey will do everything it can to make that happen.", "ru", "Турция сделает все возможное, чтобы это произошло."),
            .passes("en", "Its absence could trigger lawlessness and chaos.", "he", "היעדרה עלול להוביל לאנרכיה ולכאוס."),
            .passes("en", "Egypt could face fuel shortages within days.", "ar", "قد تواجه مصر نقصا في الوقود خلال أيام."),
            .passes("en", "Officials said the policy could change.", "ar", "وقال مسؤولون إن السياسة قد تتغير، وإن سياسة الحكومة قيد المراجعة."),
            .passes("en", "The ministry will send ships to the port.", "ar", "سترسل الوزارة سفنا إلى الميناء."),
            // "would" is paired with the future it back-shifts, "might" with "قد", wherever they stand.
            .passes("en", "Officials said the rules would be reviewed every two weeks and that restrictions might follow in August.",
                    "ar", "وقال مسؤولون إن القواعد ستراجع كل أسبوعين، وإن قيودا قد تفرض في أغسطس."),
            // "would probably" is one hedge, and so is «على الأرجح ستكون» ('probably will').
            .passes("en", "The storms would probably be weaker, and temperatures were expected to rise.", "ar", "وإن العواصف على الأرجح ستكون أضعف، ومن المتوقع أن ترتفع درجات الحرارة."),
            // "could hear" reports what was perceived.
            .passes("en", "\"I did not sleep on Monday night. I could hear the chainsaws until dawn,\" he said.", "ar", "وقال: «لم أنم ليل الاثنين. كنت أسمع المناشير الآلية حتى الفجر»."),
            // "May" inside a sentence is the month.
            .passes("en", "The review will go ahead in May as planned.", "ar", "ستمضي المراجعة قدما في مايو كما هو مقرر."),
            // "Können" inside a German sentence is the noun 'skill'; French "certains" is 'some', not "certainement".
            .passes("de", "Die Route erfordert hohes Können.", "fr", "Certains itinéraires exigent une grande habileté."),
            // "cannot" is "can" negated: it answers "ne peut pas", and "will" is in the French future tense.
            .passes("en", "If they cannot travel, we will not be able to keep to this timetable.", "fr", "S'ils ne le peuvent pas, nous ne pourrons pas respecter ce calendrier."),
            .passes("en", "The minister said the government was studying a plan to ration water.", "fr", "Le ministre a indiqué que le gouvernement étudie un plan de rationnement de l'eau."),
        ]
    )

    /// Markers of the original that say 'possibly' ("can" is ability as often as not; "could" too —
    /// "everyone we could reach", "I couldn't find a phone" — but its translations then say 'could'
    /// in a form `abilityWords` knows).
    static let onlyPossible: Set<String> = ["may", "might", "could", "possibly", "perhaps"]

    /// English markers of an expectation, which a plain future does not render.
    static let expectations: Set<String> = ["is expected to", "is likely to", "expected to", "are expected to", "was expected to", "were expected to",
                                                         "is expected", "are expected", "was expected", "were expected"]

    /// Words that keep an expectation without being markers of the scales (a participle, a verb of
    /// planning, a past 'was to'): « une livraison étant attendue », « prévoyait lever », « était
    /// pressenti », « devaient passer », «ожидалось», «планировалось». Matched as written.
    static let expectationWords: Set<String> = ["attendu", "attendue", "attendus", "attendues", "attendait", "attendaient", "prévu", "prévue", "prévus",
                                                "prévues", "prévoit", "prévoient", "prévoyait", "prévoyaient", "pressenti", "pressentie", "pressentis",
                                                "devait", "devaient", "censé", "censée", "censés", "ожидалось", "ожидался", "ожидалась", "ожидались",
                                                "ожидаемый", "планируется", "планировалось", "предполагается", "предполагалось", "намечено", "намечалось",
                                                "يتوقع", "يُتوقع", "متوقع", "المتوقع", "مقررا", "مقرراً", "צפוי", "צפויה", "צפויים", "צפויות", "אמור",
                                                "אמורה", "אמורים", "previsto", "prevista", "previstos", "previstas", "esperaba", "esperaban", "debía",
                                                "debían", "erwartet", "voraussichtlich", "sollte", "sollten"]

    /// Past and ability forms that say 'could' without being paired as markers («мог начаться»,
    /// 'may have started'; «استطعنا», 'we could'): enough to keep a possibility.
    static let abilityWords: Set<String> = ["мог", "могла", "могли", "могло", "сможет", "смогут", "смог", "смогла", "смогли", "смогло", "сможем", "pu", "pouvait", "pouvaient",
                                            "ربما", "יכול", "יכולה", "ייתכן"]

    /// Arabic words of ability, by their start ("استطعنا", 'we could'; "يمكنه", 'he can'; "قادرين", 'able'; "لن يتمكنوا",
    /// 'they will not be able').
    static let abilityStems: [String] = ["استطع", "استطاع", "يستطيع", "تستطيع", "نستطيع", "أستطيع", "استطيع", "سيستطيع", "ستستطيع", "يمكن", "تمكن",
                                         "يتمكن", "تتمكن", "نتمكن", "سيتمكن", "ستتمكن", "بامكان", "قادر"]

    /// English verbs of perception, which "could" makes a report of what was perceived.
    static let perceptionVerbs: Set<String> = ["hear", "see", "feel", "smell", "taste", "sense", "watch"]

    /// Russian present active participle suffixes («следующий», «ведущий», «имеющий», «лежащий», «стоящий»).
    static let russianParticiple = ["ущ", "ющ", "ащ", "ящ"]
    static let adjectiveEndings = ["ий", "ая", "ее", "ие", "его", "ему", "им", "ем", "ей", "ой", "ую", "их", "ими", "ого", "ому"]

    /// Probable markers that are also the conditional of 'must' ('should').
    static let shouldForms: Set<String> = ["devrait", "devraient", "dürfte", "dürften"]

    /// Pairs of values that translations trade without changing what is asserted.
    static let equivalent: Set<Set<String>> = [["certain", "obligatory"], ["probable", "certain"]]

    /// Two markers of how sure, side by side, are one hedged statement: "would probably be", «على الأرجح
    /// ستكون» ('probably will be'), "could possibly": the less sure of the two stands for both.
    static func hedgedOnce(_ hits: [ScaleHit], _ lexicon: ScaleLexicon) -> [ScaleHit] {
        let rank = ["possible": 0, "probable": 1, "certain": 2]
        var out: [ScaleHit] = []
        for hit in hits {
            if let last = out.last, let (k, a) = last.place, let (k2, b) = hit.place, k == k2, a.upperBound == b.lowerBound || b.upperBound == a.lowerBound,
               let ra = rank[lexicon.modality[last.entry].value], let rb = rank[lexicon.modality[hit.entry].value] {
                if rb < ra { out[out.count - 1] = hit }
                continue
            }
            out.append(hit)
        }
        return out
    }

    /// Event markers (in progress, done) read as verbs: one written after an article, or with an
    /// elided one, is the noun (« l'étude », 'the study', is not « étudie », 'is studying').
    static func verbsOnly(_ hits: [ScaleHit], _ text: BeadText, _ lexicon: ScaleLexicon) -> [ScaleHit] {
        hits.filter { hit in
            // "could hear", "could see": what someone was able to perceive, not a possibility ("I could hear the
            // chainsaws until dawn" → «كنت أسمع», 'I was hearing').
            if lexicon.language == "en", ["could", "can"].contains(lexicon.modality[hit.entry].form), let (k, span) = hit.place {
                let next = text.tokens[k][span.upperBound...].prefix(3).filter { !["not", "still", "barely", "hardly", "only", "just", "clearly"].contains($0.key) }.first
                if let next, Self.perceptionVerbs.contains(next.key) { return false }
                // "before it could ripen", "until they could leave": when, not whether (« avant qu'ils mûrissent »).
                if text.tokens[k][..<span.lowerBound].suffix(2).contains(where: { ["before", "until", "till"].contains($0.key) }) { return false }
            }
            // A Russian present participle shares the verb's stem: «в следующем месяце» ('next month') is not «следует» ('should').
            if lexicon.language == "ru", let (k, span) = hit.place, span.count == 1 {
                let key = text.tokens[k][span.lowerBound].key, form = lexicon.modality[hit.entry].form
                if Self.russianParticiple.contains(where: { p in !form.contains(p) && Self.adjectiveEndings.contains { key.hasSuffix(p + $0) } }) { return false }
            }
            // "put a passenger at risk", "the risk of": the noun, not "risks triggering".
            if lexicon.language == "en", lexicon.modality[hit.entry].form == "risks", let before = text.token(before: hit),
               before.key == "at" || Articles.precede(hit, in: text, language: "en") { return false }
            guard ["reported", "accomplished"].contains(lexicon.modality[hit.entry].value), let (k, span) = hit.place, span.count == 1 else { return true }
            let key = text.tokens[k][span.lowerBound].key
            if key.hasPrefix("l'") || key.hasPrefix("l\u{2019}") || key.hasPrefix("d'") { return false }
            // English lists its accomplished markers as participles: the same stem in another form is no
            // event done ("could reach about 1,200 firms" is not "reached").
            if lexicon.language == "en", lexicon.modality[hit.entry].value == "accomplished", !key.hasSuffix("ed") { return false }
            return !Articles.precede(hit, in: text, language: lexicon.language)
        }
    }

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        guard let sides = comparison.shiftSides(beadIndex) else { return [] }
        func names(_ side: Comparison.Side, _ text: BeadText) -> [Range<Int>] { text.sentences.flatMap { comparison.document(side).facts[$0].names.map(\.range) } }
        var s = Self.hedgedOnce(Self.verbsOnly(sides.source.modalHits(sides.sourceScales, names: names(.source, sides.source)), sides.source, sides.sourceScales), sides.sourceScales)
        var t = Self.hedgedOnce(Self.verbsOnly(sides.target.modalHits(sides.targetScales, names: names(.target, sides.target)), sides.target, sides.targetScales), sides.targetScales)
        // The back-shifted 'will' of reported speech ("would cost … and were expected to be completed" / «обойдётся …
        // ожидается, что работы будут завершены») takes a plain future first, leaving the expectation its own marker.
        if sides.sourceScales.language == "en", sides.targetScales.language != "en", t.contains(where: { sides.targetScales.modality[$0.entry].value == "certain" }),
           s.contains(where: { sides.sourceScales.modality[$0.entry].value != "certain" && sides.sourceScales.modality[$0.entry].form != "would" }) {
            for a in s where sides.sourceScales.modality[a.entry].form == "would" {
                guard let k = t.lastIndex(where: { sides.targetScales.modality[$0.entry].value == "certain" }) else { break }
                t.remove(at: k)
                s.removeAll { $0.range == a.range }
            }
        }
        var out: [Finding] = []
        // A marker with the same value, or one translations trade for it, anywhere in the translation's
        // side accounts for it; the rest are paired in reading order.
        let value = { (hit: ScaleHit, lexicon: ScaleLexicon) in lexicon.modality[hit.entry].value }
        let same = ScaleHit.unmatched(s, t) { value($0, sides.sourceScales) == value($1, sides.targetScales) }
        // Probable and certain are traded only through "would", the back-shifted 'will' of reported
        // speech ("said it would" / «заявил, что будет»): "is expected to meet" → "will meet" is a shift.
        let pairs = ScaleHit.unmatchedPairs(same.source, same.target, matches: { a, b in
            let pair: Set<String> = [value(a, sides.sourceScales), value(b, sides.targetScales)]
            let forms: Set<String> = [sides.sourceScales.modality[a.entry].form, sides.targetScales.modality[b.entry].form]
            // « devrait » is both 'should' and 'is likely to': it renders "should" too.
            if pair == ["obligatory", "probable"] { return !forms.isDisjoint(with: Self.shouldForms) }
            guard Self.equivalent.contains(pair) else { return false }
            return pair != ["probable", "certain"] || forms.contains("would")
        })
        // "may revoke" rendered «отзовет» ('will revoke'), a plain future or past with no marker at all:
        // a possibility of the original with nothing possible or probable left in the translation.
        // (The translation's words are read only for a candidate: most beads have none.)
        // An expectation ("is expected to declare") counts too where the translation has no marker at
        // all (« déclarera »): one rendered by a duty or a schedule (« doit déclarer ») keeps a marker.
        if let a = same.source.first(where: { hit in
            let form = sides.sourceScales.modality[hit.entry].form
            return ((value(hit, sides.sourceScales) == "possible" && Self.onlyPossible.contains(form))
                    // Markers of how far along an event is («décidera» read as « décidé ») say nothing of how sure it is.
                    || (!t.contains { ["possible", "probable", "certain", "obligatory"].contains(value($0, sides.targetScales)) }
                        && Self.expectations.contains(form) && !sides.target.tokens.joined().contains { Self.expectationWords.contains($0.key) }))
                && !pairs.contains { $0.0.range == hit.range && !["reported", "accomplished"].contains(value($0.1, sides.targetScales)) } }),
           // Counted: a marker of the translation already paired with another of the original's ("may have caused … could
           // not be ruled out" against «تسبب … لا يمكن استبعاد») keeps only that one; an ability word inside it is the same word.
           !same.target.contains(where: { ["possible", "probable"].contains(value($0, sides.targetScales)) }),
           !sides.target.tokens.joined().contains(where: { token in
               (Self.abilityWords.contains(token.key) || Self.abilityStems.contains { token.key.hasPrefix($0) })
                   && !t.contains { $0.range.overlaps(token.range) && !same.target.contains(where: { $0.range == token.range }) } }) {
            out.append(Finding(
                check: "modality.shift", severity: a.quoted ? Severity.minor.raised : .minor,
                message: "\"\(comparison.text(.source, a.range))\" (\(value(a, sides.sourceScales))) has no \(value(a, sides.sourceScales) == "possible" ? "possibility" : "expectation") in the translation: the statement is made outright.",
                source: comparison.span(.source, sentence: a.sentence, range: a.range),
                target: comparison.span(.target, sentence: sides.target.sentences[0]),
                expected: comparison.text(.source, a.range), found: nil,
                evidence: "lexicons/scales modality: \(value(a, sides.sourceScales)) → no marker", bead: beadIndex))
        }
        for (a, b) in pairs {
            let va = value(a, sides.sourceScales), vb = value(b, sides.targetScales)
            // Only along one axis: how sure (possible … certain) or how far along (reported, accomplished).
            let epistemic: Set<String> = ["possible", "probable", "certain"], event: Set<String> = ["reported", "accomplished"]
            guard (epistemic.contains(va) && epistemic.contains(vb)) || (event.contains(va) && event.contains(vb)) else { continue }
            var severity: Severity = Set([va, vb]) == ["possible", "probable"] ? .minor : .major
            if b.quoted { severity = severity.raised }
            out.append(Finding(
                check: "modality.shift", severity: severity,
                message: "\"\(comparison.text(.source, a.range))\" (\(va)) rendered \"\(comparison.text(.target, b.range))\" (\(vb)).",
                source: comparison.span(.source, sentence: a.sentence, range: a.range),
                target: comparison.span(.target, sentence: b.sentence, range: b.range),
                expected: comparison.text(.source, a.range), found: comparison.text(.target, b.range),
                evidence: "lexicons/scales modality: \(va) → \(vb)", bead: beadIndex))
        }
        return out
    }
}
