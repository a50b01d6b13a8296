/// Who says what, and how: "according to Israeli tallies" dropped, "said"
/// turned into "claimed", a source invented. Attribution verbs carry a stance
/// (neutral, assertive, doubtful, admission, denial, emotive) in every language.
public struct AttributionCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "attribution",
        name: "Attribution",
        summary: "An attribution of the original is dropped, given another stance (said → claimed) or another source, or one is added.",
        cases: [
            CheckCase("attribution.dropped", .major, "\"according to X\", \"citing X\" or a reporting verb of the original has no counterpart in the translation."),
            CheckCase("attribution.changed", .major, "The reporting verb's stance changes (neutral said → doubtful claimed, admission, denial…; minor between neutral and assertive, said → insisted), or \"according to X\" or the speaker of a reporting verb (\"the commission said\") is another source."),
            CheckCase("attribution.added", .minor, "The translation attributes where the original attributes nothing: with a loaded verb (claimed, admitted, insisted), an \"according to\", or a verb of saying that names a source (\"assure le ministère\")."),
        ],
        triggeringExamples: [
            // A body named with its records, cited in the translation as a kind of body it does not spell.
            .triggers("attribution.changed", "en", "It is the first failure at Vostochny in more than four years, according to Roscosmos records.", "ru", "По данным Минобороны, это первая авария на Восточном более чем за четыре года."),
            .triggers("attribution.changed", "en", "According to the city housing inspectorate, after the collapse it checked 214 buildings.", "ru", "По данным прокуратуры, после обрушения она проверила 214 домов."),
            .triggers("attribution.changed", "en", "Catches fell 38 percent, according to the collective.", "fr", "Les prises ont baissé de 38 %, selon le ministère des Pêches."),
            // A central bank named with its country inside the phrase is no business; security forces against a bank.
            .triggers("attribution.changed", "en", "That is already happening, according to a survey by the Kuwait Chamber of Commerce and Industry.", "ar", "وهذا ما يحدث بالفعل، وفقا لمسح أجراه بنك الكويت المركزي."),
            .triggers("attribution.changed", "en", "Eight employees were allowed to leave within the first hour, according to the Internal Security Forces.", "ar", "وسُمح لثمانية موظفين بالمغادرة خلال الساعة الأولى، بحسب إدارة المصرف."),
            // A body named after the verb in a quoted name, and an admission put on a plain statement.
            .triggers("attribution.added", "en", "In summer the crossing carries more than 2,000 vehicles a day.", "ru", "Летом переправа пропускает более 2000 автомобилей в сутки, сообщили в «Ленской паромной компании»."),
            .triggers("attribution.added", "en", "The city has long suffered from water shortages in summer.", "ru", "Город давно страдает от перебоев с водоснабжением летом, признают в городской администрации."),
            // Civil defence is a state body, a federation a labour one.
            .triggers("attribution.changed", "en", "Eleven workers were injured, according to the Basra Civil Defence Directorate.", "ar", "وأصيب 11 عاملاً، وفقاً لشرطة البصرة."),
            .triggers("attribution.changed", "en", "About 87 percent of teachers joined the strike, according to Faye's federation.", "fr", "Environ 87 % des enseignants ont suivi la grève, selon le ministère de l'Éducation nationale."),
            // A person cited by name against a body: another source.
            .triggers("attribution.changed", "en", "According to al-Mahrouqi, the Sawadi plant alone supplies nearly 35 percent of the capital's water.",
                      "ar", "ووفقاً للهيئة العامة للمياه، توفر محطة صوادي وحدها نحو 35 في المئة من مياه العاصمة."),
            .triggers("attribution.changed", "en", "Diggers extract about 40 tonnes of ore a day, according to the provincial mining registry.",
                      "fr", "Les creuseurs extraient environ 40 tonnes de minerai par jour, selon la société Jinrui."),
            // In one language a speaker set off by the verb is a source added, whatever its kind.
            .triggers("attribution.added", "en", "Hospitals moved staff from outpatient clinics to cover some wards.", "en", "Hospitals moved staff from outpatient clinics to cover some wards, NHS England said."),
            // An international organisation for a government (lexicons/scales `international`).
            .triggers("attribution.changed", "en", "Growth slowed to 2 percent last year, according to government estimates.", "ru", "По оценкам Всемирного банка, рост в прошлом году замедлился до 2%."),
            .triggers("attribution.changed", "en", "Cases rose to 41,000, according to figures released by the ministry.", "ar", "وارتفعت الحالات إلى 41 ألفا، وفقا لأرقام نشرتها منظمة الصحة العالمية."),
            .triggers("attribution.changed", "en", "The fund will release 30 million euros, according to a statement from the European Commission.", "fr", "Le fonds débloquera 30 millions d'euros, selon un communiqué du gouvernement portugais."),
            // "According to X" rendered by a verb of saying ("…, говорится в заявлении Y") still cites X.
            .triggers("attribution.changed", "en", "The agency is expected to publish a full assessment by March 15, according to a government statement.",
                      "ru", "Ожидается, что агентство опубликует полную оценку к 15 марта, говорится в заявлении Красного Креста."),
            // In a republication the cited phrases are compared with each other ("port" elsewhere in the sentence keeps nothing cited).
            .triggers("attribution.changed", "en", "No damage to the port's jetties was reported, but wheat shipments are delayed, according to port officials.",
                      "en", "No damage to the port's jetties was reported, but wheat shipments are delayed, according to the agriculture ministry."),
            // A court and a prosecutor are two sources, both of the justice system.
            .triggers("attribution.changed", "en", "According to court records, three senior civil servants have not been charged.", "fr", "Selon le parquet, trois hauts fonctionnaires n'ont pas été poursuivis."),
            // A plain statement of the original put in the management's mouth (« la direction », a business source).
            .triggers("attribution.added", "en", "The plant employs about 450 people, most of them from the Loznica area.", "fr",
                      "L'usine emploie environ 450 personnes, pour la plupart originaires de la région de Loznica, assure la direction."),
            .triggers("attribution.added", "en", "The route is one of the busiest in Europe.", "ru", "Как утверждают в Nordlink Lines, это один из самых загруженных маршрутов в Европе."),
            // A speaker known by its initials is a source whatever its kind.
            .triggers("attribution.added", "en", "It is the third national rail strike since January.", "fr", "Il s'agit de la troisième grève nationale du rail depuis janvier, a souligné la FEB."),
            // A plant or an operator is a business source: «сообщили на предприятии», 'the enterprise said'.
            .triggers("attribution.added", "en", "The plant produces more than 1 million tonnes of fertiliser a year.", "ru", "Завод производит более 1 млн тонн удобрений в год, сообщили на предприятии."),
            // Two state bodies in charge of two things (weather, and agriculture as the Maghreb names it: «الفلاحة»).
            .triggers("attribution.changed", "en", "Rainfall was 40 percent below average, according to the National Institute of Meteorology.", "ar", "وكانت الأمطار أقل من المعدل بنسبة 40 في المئة، وفقا لوزارة الفلاحة."),
            // A federal agency by its name (Росавиация) against a ministry in charge of something else.
            .triggers("attribution.changed", "en", "Ski passes cost 3,000 roubles, according to the regional tourism ministry.", "ru", "Ски-пасс стоит 3000 рублей, по данным Росавиации."),
            // A body named by its initials, which the translation introduced as another kind of body.
            .triggers("attribution.changed", "en", "Water was 27 degrees, according to the safety authority ASN. Output was cut before, according to the company.",
                      "fr", "L'eau atteignait 27 degrés, selon l'Autorité de sûreté (ASN). La production avait déjà été réduite, selon l'ASN."),
            // In one language, a speaker of no particular kind made the police.
            .triggers("attribution.changed", "en", "The plant was shut on Wednesday, officials said.", "en", "The plant was shut on Wednesday, police said."),
            // A holding company is a business source.
            .triggers("attribution.added", "en", "The group runs four fertiliser plants in the Volga region.", "ru", "Группа управляет четырьмя заводами удобрений в Поволжье, сообщили в холдинге."),
            .triggers("attribution.added", "en", "It is the first outbreak at an industrial poultry farm in the region since 2021.", "ru",
                      "Это первая вспышка на промышленной птицефабрике в регионе с 2021 года, сообщили в Россельхознадзоре."),
            // A plain fact attributed to a ministry in a parenthesis opened by "как".
            .triggers("attribution.added", "en", "Kazakhstan relies on coal for about 70 percent of its electricity.", "ru", "Казахстан, как утверждают в Минэнерго, получает около 70% электроэнергии за счет угля."),
            .triggers("attribution.changed", "en", "\"We look to make progress,\" Miller said.", "fr", "« Nous comptons progresser », a prétendu M. Miller."),
            .triggers("attribution.changed", "en", "Netanyahu said on Sunday there had been a decline.", "en", "Netanyahu claimed on Sunday there had been a decline."),
            .triggers("attribution.dropped", "en", "It killed 1,200 people, according to Israeli tallies.", "ru", "Было убито 1200 человек."),
            .triggers("attribution.added", "en", "There had been a decline in weapons deliveries.", "ar", "وزعم أنه كان هناك تراجع في شحنات الأسلحة."),
            // The source cited, not the verb: "according to the health ministry" → 'according to the army'.
            .triggers("attribution.changed", "en", "Forty people were wounded, according to the health ministry.", "fr", "Quarante personnes ont été blessées, selon l'armée."),
            // Two ministries are two sources (lexicons/scales `portfolios`), and two kinds of source are two in one language too.
            .triggers("attribution.changed", "en", "More than 2,300 people were evacuated, according to the Emergencies Ministry.", "ru", "По данным Министерства здравоохранения, были эвакуированы более 2300 человек."),
            .triggers("attribution.changed", "en", "Three people died, according to the Interior Ministry.", "ar", "وتوفي ثلاثة أشخاص، وفقاً لوزارة الصحة."),
            .triggers("attribution.changed", "en", "Water use fell, according to the Health Ministry.", "fr", "La consommation d'eau a baissé, selon le ministère de l'Intérieur."),
            .triggers("attribution.changed", "en", "Nine people died in Kansas, according to the Kansas Division of Emergency Management.", "en", "Nine people died in Kansas, according to the Kansas Highway Patrol."),
            // An association or a charity is not the ministry.
            .triggers("attribution.changed", "en", "Prices fell by half in a year, according to the national growers' association.", "ar", "وتراجعت الأسعار إلى النصف خلال عام، وفقاً لوزارة الزراعة."),
            .triggers("attribution.changed", "en", "About 3,000 families have no shelter, according to the Mercy Relief charity.", "ru", "По данным министерства по чрезвычайным ситуациям, около 3000 семей остались без крова."),
            // The statistics institute is not the central bank; forecasters are a source the original does not cite.
            .triggers("attribution.changed", "en", "Exports fell 12 percent, according to the National Institute of Statistics.", "ar", "وتراجعت الصادرات بنسبة 12 في المئة، بحسب البنك المركزي."),
            .triggers("attribution.added", "en", "Visibility fell to about 150 metres in some districts.", "ru", "В некоторых районах видимость снизилась примерно до 150 метров, сообщили синоптики."),
            .triggers("attribution.changed", "en", "Annual inflation rose to 5.8%, according to the national statistics office.", "ru", "По данным Министерства финансов, годовая инфляция выросла до 5,8%."),
            // An embassy speaks for foreign affairs, not for fisheries; a border service is the security forces.
            .triggers("attribution.changed", "en", "The vessel picked up 19 survivors, according to the Spanish embassy.", "ar", "وانتشلت السفينة 19 ناجيا، وفقا لوزارة الصيد."),
            .triggers("attribution.changed", "en", "The floe began to drift away, according to the ministry's regional directorate.", "ru", "Льдина начала отдаляться от берега, по данным пограничной службы ФСБ."),
            // A geology service is the state, not the police.
            .triggers("attribution.changed", "en", "According to the cantonal geology service, its front moved 80 centimetres on Tuesday.", "fr", "Selon la police cantonale, son front a avancé de 80 centimètres mardi."),
            // A weather service is a portfolio of its own: not the agriculture ministry.
            .triggers("attribution.changed", "en", "Rainfall was 40 percent below average, according to the Ministry of Agriculture.", "ar", "وبحسب المديرية العامة للأرصاد الجوية، جاءت الأمطار أقل من المعدل بنسبة 40%."),
            .triggers("attribution.changed", "en", "Cases rose to 4,812 in September, according to the institute.", "fr", "Les cas ont atteint 4 812 en septembre, selon l'OMS."),
            // A growers' association (its possessive apostrophe ends nothing) is not a national centre of the state.
            .triggers("attribution.changed", "en", "The oasis produces about 8 percent of the kingdom's dates, according to the Al-Ahsa Date Farmers' Association.", "ar", "وتنتج الواحة نحو 8 في المئة من تمور المملكة، وفقا للمركز الوطني للنخيل والتمور."),
            // A lone speaker compared by its kind: the institute is not the WHO.
            .triggers("attribution.changed", "en", "Cases rose to 4,812 in the first half of September, the institute said.", "fr", "Les cas ont atteint 4 812 au cours de la première quinzaine de septembre, a indiqué l'OMS."),
            // A passive names nobody; the translation names the police.
            .triggers("attribution.added", "en", "Troops were deployed around the building, but no protests were reported.",
                      "fr", "Des soldats ont été déployés autour du bâtiment, mais aucune manifestation n'a été signalée, a indiqué la police."),
            .triggers("attribution.changed", "en", "Crops on 41,000 hectares were damaged, according to the state agriculture department.", "en", "Crops on 41,000 hectares were damaged, according to the state revenue department."),
            // The speaker of a reporting verb, before it or after it: the commission → 'an opposition newspaper'.
            .triggers("attribution.changed", "en", "The vote in the northern districts was postponed by a week, the national election commission said.",
                      "ru", "Голосование в северных районах отложено на неделю, сообщила оппозиционная газета."),
            .triggers("attribution.changed", "en", "The vote in the northern districts was postponed by a week, the national election commission said.",
                      "ar", "وقالت صحيفة معارضة إن التصويت في المناطق الشمالية تأجل أسبوعا."),
            .triggers("attribution.changed", "en", "The vote in the northern districts was postponed by a week, the national election commission said.",
                      "ar", "تأجل التصويت في المناطق الشمالية أسبوعا، حسبما ذكرت صحيفة معارضة."),
            // A speaker opening the sentence, a place name on both sides ("Lima"): the other words name another body.
            .triggers("attribution.changed", "en", "The Lima chamber of commerce estimated the losses at 5 million soles a day.",
                      "fr", "Le gouvernement régional de Lima a estimé les pertes à 5 millions de soles par jour."),
            .triggers("attribution.changed", "en", "The plant received tax credits in 2023, according to the Texas Department of Commerce.",
                      "en", "The plant received tax credits in 2023, according to the union."),
            // A source of another kind, where the dictionaries know neither word ("СМИ", 'the media').
            .triggers("attribution.changed", "en", "Two cargo ships were seized in the strait, the defence ministry said.",
                      "ru", "Два грузовых судна были задержаны в проливе, сообщили СМИ."),
            .triggers("attribution.changed", "en", "Exports fell by a fifth last year, according to the national planning commission.",
                      "ar", "تراجعت الصادرات بمقدار الخمس العام الماضي، بحسب نقابة العمال."),
            .triggers("attribution.changed", "en", "The bridge had been closed since March, the foreign ministry said.",
                      "he", "הגשר היה סגור מאז מרץ, מסרה המשטרה."),
            .triggers("attribution.changed", "en", "The bridge had been closed since March, according to local media.",
                      "fr", "Le pont était fermé depuis mars, selon la police."),
            // A verb of saying that brings in a source the original does not name.
            .triggers("attribution.added", "en", "Passenger train derailments are rare in the country.",
                      "ru", "Сходы пассажирских поездов в стране редки, уверяют в министерстве транспорта."),
            .triggers("attribution.added", "en", "Passenger train derailments are rare in the country.",
                      "fr", "Les déraillements de trains de voyageurs sont rares dans le pays, assure le ministère des Transports."),
            .triggers("attribution.added", "en", "Passenger train derailments are rare in the country.",
                      "ar", "وأكدت وزارة النقل أن خروج قطارات الركاب عن القضبان نادر في البلاد."),
        ],
        nonTriggeringExamples: [
            // "local" of "the local office" names no locals (a public source).
            .passes("en", "No cases have been recorded, according to the local office of the consumer protection agency Rospotrebnadzor.", "ru", "По данным местного управления Роспотребнадзора, случаев не зарегистрировано."),
            .passes("en", "The plant was shut on Wednesday, officials said.", "en", "The plant was shut on Wednesday, authorities said."),
            // A body's initials for its whole name, the L of "Limited" with them.
            .passes("en", "Ghana Water said supplies could resume on Tuesday.", "en", "GWL said supplies could resume on Tuesday."),
            // The company by its name, introduced as a company.
            .passes("en", "The company Enedis runs the grid. Power was restored by noon, according to the company.", "fr", "L'entreprise Enedis exploite le réseau. Le courant a été rétabli à midi, selon Enedis."),
            // « a relevé » a figure: measured, not said; the original's attribution is dropped.
            .passes("en", "A sensor recorded 7.4 ppm on Tuesday.", "fr", "Un capteur a relevé 7,4 ppm mardi."),
            // "added to" a list is put on it, not said.
            .passes("en", "The old town, added to the heritage list in 1997, draws two million visitors a year.", "fr", "La vieille ville, inscrite sur la liste du patrimoine en 1997, attire deux millions de visiteurs par an."),
            // The country's level of government in the house's word (Indian copy: "the Union ministry").
            .passes("en", "The federal health ministry said on Friday that clinics would stay open.", "en", "The Union health ministry said on Friday that clinics would stay open."),
            .passes("en", "It is the first failure at Vostochny in more than four years, according to Roscosmos records.", "ru", "По данным Роскосмоса, это первая авария на Восточном более чем за четыре года."),
            // The channel ("a statement posted on EDF's website") names no other source where the name follows.
            .passes("en", "The operator disconnected it shortly before noon, according to a statement posted on EDF's website.", "fr", "L'exploitant l'a déconnecté peu avant midi, selon un communiqué publié sur le site internet d'EDF."),
            // A body's initials for its name.
            .passes("en", "The naira has lost about 9 percent of its value since January, according to central bank data, raising costs.", "en", "The naira has lost about nine per cent of its value since January, according to CBN data, raising costs."),
            // A union and an association name the same bodies; the words besides the kind word meet.
            .passes("en", "The union estimates that about $2.3 billion remains frozen.", "ar", "وتقدر الرابطة أن نحو 2.3 مليار دولار لا تزال مجمدة."),
            .passes("en", "Depositors occupied a branch, according to the Depositors' Union.", "ar", "احتل مودعون فرعا، وفقا لرابطة المودعين."),
            // A watchdog may be a state regulator.
            .passes("en", "The utility was fined, according to a statement from the watchdog.", "ru", "Предприятие оштрафовано, говорится в сообщении надзорного ведомства."),
            // Conformity to a norm cites nobody.
            .passes("en", "Going out onto the ice despite a ban can be punished with a fine of up to 5,000 roubles.", "ru", "Согласно региональным правилам, выход на лед вопреки запрету может наказываться штрафом до 5 000 рублей."),
            .passes("en", "The vote must be held within 90 days.", "fr", "Selon la loi, le scrutin doit se tenir dans les 90 jours."),
            // The police and the authorities: translations trade a lone speaker of the state freely.
            .passes("en", "Three people were arrested on Monday, police said.", "fr", "Trois personnes ont été arrêtées lundi, ont indiqué les autorités."),
            // Declaring an emergency is an act, not a report: «ввел режим ЧС» ('introduced') drops no speaker.
            .passes("en", "Mayor Andrei Volkov declared a state of emergency on Monday and opened 11 warming centres.",
                    "ru", "Мэр Андрей Волков в понедельник ввел режим чрезвычайной ситуации и открыл 11 пунктов обогрева."),
            .passes("en", "Crops were damaged, according to the U.S. Agriculture Department.", "en", "Crops were damaged, according to the US Department of Agriculture."),
            .passes("en", "Ten people died, according to the state's Defense Department.", "en", "Ten people died, according to the state Defence Department."),
            .passes("en", "The mayor declared a local state of emergency on Tuesday at 2:30 p.m.", "fr", "La mairesse a décrété l'état d'urgence local mardi à 14 h 30."),
            // A verb's object is no speaker written after it.
            .passes("en", "The minister, who visited the site on Monday, announced compensation of 2.5 million rupees ($28,500) for each family.",
                    "en", "The minister, who visited the site on Monday, announced compensation of Rs 25 lakh ($28,500) for each family."),
            // Officials of one field, named by the field alone on the other side.
            .passes("en", "Health officials said the epidemic could reach two more regions.", "fr",
                    "Des responsables sanitaires ont indiqué que l'épidémie pourrait atteindre deux autres régions."),
            .passes("en", "Madagascar declared a national health emergency over the epidemic on Feb. 19.", "fr",
                    "Madagascar a décrété l'urgence sanitaire nationale face à l'épidémie le 19 février."),
            // The house's word for the same body (Irish copy calls the police gardaí).
            .passes("en", "No deaths had been reported by Tuesday evening, according to police.", "en", "No deaths had been reported by Tuesday evening, according to gardaí."),
            .passes("en", "Lyon Mayor Laurent Castagné described the collision as \"an extremely serious accident\".", "fr",
                    "Le maire de Lyon, Laurent Castagné, a qualifié la collision d'« accident extrêmement grave »."),
            // An order passed on reports nobody's words.
            .passes("en", "In the village, residents were told to keep chickens and ducks indoors.", "ru", "В селе жителям велели держать кур и уток в помещениях."),
            .passes("en", "The governor declared a curfew in the port city after the riots.", "fr", "Le gouverneur a instauré un couvre-feu dans la ville portuaire après les émeutes."),
            .passes("en", "The government imposed three days of mourning.", "ar", "وأعلنت الحكومة الحداد ثلاثة أيام."),
            .passes("en", "\"Preliminary data show that the driver was travelling at about 70 kilometres per hour.\"", "ru", "«Предварительные данные показывают, что водитель ехал со скоростью около 70 километров в час»."),
            // A pronoun after the verb opens the reported clause: no speaker there to compare (the day is the date check's).
            .passes("en", "Josephine Mujinga, whose husband is among the missing, said she had not eaten since Sunday.",
                    "fr", "Joséphine Mujinga, dont le mari figure parmi les disparus, a déclaré qu'elle n'avait rien mangé depuis samedi."),
            .passes("en", "According to al-Mahrouqi, the Sawadi plant alone supplies nearly 35 percent of the capital's water.",
                    "ar", "ووفقاً للمحروقي، توفر محطة صوادي وحدها نحو 35 في المئة من مياه العاصمة."),
            .passes("en", "More than 2,300 people were evacuated, according to the Emergencies Ministry.", "ru", "По данным МЧС, были эвакуированы более 2300 человек."),
            .passes("en", "Three people died, according to the Interior Ministry.", "ar", "وتوفي ثلاثة أشخاص، بحسب وزارة الداخلية."),
            .passes("en", "Water use fell, according to the Ministry of Equipment and Water.", "fr", "La consommation d'eau a baissé, selon le ministère de l'Équipement et de l'Eau."),
            .passes("en", "Four people were missing, according to the Civil Defense Directorate in Nineveh.", "ar", "وما زال أربعة أشخاص في عداد المفقودين، وفقاً لمديرية الدفاع المدني في محافظة نينوى."),
            // A passive has no speaker to drop.
            .passes("en", "Thursday was declared a day of mourning in Lori province.", "ru", "Четверг объявлен днем траура в Лорийской области."),
            // A verb of saying denied inside a quotation reports nothing: "Nobody has told us anything".
            .passes("en", "\"Nobody has told us anything since the morning,\" said Ravi Menon, a passenger.", "ar", "وقال رافي مينون، وهو أحد الركاب: «لم يخبرنا أحد بأي شيء منذ الصباح»."),
            .passes("en", "Growth slowed to 2 percent last year, according to World Bank estimates.", "ru", "По оценкам Всемирного банка, рост в прошлом году замедлился до 2%."),
            // A body's records are the body: "court records" / « documents judiciaires ».
            .passes("en", "According to court records, three senior civil servants have not been charged.", "fr", "Selon des documents judiciaires, trois hauts fonctionnaires n'ont pas été poursuivis."),
            // A participle describing a noun is no attribution.
            .passes("en", "The decision, announced at 1 p.m. local time, caught markets off guard.", "ru", "Решение, объявленное в 13:00 по местному времени, застало рынок врасплох."),
            // A word derived from the noun translated is no other source: gouvernement → « gouvernementale ».
            .passes("en", "Nearly 40 percent of the forest land has no known owner, according to a 2025 government survey.", "fr",
                    "Près de 40 % des terres forestières n'ont pas de propriétaire connu, selon une enquête gouvernementale de 2025."),
            // "claims" after a possessive is a noun, not the doubtful reporting verb.
            .passes("en", "The company did not respond to the union's claims.", "ru", "Компания не ответила на заявления профсоюза."),
            // A news agency on both sides: the dictionaries need not know "news" for وكالة الأنباء.
            .passes("en", "Arrivals rose by 12 percent, the ANSA news agency reported.", "ar", "وارتفع عدد الوافدين بنسبة 12 في المئة، حسبما أفادت وكالة الأنباء الإيطالية “أنسا”."),
            // The reporting verb of a quotation over two sentences moves to the other end.
            .passes("en", "\"These deaths were not an accident. They were the result of a policy,\" she said.", "ar", "وأضافت: “هذه الوفيات لم تكن حادثاً. لقد كانت نتيجة سياسة”."),
            .passes("en", "\"We look to make progress,\" Miller said.", "fr", "« Nous comptons progresser », a déclaré M. Miller."),
            .passes("en", "It killed 1,200 people, according to Israeli tallies.", "ar", "قتل 1200 شخص، وفقا للإحصاءات الإسرائيلية."),
            .passes("en", "It killed 1,200 people, according to Israeli tallies.", "he", "נהרגו 1,200 בני אדם, לפי נתונים ישראליים."),
            .passes("en", "Forty people were wounded, according to the health ministry.", "fr", "Quarante personnes ont été blessées, selon le ministère de la Santé."),
            .passes("en", "Forty people were wounded, according to the health ministry.", "ru", "Сорок человек получили ранения, по данным министерства здравоохранения."),
            .passes("en", "\"We look to make progress,\" Miller said.", "ru", "«Мы рассчитываем на прогресс», — сказал Миллер."),
            .passes("en", "Dockworkers' strike paralyses Port Said as ships queue at the canal.", "ar", "إضراب عمال الشحن يشل بورسعيد والسفن تصطف عند مدخل القناة."),
            .passes("en", "The vote in the northern districts was postponed by a week, the national election commission said.",
                    "fr", "Le vote dans les districts du nord a été reporté d'une semaine, a indiqué la commission électorale nationale."),
            .passes("en", "The vote in the northern districts was postponed by a week, the national election commission said.",
                    "ar", "وقالت اللجنة الوطنية للانتخابات إن التصويت في المناطق الشمالية تأجل أسبوعا."),
            .passes("en", "Officials ordered a partial recount in the disputed race for governor.", "fr", "Les autorités ont ordonné un recomptage partiel dans l'élection contestée du gouverneur."),
            // "حسبما ذكرت" ('as reported by') is one attribution, not a verb and an added "according to".
            .passes("en", "The vote in the northern districts was postponed by a week, the national election commission said.",
                    "ar", "تأجل التصويت في المناطق الشمالية أسبوعا، حسبما ذكرت اللجنة الوطنية للانتخابات."),
            // A lone "officials" is rendered too freely to follow ('authorities').
            .passes("en", "The road was reopened on Tuesday, officials said.", "fr", "La route a été rouverte mardi, ont indiqué les autorités."),
            .passes("en", "The Lima chamber of commerce estimated the losses at 5 million soles a day.",
                    "fr", "La chambre de commerce de Lima a estimé les pertes à 5 millions de soles par jour."),
            .passes("en", "The Lima chamber of commerce estimated the losses at 5 million soles a day.",
                    "ru", "Торговая палата Лимы оценила потери в 5 млн солей в день."),
            .passes("en", "Hamas officials said the talks had stalled.", "fr", "Des responsables du Hamas ont déclaré que les pourparlers étaient dans l'impasse."),
            .passes("en", "An estimated 3,000 people fled.", "fr", "Quelque 3 000 personnes ont fui."),
            .passes("en", "Two cargo ships were seized in the strait, the defence ministry said.",
                    "ru", "Два грузовых судна были задержаны в проливе, сообщило министерство обороны."),
            .passes("en", "The bridge had been closed since March, the foreign ministry said.", "he", "הגשר היה סגור מאז מרץ, מסר משרד החוץ."),
            .passes("en", "The bridge had been closed since March, according to local media.", "fr", "Le pont était fermé depuis mars, selon la presse locale."),
            .passes("en", "Passenger train derailments are rare in the country, the transport ministry said.",
                    "fr", "Les déraillements de trains de voyageurs sont rares dans le pays, a indiqué le ministère des Transports."),
            // A denial verb with a source rejects something; it reports nothing ("rejeté la demande").
            .passes("en", "Local residents rejected the plan in the spring of 1989.", "fr", "Les habitants ont rejeté le projet au printemps 1989."),
            // "النقل" with the article is 'transport', not the verb "نقل" ('relayed').
            .passes("en", "The transport minister visited the site on Monday.", "ar", "وزار وزير النقل الموقع يوم الاثنين."),
            // "قناة" is a canal here, not a television channel: a word of two kinds names none.
            .passes("en", "Ships waited for days, according to Suez Canal Authority figures.", "ar", "انتظرت السفن أياما، وفقا لأرقام هيئة قناة السويس."),
        ]
    )

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        guard let sides = comparison.shiftSides(beadIndex) else { return [] }
        let sl = sides.sourceScales, tl = sides.targetScales
        var s = Self.joined(Self.reporting(sides.source, sl), sl), t = Self.joined(Self.reporting(sides.target, tl), tl)
        var out: [Finding] = []
        // An English passive with no agent ("no protests were reported") names no source: the original
        // cites nobody, so a translation that adds "a indiqué la police" brings one in.
        let targetHadAny = !t.isEmpty, sourceHadNone = s.allSatisfy { Self.passive($0, sides.source, sl) && !Self.hasAgent($0, sides.source) }
        // Same kind and stance on the other side: accounted for ("according to" ↔ "selon"); then same stance
        // ("according to" ↔ "говорится в заявлении"). Either way the two cite a source, to be compared.
        var citations: [(ScaleHit, ScaleHit)] = []
        for sameKind in [true, false] {
            for a in s {
                let ea = sl.attribution[a.entry]
                if let k = t.firstIndex(where: { tl.attribution[$0.entry].stance == ea.stance && (!sameKind || tl.attribution[$0.entry].kind == ea.kind) }) {
                    citations.append((a, t[k]))
                    t.remove(at: k)
                    s.removeAll { $0.range == a.range }
                }
            }
        }
        // "according to X" on both sides: X itself may have changed.
        if !citations.isEmpty {
            func names(_ side: Comparison.Side, _ text: BeadText) -> [Range<Int>] { text.sentences.flatMap { comparison.document(side).facts[$0].names.map(\.range) } }
            let cited = (names(.source, sides.source), names(.target, sides.target))
            // Every stem of the translation but those of its attribution words: «по данным» ('according to
            // the data') renders "according to", not "statistics" of "the national statistics office".
            let attributionWords = citations.map(\.1.range)
            var targetStems = Set<String>()
            for (k, w) in sides.target.words.enumerated() {
                for t in 0..<w.count where !attributionWords.contains(where: { $0.overlaps(sides.target.tokens[k][t].range) }) {
                    targetStems.formUnion(w.stems(t))
                }
            }
            for (a, b) in citations {
                let isPhrase = sl.attribution[a.entry].kind == "phrase"
                let xs = AttributedSource.cited(by: a, isPhrase: isPhrase, in: sides.source, side: .source, comparison: comparison)
                let ys = AttributedSource.cited(by: b, isPhrase: tl.attribution[b.entry].kind == "phrase", in: sides.target, side: .target, comparison: comparison)
                guard let (x, y) = xs.lazy.flatMap({ x in ys.lazy.map { (x, $0) } }).first(where: {
                          AttributedSource.differ($0.0, $0.1, comparison: comparison, names: cited, targetStems: targetStems) }),
                      let rx = x.range, let ry = y.range else { continue }
                // The hit and its cited words, in reading order ("the state news agency reported", "selon l'armée").
                let ra = min(a.range.lowerBound, rx.lowerBound)..<max(a.range.upperBound, rx.upperBound)
                let rb = min(b.range.lowerBound, ry.lowerBound)..<max(b.range.upperBound, ry.upperBound)
                let old = comparison.text(.source, ra), new = comparison.text(.target, rb)
                out.append(Finding(
                    check: "attribution.changed", severity: b.quoted ? Severity.major.raised : .major,
                    message: "The source cited changes: the original says \"\(old)\", the translation \"\(new)\".",
                    source: comparison.span(.source, sentence: a.sentence, range: ra),
                    target: comparison.span(.target, sentence: b.sentence, range: rb),
                    expected: old, found: new,
                    evidence: x.kindsDiffer(from: y) && sl.language != tl.language
                        ? "lexicons/scales sources: a \(x.kinds.sorted().joined(separator: "/")) source becomes a \(y.kinds.sorted().joined(separator: "/")) one"
                        : "no word of \"\(comparison.text(.target, ry))\" renders \"\(comparison.text(.source, rx))\" (FreeDict, cognates)", bead: beadIndex))
            }
        }
        for (a, b) in zip(s, t) {
            let sa = sl.attribution[a.entry].stance, sb = tl.attribution[b.entry].stance
            // Between neutral and assertive only, minor: press copy writes "said" as « a assuré », «أكد», «заявил»
            // as often as it means 'insisted'. Doubt, admission, denial and emotion are another matter.
            let base: Severity = [sa, sb] == ["neutral", "assertive"] || [sa, sb] == ["assertive", "neutral"] ? .minor : .major
            out.append(Finding(
                check: "attribution.changed", severity: b.quoted ? base.raised : base,
                message: "Attribution changes stance: \"\(comparison.text(.source, a.range))\" (\(sa)) rendered \"\(comparison.text(.target, b.range))\" (\(sb)).",
                source: comparison.span(.source, sentence: a.sentence, range: a.range),
                target: comparison.span(.target, sentence: b.sentence, range: b.range),
                expected: comparison.text(.source, a.range), found: comparison.text(.target, b.range),
                evidence: "lexicons/scales attribution: \(sa) → \(sb)", bead: beadIndex))
        }
        // A phrase ("according to X") always counts; a reporting verb only when the translation attributes nothing.
        for a in s.dropFirst(t.count) where sl.attribution[a.entry].kind == "phrase" || (!targetHadAny && !Self.denied(a, sides.source, sl) && !Self.passive(a, sides.source, sl)) {
            // A quotation over two sentences may have its "she said" at the end in one language and its
            // "وأضافت:" at the start in the other: a verb the next or previous bead of the paragraph has
            // to spare has moved, not gone.
            if sl.attribution[a.entry].kind == "verb", Self.spareVerbNearby(beadIndex, comparison) { continue }
            // The span covers the source cited after a phrase ("according to the regional fire service"): its
            // words went with it, and are not reported again as terms with no rendering.
            var span = a.range
            if sl.attribution[a.entry].kind == "phrase",
               let cited = AttributedSource.cited(by: a, isPhrase: true, in: sides.source, side: .source, comparison: comparison).first?.range,
               cited.lowerBound >= a.range.upperBound {
                span = a.range.lowerBound..<cited.upperBound
                // An abbreviation's last full stop is its own ("the U.S.", "the U.N."), not the sentence's.
                let units = comparison.source.document.file.units
                if span.upperBound < units.count, units[span.upperBound] == 0x2E,
                   comparison.text(.source, cited).split(separator: " ").last?.contains(".") == true {
                    span = span.lowerBound..<(span.upperBound + 1)
                }
            }
            out.append(Finding(
                check: "attribution.dropped", severity: description.severity(of: "attribution.dropped"),
                message: "The attribution \"\(comparison.text(.source, span))\" has no counterpart in the translation.",
                source: comparison.span(.source, sentence: a.sentence, range: span), target: comparison.span(.target, sentence: sides.target.sentences[0]),
                expected: comparison.text(.source, a.range), found: nil, evidence: "lexicons/scales attribution (\(sl.attribution[a.entry].stance))", bead: beadIndex))
        }
        // A verb of saying counts when it brings in a source the original does not name: a speaker of a
        // kind the scales' `sources` list ("уверяют в Минтрансе", 'the transport ministry assures').
        // Not denials: "les autorités ont rejeté la demande" rejects a request, it reports nothing.
        // A verb denied reports nothing: "не ответила" ('did not reply'), "لم يعلق".
        // In one language any speaker set off by the verb counts ("…, NHS England said"): nothing was translated.
        // Joined only when a capitalised speaker after a verb asks for it.
        var joinedSource: String? = nil
        func sourceHolds(_ word: String) -> Bool {
            if joinedSource == nil { joinedSource = sides.source.sentences.map { comparison.source.document.sentences[$0].text }.joined(separator: " ") }
            return joinedSource!.contains(word)
        }
        func namesSource(_ b: ScaleHit) -> Bool {
            !Self.denied(b, sides.target, tl) && tl.attribution[b.entry].kind == "verb" && ["neutral", "assertive"].contains(tl.attribution[b.entry].stance)
                && (Self.parenthetical(b, sides.target)
                    || AttributedSource.cited(by: b, isPhrase: false, in: sides.target, side: .target, comparison: comparison)
                        .contains { cited in !cited.kinds.isEmpty || sl.language == tl.language
                            || cited.words.contains { Self.isAcronym($0.token.text) }
                            // A body by its name after the verb ("сообщили в Россельхознадзоре") that the original's sentence does not hold.
                            || (cited.direction == .after && cited.words.contains { $0.token.isCapitalized && !sourceHolds($0.token.text) }) })
        }
        for b in t.dropFirst(s.count) where tl.attribution[b.entry].kind == "phrase" || ["doubtful", "admission", "emotive"].contains(tl.attribution[b.entry].stance)
            || (sourceHadNone && namesSource(b)) {
            out.append(Finding(
                check: "attribution.added", severity: description.severity(of: "attribution.added"),
                message: "The translation attributes with \"\(comparison.text(.target, b.range))\" (\(tl.attribution[b.entry].stance)) where the original does not.",
                source: comparison.span(.source, sentence: sides.source.sentences[0]), target: comparison.span(.target, sentence: b.sentence, range: b.range),
                expected: nil, found: comparison.text(.target, b.range), evidence: "lexicons/scales attribution", bead: beadIndex))
        }
        return out
    }

    /// A verb of saying denied reports nothing: "не ответила" ('did not reply'), "لم يعلق", and
    /// inside a quotation "Nobody has told us anything" (an English auxiliary may stand between).
    static func denied(_ hit: ScaleHit, _ text: BeadText, _ lexicon: ScaleLexicon) -> Bool {
        guard let (k, span) = hit.place else { return false }
        var t = span.lowerBound - 1
        while t >= 0, lexicon.language == "en", auxiliaries.contains(text.tokens[k][t].key) { t -= 1 }
        return t >= 0 && lexicon.negationSet.contains(text.tokens[k][t].key)
    }

    static let auxiliaries: Set<String> = ["has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "will", "would", "could", "been", "yet", "ever", "even"]

    /// A reporting verb opened by "as" ("как утверждают в Nordlink Lines", "comme l'indique …",
    /// "كما قال"): an attribution set into the sentence, whoever it names.
    static func parenthetical(_ hit: ScaleHit, _ text: BeadText) -> Bool {
        text.token(before: hit).map { AttributedSource.asWords.contains($0.key) } ?? false
    }

    /// Whether a bead next to this one, in the same target paragraph, has more reporting verbs on its
    /// target side than on its source side.
    static func spareVerbNearby(_ beadIndex: Int, _ comparison: Comparison) -> Bool {
        let target = comparison.target.document
        guard let here = comparison.alignment[beadIndex].target.first else { return false }
        for neighbour in [beadIndex - 1, beadIndex + 1] where comparison.alignment.indices.contains(neighbour) {
            guard let there = comparison.alignment[neighbour].target.first,
                  target.sentences[there].paragraph == target.sentences[here].paragraph,
                  let sides = comparison.shiftSides(neighbour) else { continue }
            func verbs(_ text: BeadText, _ lexicon: ScaleLexicon) -> Int {
                reporting(text, lexicon).filter { lexicon.attribution[$0.entry].kind == "verb" }.count
            }
            if verbs(sides.target, sides.targetScales) > verbs(sides.source, sides.sourceScales) { return true }
        }
        return false
    }

    /// The side's attribution hits that report: a reporting word written with a capital inside a
    /// sentence is part of a name ("Port Said"), and a participle after an article is an adjective
    /// ("the disputed race", "the reported figure").
    static func reporting(_ text: BeadText, _ lexicon: ScaleLexicon) -> [ScaleHit] {
        let articles = Articles.byLanguage[lexicon.language] ?? []
        return text.lowerCaseHits(lexicon.attributionFinder).filter { hit in
            // "according to the rules", «согласно региональным правилам», « selon la loi »: conformity to a norm, no source.
            if lexicon.attribution[hit.entry].kind == "phrase", let (k, span) = hit.place, let norms = Self.norms[lexicon.language] {
                let next = text.tokens[k][span.upperBound...].prefix(3).filter { $0.kind == .word }.prefix(2)
                // English by whole word ("law", not "lawyers"), inflecting languages by the word's start.
                func names(_ key: String, _ norm: String) -> Bool {
                    switch lexicon.language {
                    case "en", "he": key == norm
                    case "ar": key.contains(norm)
                    default: key.hasPrefix(norm)
                    }
                }
                if next.contains(where: { token in norms.contains { names(token.key, $0) } }) { return false }
            }
            guard let (k, span) = hit.place, lexicon.attribution[hit.entry].kind == "verb" else { return true }
            // Arabic writes the article onto the word: "النقل" is 'transport', not the verb "نقل" ('relayed').
            if lexicon.language == "ar", span.count == 1, Self.hasArabicArticle(text.tokens[k][span.lowerBound].key) { return false }
            guard let previous = text.token(before: hit) else { return true }
            // After a possessive the word is a noun too: "the union's claims", "their claims".
            if lexicon.language == "en", previous.text.hasSuffix("'s") || previous.text.hasSuffix("’s") || possessives.contains(previous.key) { return false }
            // An infinitive reports nothing yet: "it is too early to say", "declined to say" (a refusal).
            if lexicon.language == "en", previous.key == "to", lexicon.attribution[hit.entry].kind == "verb" { return false }
            // "residents were told to keep chickens indoors": an order passed on, not words reported.
            if lexicon.language == "en", Self.tellForms.contains(text.tokens[k][span.lowerBound].key), span.upperBound + 1 < text.tokens[k].count,
               text.tokens[k][span.upperBound].key == "to", !Self.infinitiveBlockers.contains(text.tokens[k][span.upperBound + 1].key),
               !Script.isUppercase(text.tokens[k][span.upperBound + 1].text.unicodeScalars.first ?? " ") { return false }
            // A participle after a comma, before a time, describes a noun: "The decision, announced at 1 p.m.,
            // caught markets off guard" (not "announced by the bank", which still names who announced).
            if lexicon.language == "en", span.count == 1, text.tokens[k][span.lowerBound].key.hasSuffix("ed"),
               text.space(before: span.lowerBound, in: k) >= 2, span.upperBound < text.tokens[k].count,
               Self.timeOpeners.contains(text.tokens[k][span.upperBound].key) { return false }
            // « a relevé 7,4 ppm »: recorded, a measurement; « a relevé que … » reports.
            if lexicon.language == "fr", text.tokens[k][span.upperBound - 1].key.hasPrefix("relev") {
                let next = span.upperBound < text.tokens[k].count ? text.tokens[k][span.upperBound].key : ""
                if !(next == "que" || next.hasPrefix("qu'") || next.hasPrefix("qu’")) { return false }
            }
            // "added to UNESCO's list", "added to the pressure": put on, not said.
            if lexicon.language == "en", ["add", "adds", "added", "adding"].contains(text.tokens[k][span.lowerBound].key),
               span.upperBound < text.tokens[k].count, text.tokens[k][span.upperBound].key == "to" { return false }
            if Self.declaresAct(text, k, span, articles) { return false }
            return !articles.contains(previous.key)
        }
    }

    /// An organisation's initials ("FEB", « la FEB », "ООН"): two to six letters, all capitals.
    static func isAcronym(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter(Script.isLetter)
        return (2...6).contains(letters.count) && letters.count == text.unicodeScalars.count && letters.allSatisfy(Script.isUppercase)
    }

    /// Norms a phrase of attribution can follow without citing anyone (key prefixes; Arabic: inside the
    /// word, after its joined preposition and article: «وفقاً للقانون»).
    static let norms: [String: [String]] = [
        "en": ["law", "laws", "rules", "regulations", "legislation", "constitution", "schedule", "timetable", "protocol", "procedure", "procedures", "tradition", "custom"],
        "fr": ["loi", "lois", "règle", "règlement", "réglementation", "législation", "constitution", "calendrier", "protocole", "procédure", "tradition", "coutume"],
        "ru": ["правил", "закон", "постановлени", "регламент", "конституци", "график", "протокол", "процедур", "традици", "норм", "указ"],
        "ar": ["قانون", "قواعد", "انظمة", "أنظمة", "لوائح", "دستور", "تشريعات", "جدول", "بروتوكول", "اجراءات", "إجراءات"],
        "es": ["ley", "leyes", "norma", "regla", "reglamento", "legislación", "constitución", "calendario", "protocolo", "procedimiento", "tradición"],
        "de": ["gesetz", "regel", "vorschrift", "verordnung", "verfassung", "zeitplan", "protokoll", "verfahren", "tradition"],
        "he": ["חוק", "לחוק", "תקנות", "לתקנות", "כללים", "לכללים", "חוקה", "לחוקה", "נוהל", "לנוהל"],
    ]

    /// A verb of declaring whose object is an act, not words: "declared a state of emergency",
    /// « a déclaré l'état d'urgence », «объявил режим ЧС», «أعلن حالة الطوارئ». Nothing is reported,
    /// so nothing is attributed when a translation writes «ввел режим ЧС» ('introduced').
    static func declaresAct(_ text: BeadText, _ k: Int, _ span: Range<Int>, _ articles: Set<String>) -> Bool {
        let tokens = text.tokens[k]
        var i = span.upperBound
        while i < tokens.count, tokens[i].kind == .word, articles.contains(tokens[i].key) || tokens[i].key == "l" { i += 1 }
        // "declared a local state of emergency", "a national health emergency", "a three-day mourning": up to two
        // words of scope, field or length first.
        for _ in 0..<2 where i + 1 < tokens.count && tokens[i].kind == .word && (Self.actScopes.contains(tokens[i].key) || tokens[i].key.contains("-")) { i += 1 }
        guard i < tokens.count, tokens[i].kind == .word else { return false }
        let word = Substring(tokens[i].key)
        // Short entries whole ("state", not "statement"); longer ones as stems ("чрезвычайного").
        return Self.declaredActs.contains { word == $0 || ($0.count >= 6 && word.hasPrefix($0)) }
    }

    /// English forms of "tell", which pass on an order when an infinitive follows.
    static let tellForms: Set<String> = ["told", "tells", "tell", "telling"]
    /// Words after "told to" that make it words told to someone ("told to reporters"), not an order.
    static let infinitiveBlockers: Set<String> = ["the", "a", "an", "reporters", "journalists", "me", "us", "him", "her", "them", "his", "their", "its", "our"]
    /// The scope or reach of a declared act, written before its noun in English.
    static let actScopes: Set<String> = ["local", "national", "regional", "nationwide", "statewide", "provincial", "municipal", "federal",
                                         "partial", "general", "full", "total", "official", "new", "formal",
                                         "health", "public", "sanitary", "humanitarian", "medical", "economic", "climate", "food", "energy", "water"]

    /// Openings of the nouns of acts a government declares (states, curfews, mourning, war, victory),
    /// in the languages a declaring verb of the scales takes them.
    static let declaredActs: [String] = [
        "state", "emergency", "curfew", "mourning", "martial", "victory", "war", "ceasefire", "truce", "bankruptcy", "independence", "disaster",
        "état", "urgence", "couvre-feu", "deuil", "victoire", "guerre", "cessez-le-feu", "trêve", "faillite", "catastrophe",
        "режим", "чрезвычайн", "чс", "комендантск", "траур", "победу", "войну", "перемири", "банкротств", "независимост",
        "حالة", "الطوارئ", "حظر", "الحداد", "حداد", "الحرب", "الانتصار", "النصر", "وقف", "الهدنة", "هدنة", "الإفلاس", "منطقة",
        "estado", "emergencia", "toque", "luto", "victoria", "guerra", "tregua", "quiebra",
        "notstand", "ausnahmezustand", "ausgangssperre", "staatstrauer", "krieg", "sieg", "waffenruhe", "insolvenz",
        "מצב", "חירום", "עוצר", "אבל", "מלחמה", "ניצחון", "הפסקת",
    ]

    /// "ال" opening the word, after a joined conjunction or preposition if any ("والنقل", "بالنقل", "للنقل").
    static func hasArabicArticle(_ word: String) -> Bool {
        let w = Substring(word)
        if w.hasPrefix("ال") || w.hasPrefix("لل") { return true }
        guard let first = w.first, "وفبك".contains(first) else { return false }
        return w.dropFirst().hasPrefix("ال")
    }

    /// An English passive has no speaker to drop: "Thursday was declared a day of mourning" («Четверг объявлен днем траура»).
    static func passive(_ hit: ScaleHit, _ text: BeadText, _ lexicon: ScaleLexicon) -> Bool {
        guard lexicon.language == "en", let (k, span) = hit.place, span.count == 1, text.tokens[k][span.lowerBound].key.hasSuffix("ed"),
              let previous = text.token(before: hit) else { return false }
        return passiveAuxiliaries.contains(previous.key)
    }

    /// Whether a passive verb names who did it ("was reported by the ministry").
    static func hasAgent(_ hit: ScaleHit, _ text: BeadText) -> Bool {
        guard let (k, span) = hit.place, span.upperBound < text.tokens[k].count else { return false }
        return text.tokens[k][span.upperBound].key == "by"
    }

    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "be", "being", "is", "are"]

    static let possessives: Set<String> = ["its", "his", "their", "our", "my", "your", "these", "those"]

    /// Words opening a time after a participle ("announced at 1 p.m.", "reported last week").
    static let timeOpeners: Set<String> = ["at", "on", "in", "last", "earlier", "early", "late", "this", "yesterday", "today", "during", "after", "before"]


    /// A phrase written straight before a reporting verb is one attribution with it: "حسبما ذكرت"
    /// ('as reported'), "كما قال" ('as said') — the verb's hit, stretched over the phrase.
    static func joined(_ hits: [ScaleHit], _ lexicon: ScaleLexicon) -> [ScaleHit] {
        var out: [ScaleHit] = []
        for hit in hits {
            if let last = out.last, let (k, a) = last.place, let (k2, b) = hit.place, k == k2, a.upperBound == b.lowerBound,
               lexicon.attribution[last.entry].kind == "phrase", lexicon.attribution[hit.entry].kind == "verb",
               lexicon.attribution[last.entry].stance == lexicon.attribution[hit.entry].stance {
                out[out.count - 1] = ScaleHit(entry: hit.entry, sentence: hit.sentence, range: last.range.lowerBound..<hit.range.upperBound,
                                              quoted: hit.quoted, place: (k, a.lowerBound..<b.upperBound))
            } else {
                out.append(hit)
            }
        }
        return out
    }
}
