/// Concepts of the terms lexicon across an aligned pair: "critical" rendered
/// "decisive", "militants" rendered "terrorists", "killed" rendered "blessés".
/// Words are matched through Snowball stems and clitic-free forms, so
/// inflected renderings count ("décisives", "судьбоносными", "حاسمة").
public struct TermShiftCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "term",
        name: "Terms",
        summary: "A concept of the original is rendered with a deprecated word (one that brings in another meaning) or, in a same-language copy, replaced by another concept's word; or it has no rendering the lexicon admits.",
        cases: [
            CheckCase("term.shift", .major, "The rendering is deprecated for the concept (severity and note from the lexicon), or a same-language copy replaces the concept's word by another concept's, or a translation renders a concept the lexicon names as confusable with it instead; raised one level inside a quotation."),
            CheckCase("term.missing", .minor, "A concept of the original has no admitted rendering in the aligned translation (info for a verb, an adverb or a relational adjective, which translations often reword)."),
        ],
        triggeringExamples: [
            .triggers("term.shift", "en", "Tatyana Orlova, a 47-year-old schoolteacher in Tsiolkovsky, said she saw a flash.", "ru", "47-летняя медсестра из Циолковского Татьяна Орлова рассказала, что видела вспышку."),
            // What a business does, what happened to a vehicle (business-activities, vehicles-documents-status).
            .triggers("term.shift", "en", "Bader al-Kandari owns an air-conditioning repair company in Jahra.", "ar", "ويملك بدر الكندري شركة لبيع أجهزة التكييف في الجهراء."),
            .triggers("term.shift", "en", "The violence flared after a bus was set alight near the station.", "en", "The violence flared after a bus was hijacked near the station."),
            .triggers("term.shift", "en", "Engineers had repaired one pump by Sunday evening.", "en", "Engineers had inspected one pump by Sunday evening."),
            // Premises and payments, utilities and animal sites, toxic gases (lexicons/terms premises-payments,
            // utilities-energy-sites, toxic-gases).
            .triggers("term.shift", "en", "The shop near the gate sold postcards.", "fr", "Le restaurant près de la porte vendait des cartes postales."),
            .triggers("term.shift", "en", "He sold the animals at a livestock market on Saturday.", "ar", "وباع الحيوانات في مسلخ يوم السبت."),
            .triggers("term.shift", "en", "Residents reported a strong smell of hydrogen sulphide near the beach.", "fr", "Les habitants ont signalé une forte odeur de dioxyde de soufre près de la plage."),
            // How a pipe failed (lexicons/terms failures-conditions): a rupture is no explosion.
            .triggers("term.shift", "en", "A pipe ruptured at the boiler house on Monday.", "ru", "В понедельник в котельной взорвалась труба."),
            .triggers("term.shift", "en", "A water main burst under the road on Monday.", "fr", "Une conduite d'eau a explosé sous la route lundi."),
            // What is done to food (lexicons/terms food-water-safety), and an inspection made a repair.
            .triggers("term.shift", "en", "The company said the melons were cooled after harvest.", "en", "The company said the melons were washed after harvest."),
            .triggers("term.shift", "en", "The building had not had a full inspection of its balconies since 2019.", "ru", "С 2019 года в доме не проводилось полного ремонта балконов."),
            // An opposite of lexicons/terms opposites-events.
            .triggers("term.shift", "en", "Officials said the figures were undercounted.", "fr", "Les responsables ont affirmé que les chiffres étaient surestimés."),
            .triggers("term.shift", "en", "The protesters carried a Palestinian flag outside the building.", "en", "The protesters carried a Palestinian banner outside the building."),
            // Places for children, and what protesters throw (lexicons/terms institutions-for-people, protest-policing).
            .triggers("term.shift", "en", "Schools and summer camps in the two districts were closed on Tuesday.", "ru", "Школы и детские сады в двух районах были закрыты во вторник."),
            .triggers("term.shift", "en", "Several of them threw eggs at the bank's front window.", "ar", "ورشق عدد منهم الواجهة الأمامية للمصرف بالحجارة."),
            .triggers("term.shift", "en", "Engineers had repaired one pump by Sunday evening.", "en", "Engineers had replaced one pump by Sunday evening."),
            .triggers("term.shift", "en", "Officials opened centres offering services such as lodging and food.", "fr",
                      "Les autorités ont ouvert des centres offrant des services comme l'hébergement et les médicaments."),
            // Detained is not dismissed.
            .triggers("term.shift", "en", "Two employees of the catering company were detained on Wednesday.", "ru", "В среду были уволены двое сотрудников компании-поставщика."),
            // The dead counted as injured, in a republication and across languages.
            .triggers("term.shift", "en", "Most of the deaths were caused by falling trees.", "en", "Most of the injuries were caused by falling trees."),
            .triggers("term.shift", "en", "Most of the deaths were caused by falling trees.", "ar", "ونجمت معظم الإصابات عن سقوط الأشجار."),
            // Bought and sold are confusable across languages: the translation names the opposite transaction.
            .triggers("term.shift", "en", "The central bank sold dollars to slow the lari's fall.", "ru", "Центробанк покупал доллары, чтобы замедлить падение лари."),
            // A fire put out rendered a fire contained: the danger is not over.
            .triggers("term.shift", "en", "By evening the coast guard declared the blaze fully extinguished.", "ru", "К вечеру береговая охрана заявила, что возгорание локализовано."),
            .triggers("term.shift", "en", "He described the meetings as critical for the future of the war.", "en", "He described the meetings as decisive for the future of the war."),
            .triggers("term.shift", "en", "Hamas militants crossed the border on Saturday.", "fr", "Des terroristes du Hamas ont franchi la frontière samedi."),
            .triggers("term.shift", "en", "He described the meetings as critical, his office said.", "ar", "ووصف الاجتماعات بأنها حاسمة، بحسب مكتبه."),
            .triggers("term.shift", "en", "The offensive has killed almost 37,600 people in Gaza.", "ru", "В результате наступления в секторе Газа ранены почти 37 600 человек."),
            // Same language: the word-level diff puts another concept's word where the concept stood.
            .triggers("term.shift", "en", "The report classified the damage as critical.", "en", "The report classified the damage as serious."),
            .triggers("term.shift", "fr", "Son absence pourrait entraîner l'anarchie et le chaos.", "fr", "Son absence pourrait entraîner l'anarchie et la famine."),
            // Missing made dead, resigned made dismissed, exports made imports (lexicons/terms/disaster-health.yml,
            // politics-society.yml, labour-economy.yml).
            .triggers("term.shift", "en", "At least 12 people are missing after the floods.", "fr", "Au moins 12 personnes sont mortes après les inondations."),
            .triggers("term.shift", "en", "The minister resigned on Tuesday.", "ru", "Министр был уволен во вторник."),
            .triggers("term.shift", "en", "Grain exports fell by a third.", "ar", "تراجعت واردات الحبوب بمقدار الثلث."),
            // Across languages, a concept the lexicon names as confusable in the translation's language takes
            // the place of the original's ('unjustified' lists «غير قانوني», 'illegal', as a wrong rendering).
            .triggers("term.shift", "en", "The court ruled the blockade illegal on Tuesday.", "ar", "قضت المحكمة يوم الثلاثاء بأن الحصار غير مبرر."),
            .triggers("term.shift", "en", "Police questioned him as a witness on Monday.", "he", "המשטרה חקרה אותו ביום שני כחשוד."),
            // A press briefing made a press dinner: no word of the translation renders it, in any form.
            .triggers("term.missing", "en", "Miller spoke at a press briefing in Washington.", "fr", "Miller s'est exprimé lors d'un dîner de presse à Washington."),
        ],
        nonTriggeringExamples: [
            // « sulfure d'hydrogène » is one gas, not 'hydrogen'.
            .passes("en", "Mats of seaweed released hydrogen sulphide gas on Tuesday.", "fr", "Des radeaux d'algues ont dégagé du sulfure d'hydrogène mardi."),
            .passes("en", "A pipe ruptured at the boiler house on Monday.", "ru", "В понедельник в котельной прорвало трубу."),
            // « accorder » ('to grant') renders the verb "offer", though its stem is that of « accord » ('agreement').
            .passes("en", "France was prepared to offer a further 4 billion CFP francs in aid.", "fr", "La France était prête à accorder une aide supplémentaire de 4 milliards de francs CFP."),
            // "bank" of a river is no bank the translation must name.
            .passes("en", "The boat capsized near the east bank of the Nile.", "ar", "انقلب القارب قرب الضفة الشرقية لنهر النيل."),
            // A participle is no noun: "the planned renewal" states no plan for « accordées » to contradict.
            .passes("en", "Fishermen marched to protest the planned renewal of fishing licences for foreign trawlers.", "fr", "Les pêcheurs ont défilé pour protester contre le renouvellement prévu des licences de pêche accordées à des chalutiers étrangers."),
            // "so-called" is rendered « prétendues », which casts doubt as the original does.
            .passes("en", "Tenant groups say evictions for so-called renovations are pushing rents up.", "fr", "Les groupes de locataires affirment que des évictions pour de prétendues rénovations font grimper les loyers."),
            // Two phrases sharing their noun: «канализационные трубы» renders "sewage pipes".
            .passes("en", "Heavy rain broke water and sewage pipes in the city.", "ru", "Сильный дождь прорвал водопроводные и канализационные трубы в городе."),
            // A person's given name opening the sentence is no verb ("Denis" is not "denies").
            .passes("en", "Denis Tikhonov, 46, a welder, spent seven hours on the ice.", "ru", "46-летний сварщик Денис Тихонов провел на льдине семь часов."),
            // A rendering the lexicon does not list, that the bilingual dictionary gives for the word.
            .passes("en", "Iraq never fully rebuilt its power sector after decades of war and sanctions.", "ar", "ولم يتمكن العراق قط من إعادة بناء قطاع الكهرباء بالكامل بعد عقود من الحروب والعقوبات."),
            .passes("en", "The fires caused 12 deaths and more than 100 injuries.", "fr", "Les incendies ont fait 12 morts et plus de 100 blessés."),
            // The original states the deprecated sense too: "subsidised loans" are «льготные кредиты».
            .passes("en", "The government offered subsidised loans worth 150 million lari.", "ru", "Правительство предложило льготные кредиты на 150 млн лари."),
            .passes("en", "By evening the coast guard declared the blaze fully extinguished.", "fr", "Dans la soirée, les garde-côtes ont déclaré l'incendie entièrement éteint."),
            // Days on which the outcome turns are "decisive" in the languages: no shift there.
            .passes("en", "The miners can survive if they have air, so the next few days are critical.", "ru", "Горняки могут выжить, если у них есть воздух, поэтому ближайшие дни будут решающими."),
            // "Said" in "Port Said" is part of a name, not the reporting verb.
            .passes("en", "Dockworkers at Port Said walked out on Monday.", "fr", "Les dockers de Port-Saïd ont cessé le travail lundi."),
            .passes("en", "At least 12 people are missing after the floods.", "fr", "Au moins 12 personnes sont portées disparues après les inondations."),
            .passes("en", "The minister resigned on Tuesday.", "ru", "Министр ушел в отставку во вторник."),
            .passes("en", "Grain exports fell by a third.", "ar", "تراجعت صادرات الحبوب بمقدار الثلث."),
            .passes("en", "He described the meetings as critical for the future of the war.", "fr", "Il a qualifié les réunions de cruciales pour l'avenir de la guerre."),
            .passes("en", "Hamas militants crossed the border on Saturday.", "ru", "Боевики ХАМАС пересекли границу в субботу."),
            .passes("en", "The offensive has killed almost 37,600 people in Gaza.", "ar", "أسفر الهجوم عن مقتل نحو 37600 شخص في غزة."),
            .passes("en", "The offensive has killed almost 37,600 people in Gaza.", "he", "המתקפה הרגה כמעט 37,600 בני אדם בעזה."),
            .passes("en", "The report classified the damage as critical.", "en", "The report classified the damage as crucial."),
            // The noun "Entscheidung" ('decision') is not the adjective "entscheidend" ('decisive'), whatever their stem.
            .passes("de", "Die Entscheidung fiel am Dienstag in Bern.", "fr", "La décision est tombée mardi à Berne."),
            // Snowball gives "importers" the stem of "important", and "last" that of "lasting": other words all the same.
            .passes("en", "The deal would be good news for importers in Egypt.", "ru", "Сделка стала бы хорошей новостью для импортеров в Египте."),
            .passes("en", "The talks are expected to last three days.", "fr", "Les pourparlers devraient durer trois jours."),
            .passes("en", "Police questioned him as a witness on Monday.", "he", "המשטרה חקרה אותו ביום שני כעד."),
            // "Strike" alone is the military concept's word; a labour strike in the translation is no swap.
            .passes("en", "The union said the port strike would go on.", "ar", "وقالت النقابة إن إضراب الميناء سيستمر."),
            .passes("en", "Dockworkers are on strike. The strike closed the port on Monday.", "ru", "Докеры бастуют. Забастовка закрыла порт в понедельник."),
            // Renderings in forms the lexicon does not list: an inflected phrase, a root with a clitic and an ending.
            .passes("en", "The meetings were extremely important.", "fr", "Les rencontres ont été extrêmement importantes."),
            .passes("en", "The talks aim to improve humanitarian access.", "ru", "Переговоры направлены на улучшение гуманитарного доступа."),
            .passes("en", "Washington has repeatedly urged Israel to craft a plan.", "he", "וושינגטון דחקה שוב ושוב בישראל לגבש תוכנית."),
            // A reporting verb is the attribution check's: "said" rendered 'according to' is no missing term.
            .passes("en", "Police said seven of the nine dead had been identified by Monday evening.", "ru",
                    "По данным полиции, к вечеру понедельника опознаны семь из девяти погибших."),
            // After an article, "report" is the noun, not the verb "reported".
            .passes("en", "The inspectors will publish the report within 30 days.", "fr", "Les inspecteurs publieront le document dans les 30 jours."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard !bead.source.isEmpty, !bead.target.isEmpty else { return [] }
        guard let (source, target) = comparison.beadTexts(beadIndex) else { return [] }
        // Concepts the original states (preferred or admitted renderings), first mention each.
        let concepts = comparison.sourceTerms.concepts
        var stated: [(concept: Int, sentence: Int, range: Range<Int>, preferred: Bool)] = []
        // Concepts whose wrong sense the original itself also states ("subsidised loans": the loans
        // are there in the original, so «кредиты» renders them, not "subsidised").
        var alsoWrongSense: [Int: Int] = [:]
        let sourceLanguage = comparison.source.document.language
        for (k, tokens) in source.tokens.enumerated() {
            for hit in comparison.sourceTerms.find(in: tokens, words: source.words[k]) {
                for use in hit.uses where use.status == .deprecated { alsoWrongSense[use.concept, default: 0] += 1 }
                // A lower-case term written with a capital inside a sentence belongs to a name
                // ("Port Said", "PORT SAID"), except where every noun is capitalised.
                // So is one opening a sentence inside a name of two capitalised words or more ("Denis Tikhonov, 46, a welder").
                let range = source.range(k, hit.tokens)
                let partOfName = !PhraseFinder.capitalisedNouns.contains(sourceLanguage.language)
                    && (source.isCapitalisedInside(k, hit.tokens.lowerBound)
                        || comparison.source.facts[source.sentences[k]].names.contains { $0.tokens.count >= 2 && $0.range.overlaps(range) }
                        // Or a title opening the sentence before a capitalised word ("Major General Kadhim al-Zubaidi").
                        || (hit.tokens.lowerBound == 0 && tokens[0].isCapitalized && hit.tokens.upperBound < tokens.count && tokens[hit.tokens.upperBound].isCapitalized))
                for use in hit.uses where use.status != .deprecated && !stated.contains(where: { $0.concept == use.concept })
                    && !(partOfName && Self.writtenLowerCase(concepts[use.concept], in: sourceLanguage)) {
                    stated.append((use.concept, source.sentences[k], source.range(k, hit.tokens), use.status == .preferred))
                }
            }
        }
        guard !stated.isEmpty else { return [] }
        var rendered: [Int: [(status: TermConcept.Status, use: TermIndex.Use, sentence: Int, range: Range<Int>)]] = [:]
        for (k, tokens) in target.tokens.enumerated() {
            for hit in comparison.targetTerms.find(in: tokens, words: target.words[k]) {
                for use in hit.uses { rendered[use.concept, default: []].append((use.status, use, target.sentences[k], target.range(k, hit.tokens))) }
            }
        }
        var out: [Finding] = []
        var reportedSpans = Set<Int>()
        // One finding per wrong word of the translation too: «خيمة» ('tent') for "public halls" is not reported
        // again for the "shelter" the halls were to be.
        var reportedTargets = Set<Range<Int>>()
        var missingReported = false
        // The translation's words as the loose look for renderings reads them, made when first asked.
        var looseWords: TermIndex.LooseWords?
        func rendersLoosely(_ concept: Int) -> Bool {
            if looseWords == nil { looseWords = TermIndex.LooseWords(target.tokens.flatMap { $0.filter { $0.kind == .word }.map(\.key) }) }
            return comparison.targetTerms.looselyRendered(concept, in: looseWords!)
        }
        // Reporting words of the original ("said", "according to"): the attribution check compares them
        // with the translation's, whatever words it takes ("said" → «по данным» is no loss).
        var reporting: [Range<Int>]?
        func isReporting(_ range: Range<Int>) -> Bool {
            if reporting == nil { reporting = AttributionCheck.reporting(source, ScaleLexicon.of(sourceLanguage.language)).map(\.range) }
            return reporting!.contains { $0.overlaps(range) }
        }
        for s in stated {
            let uses = rendered[s.concept] ?? []
            if uses.contains(where: { $0.status != .deprecated }) { reportedSpans.insert(s.range.lowerBound); continue }
            // One finding per word of the original, whichever of its concepts reports it.
            if reportedSpans.contains(s.range.lowerBound) { continue }
            let expected = comparison.targetTerms.preferred(s.concept).first
            // As often as the original says it: then the translation renders the original's own word.
            // Not a word that renders another concept the original states there ("sheep and goats" →
            // «овец и верблюдов»: «овец» is the sheep, deprecated for goats only as a sibling's word).
            func rendersStated(_ range: Range<Int>) -> Bool {
                rendered.contains { concept, uses in
                    concept != s.concept && stated.contains { $0.concept == concept } && uses.contains { $0.status != .deprecated && $0.range == range }
                }
            }
            // Of several wrong words, the one standing where the original's word stands in its sentence
            // («محطات ضخ الوقود» for "water pumping stations", not the «كهرباء» of a company's name before it).
            func place(_ side: Comparison.Side, _ sentence: Int, _ range: Range<Int>) -> Double {
                let whole = comparison.document(side).document.sentences[sentence].range
                return Double(range.lowerBound - whole.lowerBound) / Double(max(whole.count, 1))
            }
            let here = place(.source, s.sentence, s.range)
            if let shift = uses.filter({ $0.status == .deprecated && !rendersStated($0.range) && !reportedTargets.contains($0.range) })
                .min(by: { abs(place(.target, $0.sentence, $0.range) - here) < abs(place(.target, $1.sentence, $1.range) - here) }),
               uses.filter({ $0.status == .deprecated }).count > alsoWrongSense[s.concept] ?? 0,
               // Not where the word is another concept's right word and the original's word also names that
               // concept: «إضراب» for "strike", which may be a labour strike.
               !Self.otherSenseRendered(s, at: shift.range, among: rendered, concepts: concepts, comparison) {
                reportedSpans.insert(s.range.lowerBound)
                reportedTargets.insert(shift.range)
                var severity = shift.use.severity ?? description.severity(of: "term.shift")
                let quoted = target.isQuoted(shift.range)
                if quoted { severity = severity.raised }
                let found = comparison.target.document.file.string(shift.range)
                // The wrong word is the opposite of the concept's own, by the language's antonym pairs
                // ("positive" rendered «отрицательными»): a polarity flip, reported as one.
                if let own = Self.oppositeOf(concepts[s.concept], at: shift.range, in: target, comparison.target.document.language) {
                    out.append(Finding(
                        check: "polarity.flip", severity: max(severity, .major),
                        message: "\"\(comparison.source.document.file.string(s.range))\" is rendered \"\(found)\", the opposite of \"\(own)\"\(quoted ? " (inside a quotation)" : "").",
                        source: comparison.span(.source, sentence: s.sentence, range: s.range),
                        target: comparison.span(.target, sentence: shift.sentence, range: shift.range),
                        expected: expected, found: found,
                        evidence: "lexicons/terms concept `\(concepts[s.concept].id)`; lexicons/scales antonyms \"\(own)\" / \"\(found)\"", bead: beadIndex))
                    continue
                }
                out.append(Finding(
                    check: "term.shift", severity: severity,
                    message: "\"\(comparison.source.document.file.string(s.range))\" is rendered \"\(found)\"\(shift.use.note.map { ": \($0)" } ?? ".")\(quoted ? " (inside a quotation)" : "")",
                    source: comparison.span(.source, sentence: s.sentence, range: s.range),
                    target: comparison.span(.target, sentence: shift.sentence, range: shift.range),
                    expected: expected, found: found,
                    evidence: "lexicons/terms concept `\(concepts[s.concept].id)`: \"\(found)\" is deprecated", bead: beadIndex))
            } else if let other = Self.otherConcept(for: s, stated: stated, among: rendered, concepts: concepts, in: beadIndex, of: comparison)
                        ?? Self.swappedConcept(for: s, stated: stated, among: rendered, concepts: concepts, of: comparison) {
                // The place of the concept is taken by another concept of the same kind ("critical" → "serious").
                reportedSpans.insert(s.range.lowerBound)
                if !reportedTargets.insert(other.range).inserted { continue }
                var severity = description.severity(of: "term.shift")
                let quoted = target.isQuoted(other.range)
                if quoted { severity = severity.raised }
                let found = comparison.target.document.file.string(other.range)
                out.append(Finding(
                    check: "term.shift", severity: severity,
                    message: "\"\(comparison.source.document.file.string(s.range))\" is rendered \"\(found)\", a word for another concept (\(concepts[other.use.concept].gloss ?? concepts[other.use.concept].id))\(quoted ? " (inside a quotation)" : "").",
                    source: comparison.span(.source, sentence: s.sentence, range: s.range),
                    target: comparison.span(.target, sentence: other.sentence, range: other.range),
                    expected: expected, found: found,
                    evidence: "lexicons/terms: \"\(found)\" renders `\(concepts[other.use.concept].id)`, not `\(concepts[s.concept].id)`", bead: beadIndex))
            } else if expected != nil, s.preferred, !missingReported, bead.source.count == 1, bead.target.count == 1,
                      // The translation took the word in another concept's sense, which it renders ("strike": a labour strike).
                      !Self.otherSenseRendered(s, among: rendered, concepts: concepts, comparison),
                      // Nor where a rendering is there in a form the lexicon does not list, or in a word it does not
                      // list that the bilingual dictionary gives for every word of the original's («وفاة» for "deaths").
                      !rendersLoosely(s.concept), !isReporting(s.range), !Self.renderedByDictionary(s.range, in: target, comparison) {
                // Only the clearest case: a one-to-one pair, the original's preferred word, once per pair
                // (a rendering the lexicon does not list yet is the usual reason otherwise).
                missingReported = true
                reportedSpans.insert(s.range.lowerBound)
                // A verb is rendered by rewording far more often than a noun or an adjective ("supports
                // families" → « fait vivre des familles »), and an adverb moves into the verb ("still poor"
                // → « reste pauvre », "again" → a Russian aspect): noted, not counted against the translation.
                // So is a relational adjective by its noun ("regional administration" → «администрация области»).
                let pos = concepts[s.concept].partOfSpeech
                // An English adjective of measure after its figure ("400 metres wide", "6 metres deep") or graded
                // ("coldest", "narrower") is rendered by a noun or a comparison as often as by the word («ширина …»).
                let measured = pos == "adjective" && sourceLanguage.language == "en" && Self.measuredOrGraded(s, comparison)
                let reworded = pos == "verb" || pos == "adverb" || pos == "relational-adjective" || measured
                out.append(Finding(
                    check: "term.missing", severity: reworded ? .info : description.severity(of: "term.missing"),
                    message: "\"\(comparison.source.document.file.string(s.range))\" has no admitted rendering in the translation\(reworded ? " (\(pos == "adverb" ? "an adverb" : pos == "verb" ? "a verb" : measured ? "an adjective of measure or degree" : "a relational adjective, often rendered by its noun"): often reworded)" : "").",
                    source: comparison.span(.source, sentence: s.sentence, range: s.range), target: comparison.span(.target, sentence: bead.target[0]),
                    expected: expected, found: nil,
                    evidence: "lexicons/terms concept `\(concepts[s.concept].id)`", bead: beadIndex))
            }
        }
        return out
    }

    /// The concept's own rendering that the language's antonym pairs set against the word at `range`, if any.
    static func oppositeOf(_ concept: TermConcept, at range: Range<Int>, in target: BeadText, _ language: LanguageTag) -> String? {
        let scales = ScaleLexicon.of(language.language)
        guard !scales.antonyms.isEmpty else { return nil }
        let stemmer = Stemmer(language: language.language)
        // A word may stand in several pairs (Arabic «نادرة» meets 'rarely' and 'rare' by its stem): any of them.
        for hit in target.hits(scales.antonymFinder) where hit.range.overlaps(range) {
            let pair = scales.antonyms[hit.entry / 2], other = hit.entry % 2 == 0 ? pair.1 : pair.0
            let otherStem = stemmer.stem(WordKey.of(other))
            if let own = concept.renderings(in: language).first(where: { r in
                r.status != .deprecated && (WordKey.of(r.form) == WordKey.of(other) || (!r.form.contains(" ") && stemmer.stem(WordKey.of(r.form)) == otherStem))
            }) { return own.form }
        }
        return nil
    }

    /// Whether each content word of the original's span has a translation, by the bilingual dictionary,
    /// among the words of the translation's side of the bead.
    static func renderedByDictionary(_ range: Range<Int>, in target: BeadText, _ comparison: Comparison) -> Bool {
        let sl = comparison.source.document.language, tl = comparison.target.document.language
        guard sl.language != tl.language, let dictionary = BilingualDictionary.load(source: sl, target: tl) else { return false }
        let stemmer = Stemmer(language: sl.language), functionWords = FunctionWords.of(sl.language)
        let words = NameIndex.wordKeys(of: comparison.source.document.file.string(range)).filter { $0.count >= 3 && !functionWords.contains(key: $0) }
        guard !words.isEmpty else { return false }
        var targetIDs = Set<Int32>()
        for (k, tokens) in target.tokens.enumerated() {
            for t in tokens.indices where tokens[t].kind == .word {
                for stem in target.words[k].stems(t) { if let id = dictionary.targetID(ofStem: stem) { targetIDs.insert(id) } }
            }
        }
        return words.allSatisfy { word in !Set(dictionary.targetIDs(ofSourceStem: stemmer.stem(word))).isDisjoint(with: targetIDs) }
    }

    /// Whether an English adjective stands after a figure and its unit ("400 metres wide"), or is a
    /// comparative or superlative ("coldest", "narrower").
    static func measuredOrGraded(_ s: (concept: Int, sentence: Int, range: Range<Int>, preferred: Bool), _ comparison: Comparison) -> Bool {
        let tokens = Array(comparison.source.document.tokens(of: s.sentence))
        guard let i = tokens.firstIndex(where: { $0.range.lowerBound == s.range.lowerBound }) else { return false }
        let key = tokens[i].key
        if key.count >= 5, key.hasSuffix("er") || key.hasSuffix("est") { return true }
        guard i >= 2 else { return false }
        return tokens[i - 1].kind == .word && (tokens[i - 2].kind == .number || comparison.source.facts[s.sentence].numbers.contains { $0.range.upperBound == tokens[i - 2].range.upperBound })
    }

    /// Every rendering of the concept in the language starts with a lower-case letter ("said",
    /// not "West Bank"): written with a capital inside a sentence, it is part of a name.
    static func writtenLowerCase(_ concept: TermConcept, in language: LanguageTag) -> Bool {
        concept.renderings.filter { $0.language.language == language.language }.allSatisfy { $0.form.first?.isLowercase ?? false }
    }

    /// Across languages, where no word-level diff can place a substitution: a concept of the
    /// original's bead with no rendering in the translation, and the one concept the translation
    /// renders and the original does not state, which the lexicon names as confusable with the
    /// first in the translation's language (a word of one is deprecated for the other: «غير قانوني»,
    /// 'illegal', for 'unjustified', so «غير مبرر» where "illegal" stood). Any second candidate and
    /// nothing is claimed.
    static func swappedConcept(for s: (concept: Int, sentence: Int, range: Range<Int>, preferred: Bool),
                               stated: [(concept: Int, sentence: Int, range: Range<Int>, preferred: Bool)],
                               among rendered: [Int: [(status: TermConcept.Status, use: TermIndex.Use, sentence: Int, range: Range<Int>)]],
                               concepts: [TermConcept],
                               of comparison: Comparison) -> (status: TermConcept.Status, use: TermIndex.Use, sentence: Int, range: Range<Int>)? {
        guard comparison.source.document.language.language != comparison.target.document.language.language,
              // Nouns and adjectives: adverbs and particles ("schon", "still", «снова») shift with
              // their sentence, and one language's adverb spans two of another's.
              let pos = concepts[s.concept].partOfSpeech, ["noun", "adjective", "relational-adjective"].contains(pos) else { return nil }
        var candidates: [(status: TermConcept.Status, use: TermIndex.Use, sentence: Int, range: Range<Int>)] = []
        for (concept, uses) in rendered.sorted(by: { $0.key < $1.key })
        where concept != s.concept && concepts[concept].partOfSpeech == pos && !stated.contains(where: { $0.concept == concept })
            // The original's language must have words for it, or its absence there says nothing.
            && !comparison.sourceTerms.preferred(concept).isEmpty
            && (Self.namedWrong(concepts[concept], for: concepts[s.concept], in: comparison.target.document.language)
                || Self.namedWrong(concepts[s.concept], for: concepts[concept], in: comparison.target.document.language)) {
            guard let use = uses.first(where: { $0.status == .preferred }) else { continue }
            candidates.append(use)
        }
        guard candidates.count == 1, let found = candidates.first else { return nil }
        // A word of the concept's own rendering, inflected inside a phrase the lexicon lists whole
        // («повторно оккупировали» for «повторно оккупировать», 'reoccupy'), is no other concept.
        let own = comparison.targetTerms.stems(of: s.concept, preferredOnly: false)
        let foundStems = comparison.targetTerms.stems(of: comparison.text(.target, found.range))
        guard !foundStems.allSatisfy(own.contains) else { return nil }
        // Nor is a word the other concept also uses in the original's language.
        return usesWords(of: s.range, concept: found.use.concept, concepts: concepts, comparison) ? nil : found
    }

    /// Whether the translation renders (at `range`, or anywhere) another concept the original's
    /// words also name: the translator took the word in that sense.
    static func otherSenseRendered(_ s: (concept: Int, sentence: Int, range: Range<Int>, preferred: Bool), at range: Range<Int>? = nil,
                                   among rendered: [Int: [(status: TermConcept.Status, use: TermIndex.Use, sentence: Int, range: Range<Int>)]],
                                   concepts: [TermConcept], _ comparison: Comparison) -> Bool {
        rendered.contains { concept, uses in
            concept != s.concept && uses.contains { $0.status != .deprecated && (range == nil || $0.range == range) }
                && usesWords(of: s.range, concept: concept, concepts: concepts, comparison)
        }
    }

    /// Whether another concept also has the original's words in its preferred renderings: "strike"
    /// names a military strike, and a labour one in "port strike", which «إضراب» renders; which one
    /// the original means, the lexicon cannot tell. (A word another concept only admits, "critical"
    /// for `crucial`, keeps its own concept's sense.)
    static func usesWords(of range: Range<Int>, concept: Int, concepts: [TermConcept], _ comparison: Comparison) -> Bool {
        let others = comparison.sourceTerms.stems(of: concept, preferredOnly: true)
        guard !others.isEmpty else { return false }
        return comparison.sourceTerms.stems(of: comparison.text(.source, range)).allSatisfy(others.contains)
    }

    /// Whether a word of `other` is listed as a deprecated rendering of `concept` in the language.
    /// (Only the translation's language says it: French "agression" is an assault as well as an
    /// aggression, though English keeps the two apart.)
    static func namedWrong(_ other: TermConcept, for concept: TermConcept, in language: LanguageTag) -> Bool {
        let deprecated = Set(concept.renderings(in: language, .deprecated).map { $0.form.lowercased() })
        guard !deprecated.isEmpty else { return false }
        return other.renderings(in: language).contains { $0.status != .deprecated && deprecated.contains($0.form.lowercased()) }
    }

    /// In a same-language copy, the concept the word-level diff puts where the original's
    /// concept was ("critical" replaced by "serious", a word of the concept `serious`): a
    /// replacement of one to three words takes in the concept's words and puts in another
    /// concept's of the same part of speech, which the original does not state.
    static func otherConcept(for s: (concept: Int, sentence: Int, range: Range<Int>, preferred: Bool),
                             stated: [(concept: Int, sentence: Int, range: Range<Int>, preferred: Bool)],
                             among rendered: [Int: [(status: TermConcept.Status, use: TermIndex.Use, sentence: Int, range: Range<Int>)]],
                             concepts: [TermConcept],
                             in beadIndex: Int, of comparison: Comparison) -> (status: TermConcept.Status, use: TermIndex.Use, sentence: Int, range: Range<Int>)? {
        guard comparison.source.document.language.language == comparison.target.document.language.language,
              let pos = concepts[s.concept].partOfSpeech else { return nil }
        for substitution in WordingCheck.allSubstitutions(in: beadIndex, of: comparison)
        where s.range.overlaps(substitution.sourceRange) {
            for (concept, uses) in rendered.sorted(by: { $0.key < $1.key })
            where concept != s.concept && concepts[concept].partOfSpeech == pos && !stated.contains(where: { $0.concept == concept }) {
                if let use = uses.first(where: {
                    $0.status != .deprecated && $0.range.overlaps(substitution.targetRange)
                }) { return use }
            }
        }
        return nil
    }
}
