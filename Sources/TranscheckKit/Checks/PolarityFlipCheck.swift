/// Negation added or removed, and antonyms or opposite sizes swapped:
/// "still no agreement" → "now an agreement", "small group" → "large crowd".
/// From English into another language, an adjective or adverb is read
/// through its WordNet antonyms and the bilingual dictionary: "safe" → «
/// dangereuse » is a flip when nothing in the sentence renders "safe".
public struct PolarityFlipCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "polarity",
        name: "Polarity",
        summary: "The translation negates what the original affirms or the reverse, or swaps a word for its antonym (small ↔ large).",
        cases: [CheckCase("polarity.flip", .major, "Negation present on one side only, an antonym pair, a size word on the other side of the scale, or a lexicon concept rendered by its opposite (its deprecated word that the language's antonym pairs set against its own; reported by the term check) (minor when the original only has more negations than the translation). Raised inside a quotation.")],
        triggeringExamples: [
            // An opposite of lexicons/terms opposites-events, which the scales' antonym pairs make a polarity flip.
            .triggers("polarity.flip", "en", "The evacuation order covers a partial closure of the valley road.", "fr", "L'ordre d'évacuation prévoit une fermeture totale de la route de la vallée."),
            // A concept rendered by its opposite, through the lexicons (terms/opposites.yml and the antonym pairs).
            .triggers("polarity.flip", "en", "Birds at two more farms may have to be culled if tests are positive.", "ru",
                      "Птицу еще на двух фермах, возможно, придется забить, если анализы окажутся отрицательными."),
            .triggers("polarity.flip", "en", "Building collapses are common in Egypt's older cities.", "ar", "وتعد حوادث انهيار المباني نادرة في المدن المصرية القديمة."),
            .triggers("polarity.flip", "en", "The snowpack was only slightly above average this winter.", "fr", "Le couvert neigeux n'était que légèrement inférieur à la moyenne cet hiver."),
            // A German noun of change, capitalised as every German noun is.
            .triggers("polarity.flip", "en", "Exports rose 5 percent in March.", "de", "Im März gab es einen Rückgang der Exporte um 5 Prozent."),
            // "unlikely" → "likely": the modal word is the modality check's, but no marker of the original pairs it.
            .triggers("polarity.flip", "en", "People on both sides said a breakthrough was unlikely before Christmas.", "en", "People on both sides said a breakthrough was likely before Christmas."),
            // A figure that went up goes down (lexicons/scales `direction`).
            .triggers("polarity.flip", "en", "The price of hay has risen by about 40 percent since November.", "ru", "С ноября цена на сено снизилась примерно на 40%."),
            .triggers("polarity.flip", "en", "Exports fell 12 percent last year.", "fr", "Les exportations ont augmenté de 12 % l'an dernier."),
            // More against fewer, outside the hedges of a figure.
            .triggers("polarity.flip", "en", "SNCB hoped to run slightly more trains on Tuesday.", "fr", "La SNCB espérait faire rouler légèrement moins de trains mardi."),
            .triggers("polarity.flip", "en", "The company hoped to run more trains on Tuesday.", "ru", "Компания надеялась пустить меньше поездов во вторник."),
            // Wire shorthand: "up 15 percent" before its figure.
            .triggers("polarity.flip", "en", "Bread now costs 1,150 pounds, up 15 percent from a year earlier.", "ar", "ويبلغ سعر الخبز الآن 1150 ليرة، بانخفاض 15% عن العام السابق."),
            .triggers("polarity.flip", "en", "The area on fire has nearly doubled since Friday.", "ru", "Площадь пожаров с пятницы сократилась почти вдвое."),
            .triggers("polarity.flip", "en", "Exports fell 12 percent last year.", "ar", "ارتفعت الصادرات 12 في المئة العام الماضي."),
            .triggers("polarity.flip", "en", "Our people cannot spend the winter in tents.", "fr", "Notre population peut passer l'hiver sous des tentes."),
            .triggers("polarity.flip", "en", "He added there was still no agreement with Israel on the issue.", "fr", "Il a ajouté qu'il y avait désormais un accord avec Israël sur la question."),
            .triggers("polarity.flip", "en", "A small group of protesters chanted outside.", "ar", "وهتف حشد كبير من المحتجين في الخارج."),
            .triggers("polarity.flip", "en", "The plan would not include Hamas.", "en", "The plan would include Hamas."),
            .triggers("polarity.flip", "en", "The weapons shipment was expensive for the administration.", "en", "The weapons shipment was cheap for the administration."),
            // An adjective's opposite through its cluster: "rare" is similar to "uncommon".
            .triggers("polarity.flip", "en", "Tanker explosions are common in the region.", "en", "Tanker explosions are rare in the region."),
            .triggers("polarity.flip", "ru", "Объем поставок оружия в этом месяце вырос.", "ru", "Объем поставок оружия в этом месяце снизился."),
            // How often, through terms/frequency.yml and the antonym pairs.
            .triggers("polarity.flip", "en", "Such storms are rarely deadly, forecasters said.", "ru", "По словам синоптиков, такие бури часто бывают смертельными."),
            // A direction word put for its opposite in the same language, with no figure in the sentence.
            .triggers("polarity.flip", "en", "Sales growth eased in the second half, the company said.", "en", "Sales growth accelerated in the second half, the company said."),
            .triggers("polarity.flip", "ru", "В среду рубль ослаб к доллару, сообщил ЦБ.", "ru", "В среду рубль укрепился к доллару, сообщил ЦБ."),
            .triggers("polarity.flip", "fr", "Les exportations ont reculé en mai.", "fr", "Les exportations ont progressé en mai."),
            .triggers("polarity.flip", "en", "Israel has not presented such a plan to Washington.", "ru", "Израиль представил такой план Вашингтону."),
            // A compass adjective rendered by the opposite noun.
            .triggers("polarity.flip", "en", "Troops were sent to the northern border.", "fr", "Des troupes ont été envoyées à la frontière sud."),
            // The word's own rendering under a negative prefix, written as one word.
            .triggers("polarity.flip", "en", "The patrollers had judged the snowpack stable.", "fr", "Les patrouilleurs avaient jugé le manteau neigeux instable."),
            // «لم … إلا» is 'only': nothing answers "never".
            .triggers("polarity.flip", "en", "\"I waited three hours for the government truck, and it never came,\" he said.", "ar", "وقال: «انتظرت ثلاث ساعات شاحنة الحكومة، ولم تأتِ إلا متأخرة»."),
            // «пока не» without an "until" in the original is 'not yet'.
            .triggers("polarity.flip", "en", "The cause of the leak is known.", "ru", "Причина утечки пока не известна."),
            // English writes the negation onto the verb.
            .triggers("polarity.flip", "en", "Israel hasn't presented such a plan to Washington.", "fr", "Israël a présenté un tel plan à Washington."),
            .triggers("polarity.flip", "en", "The situation in the north is safe.", "fr", "La situation dans le nord est dangereuse."),
            .triggers("polarity.flip", "en", "The army is weak.", "ar", "الجيش قوي."),
            // Two negations against one: the count says one is gone (minor).
            .triggers("polarity.flip", "en", "The ministry would not raise fuel prices, and it did not rule out new subsidies.",
                      "ar", "وقالت الوزارة إنها لن ترفع أسعار الوقود، واستبعدت دعما جديدا."),
        ],
        nonTriggeringExamples: [
            // "not … a single picker" is emphasis: no opposite of "common" («العام», 'this year').
            .passes("en", "He said: \"I have not taken on a single picker from outside my family this year.\"", "ar", "وقال: «لم أستأجر هذا العام عاملا واحدا من خارج عائلتي»."),
            // The original names the opposite itself elsewhere in the sentence ("salt water … fresh groundwater").
            .passes("en", "She said that as the salt water retreats, fresh groundwater dissolves thick underground salt layers.", "ar", "وقالت إنه مع انحسار المياه المالحة، تذيب المياه الجوفية العذبة طبقات ملحية سميكة تحت الأرض."),
            // « ne … pas plus de » is 'no more than': the negation is the hedge's.
            .passes("en", "The museum said no more than 300 people would be admitted at once.", "fr", "Le musée a indiqué qu'il n'admettrait pas plus de 300 personnes à la fois."),
            // A direction word far from any figure of its sentence moves none ("the street that climbs", « rideau baissé »).
            .passes("en", "About 60 traders blocked the street that climbs to the castle on Tuesday, and many said they would keep their shops shut on Saturday.",
                    "fr", "Environ 60 commerçants ont bloqué mardi la rue qui monte vers le château, et beaucoup ont dit qu'ils garderaient leur rideau baissé samedi."),
            // Two words of the same direction are a rewording, not a flip.
            .passes("en", "Exports climbed in May, the ministry said.", "en", "Exports rose in May, the ministry said."),
            .passes("en", "Reactor 2 is expected to restart no earlier than July 28, EDF said.", "fr", "Le réacteur 2 devrait redémarrer au plus tôt le 28 juillet, a indiqué EDF."),
            .passes("en", "Without new pledges, the cuts may also be extended to the Azraq camp, the agency said.", "ar", "وقالت الوكالة إنه في غياب تعهدات جديدة، قد تمتد التخفيضات أيضاً إلى مخيم الأزرق."),
            .passes("en", "The outer barriers stood just 150 metres from the gates, which left the crowd no room to spread out.", "ar", "كانت الحواجز الخارجية تقع على بعد 150 مترا فقط من البوابات، ما لم يترك للحشد مجالا للتفرق."),
            .passes("en", "The talks will fail unless the government acts.", "ar", "ستفشل المحادثات ما لم تتحرك الحكومة."),
            // Restrictive 'nothing but' and 'not just' negate nothing; 'deprive of' and a negated take-off answer 'without' and 'grounded'.
            .passes("en", "\"Families are fleeing with nothing but the clothes they are wearing,\" she said.", "fr", "« Les familles fuient sans rien d'autre que les vêtements qu'elles portent », a-t-elle dit."),
            .passes("en", "\"The state must protect these neighbourhoods, not just count the dead,\" she said.", "fr", "« L'État doit protéger ces quartiers, pas seulement compter les morts », a-t-elle dit."),
            .passes("en", "Its closure would leave about 200,000 people without emergency care.", "fr", "Sa fermeture priverait environ 200 000 personnes de soins d'urgence."),
            .passes("en", "Nine flights were diverted because parking stands in Kazan were full of grounded aircraft.", "ru", "Девять рейсов были перенаправлены, поскольку места стоянки в Казани были заняты самолётами, которые не могли вылететь."),
            // «لست» is 'am not'; "still" before a negation is no word with an opposite.
            .passes("en", "\"I am not a criminal,\" he said.", "ar", "وقال: \"أنا لست مجرما\"."),
            .passes("en", "Parliament has still not passed a law on capital controls.", "ar", "ولم يقر البرلمان حتى الآن قانونا للقيود على حركة رؤوس الأموال."),
            // A title is no adjective: "General" has no opposite in «اللواء».
            .passes("en", "Major General Kadhim al-Zubaidi, director of civil defence in Baghdad, said 12 fire engines had been sent to the scene.",
                    "ar", "وقال اللواء كاظم الزبيدي، مدير الدفاع المدني في بغداد، إن 12 سيارة إطفاء أُرسلت إلى موقع الحادث."),
            .passes("en", "The snowpack was only slightly above average this winter.", "fr", "Le couvert neigeux n'était que légèrement supérieur à la moyenne cet hiver."),
            .passes("en", "Birds may have to be culled near Omsk if tests are positive.", "ru", "Птицу под Омском, возможно, придется забить, если анализы окажутся положительными."),
            // « sans danger » is 'safe'; "comes first" is no opposite of « passe ».
            .passes("en", "We will bring them back as soon as the experts tell us it is safe, but the safety of people comes first.", "fr", "Nous les ramènerons dès que les experts nous diront que c'est sans danger, mais la sécurité des gens passe avant tout."),
            // "more than 20" is a hedge the intensity check compares; « au moins » is 'at least'.
            .passes("en", "More than 20 trains ran, at least five of them late.", "fr", "Plus de 20 trains ont circulé, dont au moins cinq en retard."),
            .passes("en", "The company hoped to run more trains on Tuesday.", "ar", "وتأمل الشركة تشغيل عدد أكبر من القطارات يوم الثلاثاء."),
            // "up" as a particle moves no figure.
            .passes("en", "The ministry set up 12 centres as prices fell 5 percent.", "fr", "Le ministère a mis en place 12 centres alors que les prix baissaient de 5 %."),
            // «لا … أكثر من» is 'no more than': the negation is the hedge's.
            .passes("en", "The grid can supply about 28,500 megawatts at best.", "ar", "لا تستطيع الشبكة في أفضل الأحوال توفير أكثر من نحو 28500 ميغاواط."),
            // « n'a plus de » is 'has no more', not the hedge "plus de" ('more than').
            .passes("en", "The cooperative has stopped buying because it has no cash left.", "fr", "La coopérative a cessé d'acheter parce qu'elle n'a plus de liquidités."),
            // "Off the coast" is offshore: the coast is the shore both offshore and inshore are made of.
            .passes("en", "At least 14 tankers were waiting offshore.", "ar", "وكانت 14 ناقلة على الأقل تنتظر قبالة الساحل."),
            // «غير مألوف» ('unfamiliar') renders "unusual" word for word: the opposite under a privative is the word itself.
            .passes("en", "A meteorologist said summer rain was not unusual in the valley.", "ar", "وقال خبير أرصاد إن الأمطار الصيفية ليست أمراً غير مألوف في الوادي."),
            .passes("en", "\"He lost control on a sharp bend,\" Rakhimov said.", "ru", "«Он не справился с управлением на крутом повороте», — сказал Рахимов."),
            // 'Not exceeding' is 'at most'; «من غير المتوقع» is 'not expected'.
            .passes("en", "Diggers work in tunnels no more than 1.2 metres wide.", "fr", "Les creuseurs travaillent dans des galeries ne dépassant pas 1,2 mètre de large."),
            .passes("en", "The plant is not expected to reach full output before next week.", "ar", "ومن غير المتوقع أن تبلغ المحطة طاقتها الكاملة قبل الأسبوع المقبل."),
            // "not … until" is 'only after' in other languages.
            .passes("en", "Residents would not be allowed to return until the line had been inspected.", "ru", "Жители смогут вернуться только после проверки газопровода."),
            // Two figures moving two ways, in another order; a move that is no figure's.
            .passes("en", "Exports fell 12 percent while imports rose 3 percent.", "ar", "وارتفعت الواردات 3 في المئة بينما انخفضت الصادرات 12 في المئة."),
            .passes("en", "Crews had to pull back several times as flames jumped roads and firebreaks.", "fr", "Les équipes ont dû reculer à plusieurs reprises, les flammes franchissant routes et pare-feu."),
            // Negations written into a word or a pronoun answer those of the original: «недостаточно»
            // ('not enough'), «нечего» ('nothing to'); "runs short" is «не хватает»; « et pas » is 'and not'.
            .passes("en", "The governor said the aid would not be enough, as fodder runs short.", "ru", "Губернатор заявил, что помощи будет недостаточно, поскольку кормов не хватает."),
            .passes("en", "\"There is nothing left for them to eat,\" he said.", "ru", "«Им больше нечего есть», — сказал он."),
            .passes("en", "\"We must rebuild them properly, not just patch them up again.\"", "fr", "« Nous devons les reconstruire correctement, et pas simplement les rafistoler une fois de plus. »"),
            // The middle of a scale of three is no opposite: « centre » ('middle') does not flip "late".
            .passes("en", "It is unusual this late in the season, said a forecaster at the office in Dijon.", "fr", "C'est inhabituel à ce stade de la saison, a déclaré une prévisionniste du centre de Dijon."),
            // "nothing, but" is no "nothing but": the negation word answers «لا شيء».
            .passes("en", "\"Fifteen piastres sounds like nothing, but it adds up,\" she said.", "ar", "وأضافت: «15 قرشاً تبدو وكأنها لا شيء، لكنها تتراكم»."),
            // « non » before an adjective is a prefix ('unvaccinated'); "to avoid overloading" is «чтобы не перегружать».
            .passes("en", "One infected person can infect up to nine out of 10 unvaccinated people nearby.", "fr", "Une personne infectée peut contaminer jusqu'à neuf personnes non vaccinées sur 10 dans son entourage."),
            .passes("en", "Officials urged residents to use heaters sparingly to avoid overloading the grid.", "ru", "Власти призвали жителей экономно пользоваться обогревателями, чтобы не перегружать электросеть."),
            // A negation that renders a word meaning one ("gave way" → «не выдержала»: did not hold).
            .passes("en", "The wall of moraine gave way after two hours.", "ru", "Через два часа моренная перемычка не выдержала."),
            // Degree words are the scales': "at least" is no opposite of "most", «قليلاً» renders "slightly".
            .passes("en", "At least 41 people died in one of the deadliest shipwrecks this year.", "ar", "لقي 41 شخصاً على الأقل حتفهم في واحدة من أكثر حوادث الغرق دموية هذا العام."),
            .passes("en", "Drivers, who were hit hardest by the increase, had slightly reduced their services.", "ar", "وقلّص السائقون، وهم الأكثر تضرراً من الزيادة، خدماتهم قليلاً."),
            // « ne … que » is 'only'; the "plus" of « plus de 25 ans » is too far off to be its partner.
            .passes("en", "He said his brigade had only six trucks, two of which were more than 25 years old.", "fr",
                    "Il a précisé que sa brigade ne disposait que de six camions, dont deux avaient plus de 25 ans."),
            // «لم … إلا» is 'only'; «بلا» ('without') renders "blind"; "found" is the past of 'find' («العثور»), not 'lost'.
            .passes("en", "Many bridges have been only partly rebuilt.", "ar", "ولم يُعَد بناء الكثير من الجسور إلا جزئياً."),
            .passes("en", "Our divers were working almost blind in the mud.", "ar", "كان غواصونا يعملون بلا رؤية تقريباً وسط الطين."),
            .passes("en", "We will keep searching until every missing person is found.", "ar", "سنواصل البحث حتى العثور على كل مفقود."),
            .passes("en", "Dozens of people are missing.", "ru", "Десятки человек пропали без вести."),
            // "jamais" without "ne" is 'ever'.
            .passes("en", "Chocolate makers are earning more than ever.", "fr", "Les fabricants de chocolat gagnent plus que jamais."),
            // "early" is rendered "de bonne heure" by the dictionary: "bonne" alone is no opposite of "late".
            .passes("en", "They announced late on Thursday that they would lift the blockades as a gesture of goodwill.", "fr", "Ils ont annoncé jeudi soir qu'ils lèveraient les barrages en signe de bonne volonté."),
            .passes("en", "He added there was still no agreement with Israel on the issue.", "fr", "Il a ajouté qu'il n'y avait toujours pas d'accord avec Israël sur la question."),
            .passes("en", "To date, Israel is yet to present such a plan.", "fr", "À ce jour, Israël n'a toujours pas présenté un tel plan."),
            .passes("en", "A small group of protesters chanted outside.", "he", "קבוצה קטנה של מפגינים קראה קריאות בחוץ."),
            .passes("en", "Deliveries of weapons increased this month.", "ar", "ازدادت شحنات الأسلحة هذا الشهر."),
            .passes("en", "The situation in the north is safe.", "fr", "La situation dans le nord est sûre."),
            .passes("en", "The army is weak.", "ar", "الجيش ضعيف."),
            .passes("en", "The ministry would not raise fuel prices, and it did not rule out new subsidies.",
                    "fr", "Le ministère n'augmentera pas les prix du carburant et n'a pas exclu de nouvelles subventions."),
            .passes("en", "The ministry would not raise fuel prices, and it did not rule out new subsidies.",
                    "ru", "Министерство не будет повышать цены на топливо и не исключило новых субсидий."),
            .passes("de", "Ein kleiner Genfer Club legt seinen grossen Jahresausflug auf diesen Tag.", "fr", "Le club genevois fixe à ce jour sa grande sortie annuelle."),
            .passes("en", "The plan only provides for an Arab force.", "fr", "Le plan ne prévoit qu'une force arabe."),
            .passes("en", "He found a companion in another colleague.", "fr", "Il trouva un compagnon en la personne d'un autre collègue."),
            .passes("en", "The talks are not only about Gaza.", "fr", "Les discussions portent entre autres sur Gaza."),
            .passes("en", "The talks covered aid, especially fuel.", "ar", "تناولت المحادثات المساعدات، لا سيما الوقود."),
            .passes("de", "Er kam ohne weiteres an.", "fr", "Il arriva facilement."),
            .passes("de", "Wie viele Menschen auf der kleinen Insel Grossbritannien haben je einen Dachs gesehen?", "fr",
                    "Combien de personnes, dans cette île étroite qu'est la Grande-Bretagne, ont jamais vu un blaireau?"),
            .passes("de", "Jeder Fuss hatte fünf breite Zehen.", "fr", "Chaque pas avait cinq larges orteils."),
            .passes("de", "Das ist natürlich nur ein Scheinargument.", "fr", "Ce n'est là, il va sans dire, qu'un argument fallacieux."),
            .passes("en", "My salary now buys half of what it bought three years ago.", "ar", "راتبي اليوم لا يشتري سوى نصف ما كان يشتريه قبل ثلاث سنوات."),
            .passes("en", "A coordinator for Médecins Sans Frontières said the risk was disease.", "fr", "Une coordinatrice de Médecins sans frontières a déclaré que le risque était la maladie."),
            .passes("en", "This is only a first step, she said.", "fr", "Ce n'est qu'un premier pas, a-t-elle dit."),
            .passes("en", "Losses from old pipes remained high.", "ar", "لا تزال الخسائر من الأنابيب القديمة مرتفعة."),
            .passes("en", "Troops were sent to the northern border.", "fr", "Des troupes ont été envoyées à la frontière nord."),
            .passes("en", "Dr. Sardana Gotovtseva, head of pulmonology at Yakutsk City Hospital No. 2, said visits had risen.", "ru", "Заведующая пульмонологическим отделением Якутской городской больницы № 2 Сардана Готовцева сообщила, что число обращений выросло."),
            .passes("en", "Our main task is to stop the fire from reaching villages.", "ru", "Наша главная задача — не допустить, чтобы огонь дошёл до сёл."),
            .passes("en", "The agency says 3,120 polling stations cannot currently be reached.", "fr", "L'agence indique que 3 120 bureaux de vote sont actuellement inaccessibles."),
            // "below" rendered «أدنى» beside «أعلى» ('highest'): a contrast the sentence draws, no opposite.
            .passes("en", "Baghdad recorded 49.6 degrees on Tuesday, slightly below the city's all-time record.", "ar", "وسجلت بغداد 49.6 درجة يوم الثلاثاء، أي أدنى بقليل من أعلى مستوى قياسي شهدته المدينة."),
            // The "إلا" of a later «لا يسمح إلا» ('allows only') leaves the earlier «لم … بعد» ('not yet') a negation.
            .passes("en", "Sea Horizon said it had not yet been told whether the ship would be detained under a law that allows only one rescue per voyage.",
                    "ar", "وقالت سي هورايزن إنها لم تُبلَّغ بعد بما إذا كانت السفينة ستُحتجز بموجب قانون لا يسمح إلا بعملية إنقاذ واحدة في كل رحلة."),
            .passes("en", "The last two plants still operating went offline at dawn.", "ar", "وخرجت آخر محطتين كانتا لا تزالان تعملان عن الخدمة فجراً."),
            .passes("en", "Health officials urged residents not to drink stored water.", "ar", "وحثت السلطات الصحية السكان على عدم شرب المياه المخزنة."),
            .passes("en", "The region faces political instability.", "ar", "تواجه المنطقة عدم الاستقرار السياسي."),
            .passes("en", "The level of the reservoir has been stable since May.", "ar", "ظل مستوى الخزان مستقرا منذ مايو."),
            .passes("en", "His party will seek a vote of no confidence in the government.", "ru", "Его партия будет добиваться вотума недоверия правительству."),
            .passes("en", "Specialists will measure the air until the readings return to normal.", "ru", "Специалисты будут проводить замеры воздуха, пока показатели не вернутся в норму."),
            .passes("en", "The warning system had been out of service since January.", "ru", "Система оповещения не работала с января."),
        ]
    )

    /// A word and, for a compass adjective, its noun, which renders it as often ("northern border" → « frontière nord »).
    static func compassForms(_ word: String) -> [String] {
        ["northern", "southern", "eastern", "western"].contains(word) ? [word, String(word.dropLast(3))] : [word]
    }

    /// Prefixes that write a word's opposite as one word («неустойчивый», « instable », "inestable", "unsicher").
    static let negativePrefixes: [String: [String]] = ["ru": ["не", "без", "бес"], "uk": ["не", "без"], "fr": ["in", "im", "il", "ir", "dés", "dé"],
                                                       "es": ["in", "im", "des"], "de": ["un"], "it": ["in", "im", "dis"]]

    /// Particles written before a word to make its opposite, as separate words: «غير مألوف» ('unfamiliar'),
    /// «בלתי צפוי», « non négligeable », «не слишком». The opposite's rendering after one is the word itself.
    static let privativeWords: [String: Set<String>] = ["ar": ["غير", "عديم", "عديمه", "عديمي"], "he": ["לא", "בלתי", "חסר", "חסרת"],
                                                        "ru": ["не", "без"], "uk": ["не", "без"], "fr": ["non", "peu", "sans"], "es": ["no", "poco", "sin"],
                                                        "de": ["nicht", "kein", "keine", "ohne"], "en": ["not", "non", "un", "without"]]

    /// Words that move a figure by a factor without a figure written.
    static let multiplierWords: Set<String> = ["doubled", "tripled", "quadrupled", "halved", "doubling", "tripling", "halving",
                                               "вдвое", "втрое", "doublé", "doublée", "triplé", "tripler", "doubler", "duplicado", "verdoppelt"]

    /// Conjunctions that write "until" with a negation after them.
    static let untilWords: [String: Set<String>] = ["ru": ["пока"], "uk": ["поки"]]

    /// How many words from a negation its companion may stand ("ne … pas", "n'a toujours pas", "ne l'aurait
    /// probablement jamais").
    static let companionReach = 5

    /// How many tokens from its figure a direction word may stand (a word is a token, and so is a comma).
    static let figureReach = 12

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        guard let sides = comparison.shiftSides(beadIndex) else { return [] }
        let sl = sides.sourceScales, tl = sides.targetScales
        var out: [Finding] = []
        func add(_ message: String, _ a: ScaleHit?, _ b: ScaleHit?, _ evidence: String, severity base: Severity = .major) {
            // Inside a quotation, raised: the translation's word there, or the original's where the sentence drops
            // its only negation (not a negation fewer by count, which is weaker evidence).
            let quoted = b?.quoted ?? (base == .major && a?.quoted == true)
            let severity: Severity = quoted ? base.raised : base
            out.append(Finding(
                check: "polarity.flip", severity: severity, message: message,
                source: a.map { comparison.span(.source, sentence: $0.sentence, range: $0.range) } ?? comparison.span(.source, sentence: sides.source.sentences[0]),
                target: b.map { comparison.span(.target, sentence: $0.sentence, range: $0.range) } ?? comparison.span(.target, sentence: sides.target.sentences[0]),
                expected: a.map { comparison.text(.source, $0.range) }, found: b.map { comparison.text(.target, $0.range) },
                evidence: evidence, bead: beadIndex))
        }
        // Negation on one side only, sentence pair by sentence pair (one-to-one beads: the clearest evidence).
        if sides.source.sentences.count == 1 && sides.target.sentences.count == 1 {
            // A negation word inside a modal phrase or a hedge ("لا بد", "no more than", "не менее") negates nothing.
            func negations(_ text: BeadText, _ lexicon: ScaleLexicon, _ side: Comparison.Side) -> [ScaleHit] {
                // A phrase does not run over punctuation: "like nothing, but it adds up" is no "nothing but".
                func unbroken(_ hit: ScaleHit) -> Bool {
                    guard let (k, span) = hit.place, span.count > 1 else { return true }
                    return span.dropFirst().allSatisfy { text.space(before: $0, in: k) <= 1 }
                }
                let idiomHits = text.hits(lexicon.negationIdiomFinder).filter(unbroken)
                let found = text.hits(lexicon.negationFinder)
                let inside = text.hits(lexicon.modalityFinder) + text.hits(lexicon.hedgeFinder) + idiomHits
                // The side's words, and the elided particles written onto them ("n'a" gives "n'"),
                // gathered only when a hit needs a companion word.
                var keys: Set<ByteKey>? = nil
                let idioms = idiomHits.map(\.range)
                let tokens = Array(text.tokens.joined())
                func forms(_ token: Token) -> [String] {
                    guard let apostrophe = token.key.utf8.firstIndex(of: 0x27) else { return [token.key] }
                    return [token.key, String(token.key[...apostrophe])]
                }
                func has(_ words: [String]) -> Bool {
                    if keys == nil {
                        var made = Set<ByteKey>()
                        // A word inside an idiom is not the companion of a negation ("n'est qu'un premier pas").
                        for token in tokens where !idioms.contains(where: { $0.overlaps(token.range) }) {
                            for form in forms(token) { made.insert(ByteKey(form)) }
                        }
                        keys = made
                    }
                    return words.contains { keys!.contains(ByteKey($0)) }
                }
                // A companion belongs to the negation only a few words away: in « ne disposait que de six
                // camions, dont deux avaient plus de 25 ans », "plus" ('more than') is not the "ne … plus" of "ne".
                func hasNear(_ hit: ScaleHit, _ words: [String]) -> Bool {
                    guard has(words), let at = tokens.firstIndex(where: { $0.range.overlaps(hit.range) }) else { return false }
                    let window = max(0, at - Self.companionReach)...min(tokens.count - 1, at + Self.companionReach)
                    // Nor is a word of a hedge that holds its own negation: « n'accueillerait pas plus de 1 200 » says 'at most'.
                    let negatedHedges = inside.filter { h in h.range != hit.range && found.contains { $0.range != hit.range && h.range.contains($0.range.lowerBound) && h.range != $0.range } }.map(\.range)
                    return window.contains { k in
                        !idioms.contains(where: { $0.overlaps(tokens[k].range) }) && !negatedHedges.contains(where: { $0.overlaps(tokens[k].range) })
                            && forms(tokens[k]).contains(where: words.contains)
                    }
                }
                // The word that makes a negation restrictive follows it in its clause ("لم يُعَد بناء الكثير من
                // الجسور إلا جزئياً"), not in another clause of the sentence ("لم تُبلَّغ بعد … لا يسمح إلا").
                func restrictedAfter(_ hit: ScaleHit, _ words: [String]) -> Bool {
                    guard has(words), let at = tokens.firstIndex(where: { $0.range.overlaps(hit.range) }) else { return false }
                    return (at..<min(tokens.count, at + 9)).contains { k in forms(tokens[k]).contains(where: words.contains) }
                }
                // The word that makes a negation restrictive ("لم تأتِ إلا متأخرة", 'came only late') is no negation
                // either, where it is found through a negation written otherwise ("ألا", 'that … not', has the key of "إلا").
                let restricting = Set(found.flatMap { n in (lexicon.negationUnless[n.entry] ?? []).filter { restrictedAfter(n, [$0]) } })
                func restricts(_ n: ScaleHit) -> Bool {
                    let written = comparison.text(side, n.range)
                    return written != lexicon.negation[n.entry] && restricting.contains(WordKey.of(written))
                }
                // "Hospital No. 2": the abbreviation of 'number', not a negation.
                func numberSign(_ n: ScaleHit) -> Bool {
                    guard lexicon.language == "en", comparison.text(side, n.range).lowercased() == "no",
                          let at = tokens.firstIndex(where: { $0.range == n.range }), at + 1 < tokens.count,
                          tokens[at + 1].kind == .number else { return false }
                    return comparison.text(side, n.range.upperBound..<tokens[at + 1].range.lowerBound).hasPrefix(".")
                }
                // "plus" opening a hedge ("plus de", 'more than') straight after its "ne" is 'no more' (« n'a plus
                // de liquidités »), not 'more than'; "pas plus de" ('no more than') stays a hedge.
                func opensHedgeAfterPartner(_ n: ScaleHit) -> Bool {
                    guard let words = lexicon.negationNeeds[n.entry], let at = tokens.firstIndex(where: { $0.range.overlaps(n.range) }) else { return false }
                    // A hedge that holds another negation word is 'no more than' itself (« pas plus de »).
                    return inside.allSatisfy { h in !h.range.overlaps(n.range) || (h.range.lowerBound == n.range.lowerBound
                        && !found.contains { $0.range != n.range && h.range.contains($0.range.lowerBound) }) }
                        && tokens[max(0, at - 2)..<at].contains { forms($0).contains(where: words.contains) }
                }
                // The negation of "cannot supply more than 28,500" belongs to the hedge: it says 'at most'.
                let ofHedges = text.negatedHedges(lexicon).negations
                return found.filter { n in
                    !numberSign(n) && !ofHedges.contains(n.range) &&
                    // The same single word as a modal ("cannot", "won't") does negate.
                    (!inside.contains { $0.range.overlaps(n.range) && $0.range != n.range } || opensHedgeAfterPartner(n)) && (lexicon.negationNeeds[n.entry].map { hasNear(n, $0) } ?? true)
                        && !(lexicon.negationUnless[n.entry].map { restrictedAfter(n, $0) } ?? false)
                        && !restricts(n)
                }
            }
            var ns = negations(sides.source, sl, .source), nt = negations(sides.target, tl, .target)
            // Across languages, a negation word the other side also writes is a borrowed name
            // ("Médecins Sans Frontières" → "Médecins sans frontières"), not a negation of either.
            if sl.language != tl.language, !ns.isEmpty || !nt.isEmpty {
                let sk = Set(sides.source.tokens.joined().map(\.key)), tk = Set(sides.target.tokens.joined().map(\.key))
                ns = ns.filter { !tk.contains(WordKey.of(comparison.text(.source, $0.range))) }
                nt = nt.filter { !sk.contains(WordKey.of(comparison.text(.target, $0.range))) }
            }
            // A weak negation ("عدم") answers one on the other side but is no flip by itself.
            // So is an English "not … until" across languages, which they write 'only after' ("would not be
            // allowed to return until" → «смогут вернуться только после», « ne … qu'après »).
            func restrictive(_ hit: ScaleHit) -> Bool {
                guard sl.language == "en", tl.language != "en", let (k, span) = hit.place else { return false }
                return sides.source.tokens[k][span.upperBound...].contains { $0.key == "until" || $0.key == "till" }
            }
            // Russian writes "until" as 'while … not' («пока показатели не вернутся в норму», 'until the readings
            // return'): where the original says "until", a negation a few words after «пока» is that conjunction.
            // Only then: «пока не известно» alone is 'not yet known'.
            func untilClause(_ hit: ScaleHit) -> Bool {
                guard sl.language == "en", let words = Self.untilWords[tl.language], let (k, span) = hit.place,
                      sides.source.tokens.joined().contains(where: { ["until", "till", "before"].contains($0.key) }) else { return false }
                return sides.target.tokens[k][max(0, span.lowerBound - 4)..<span.upperBound].contains { words.contains($0.key) }
            }
            nt = nt.filter { !untilClause($0) }
            let strongS = ns.filter { !sl.negationWeak.contains($0.entry) && !restrictive($0) }, strongT = nt.filter { !tl.negationWeak.contains($0.entry) }
            // A negation written into a word with a negative prefix («inaccessibles» for "cannot be reached",
            // «недоступны»): a word of the translation's language after the prefix, by its dictionary.
            func prefixedNegation() -> Bool {
                guard sl.language != tl.language, let prefixes = Self.negativePrefixes[tl.language],
                      let dictionary = BilingualDictionary.load(source: comparison.source.document.language, target: comparison.target.document.language)
                else { return false }
                let stemmer = Stemmer(language: tl.language)
                return sides.target.tokens.joined().contains { token in
                    token.kind == .word && prefixes.contains { p in
                        token.key.hasPrefix(p) && token.key.count >= p.count + 5
                            && dictionary.targetID(ofStem: stemmer.stem(String(token.key.dropFirst(p.count)))) != nil
                            && dictionary.targetID(ofStem: stemmer.stem(token.key)) == nil
                    }
                }
            }
            if (ns.isEmpty && !strongT.isEmpty) || (nt.isEmpty && !strongS.isEmpty && !prefixedNegation()) {
                add(ns.isEmpty ? "The translation negates what the original affirms (\"\(comparison.text(.target, nt[0].range))\")."
                               : "The translation drops the negation \"\(comparison.text(.source, ns[0].range))\".",
                    ns.first, nt.first, "lexicons/scales negation")
            } else if strongS.count > nt.count, !prefixedNegation() {
                // More negations in the original ("would not be deployed … did not rule out" against "لن … استبعد"):
                // the one standing furthest, by its place in the sentence, from every negation of the translation.
                // Not the other way: French writes "ne … pas", Russian "ни … ни", more words for one negation.
                // Minor: counting is weaker evidence than a sentence with no negation at all, and a free
                // translation may say the same without one ("nicht weiter absteigen" → "l'abandon de la descente").
                func place(_ hit: ScaleHit, _ side: Comparison.Side) -> Double {
                    let sentence = comparison.document(side).document.sentences[hit.sentence].range
                    return Double(hit.range.lowerBound - sentence.lowerBound) / Double(max(sentence.count, 1))
                }
                func distance(_ a: ScaleHit) -> Double { nt.map { abs(place($0, .target) - place(a, .source)) }.min() ?? 1 }
                let a = strongS.max { distance($0) < distance($1) }!
                add("The translation drops the negation \"\(comparison.text(.source, a.range))\" (\(ns.count) in the original, \(nt.count) in the translation).",
                    a, nil, "lexicons/scales negation, counted", severity: .minor)
            }
        }
        // Size words across the middle of the scale, paired in order only when both sides have
        // as many ("ein kleiner Club … ihren grossen Ausflug" against "sa grande sortie" pairs nothing).
        // A size word written with a capital inside a sentence belongs to a name ("Grande-Bretagne",
        // "Great Britain") or, in German, is a noun ("die Grösse").
        // "a little over two hours" is a degree, not a size (the intensity scale's "a little").
        func sized(_ text: BeadText, _ lexicon: ScaleLexicon) -> [ScaleHit] {
            text.lowerCaseHits(lexicon.sizeFinder).filter { hit in
                guard lexicon.language == "en", let (k, span) = hit.place, text.tokens[k][span.lowerBound].key == "little" else { return true }
                return text.token(before: hit)?.key != "a"
            }
        }
        let sourceSizes = sized(sides.source, sl), targetSizes = sized(sides.target, tl)
        for (a, b) in zip(sourceSizes, targetSizes) where sourceSizes.count == targetSizes.count {
            let ra = sl.size[a.entry].ranks.max() ?? 0, rb = tl.size[b.entry].ranks.max() ?? 0
            if (ra <= 1 && rb >= 3) || (ra >= 3 && rb <= 1) {
                add("\"\(comparison.text(.source, a.range))\" rendered \"\(comparison.text(.target, b.range))\": the opposite size.", a, b, "lexicons/scales size")
            }
        }
        // Across languages, which way a figure moved ("has risen by about 40 percent" → «снизилась
        // примерно на 40%»): as many direction words on each side, more of one way in the original
        // and more of the other in the translation (a sentence reordered keeps its counts). Only where
        // both sides give a figure: "flames jumped roads" and « les équipes ont dû reculer » move nothing.
        func hasFigure(_ side: Comparison.Side, _ text: BeadText) -> Bool {
            // A figure, or a verb that multiplies one ("has nearly doubled" → «сократилась почти вдвое»).
            text.sentences.contains { !comparison.document(side).facts[$0].numbers.isEmpty }
                || text.tokens.joined().contains { Self.multiplierWords.contains($0.key) }
        }
        if sl.language != tl.language, hasFigure(.source, sides.source), hasFigure(.target, sides.target) {
            // English "up" and "down" move a figure only straight before it ("up 15 percent", "down by 3%"); elsewhere
            // they are particles ("set up", "broke down").
            func movesFigure(_ hit: ScaleHit, _ text: BeadText, _ lexicon: ScaleLexicon) -> Bool {
                guard lexicon.language == "en", ["up", "down"].contains(lexicon.directions[hit.entry].form), let (k, span) = hit.place else { return true }
                let after = text.tokens[k][span.upperBound...].prefix(2)
                return after.first?.kind == .number || (after.first?.key == "by" && after.dropFirst().first?.kind == .number)
            }
            // And a direction word moves a figure of its own clause: "the street that climbs to the abbey" and « leur
            // rideau baissé » stand a dozen words and more from the sentence's figures.
            func nearFigure(_ hit: ScaleHit, _ side: Comparison.Side, _ text: BeadText) -> Bool {
                guard let (k, span) = hit.place else { return true }
                let tokens = text.tokens[k], numbers = comparison.document(side).facts[text.sentences[k]].numbers.map(\.range)
                let figures = tokens.indices.filter { t in
                    Self.multiplierWords.contains(tokens[t].key) || numbers.contains { $0.overlaps(tokens[t].range) }
                }
                return figures.contains { t in t >= span.lowerBound - Self.figureReach && t < span.upperBound + Self.figureReach }
            }
            let ds = sides.source.lowerCaseHits(sl.directionFinder).filter { movesFigure($0, sides.source, sl) && nearFigure($0, .source, sides.source) }
            let dt = sides.target.lowerCaseHits(tl.directionFinder).filter { movesFigure($0, sides.target, tl) && nearFigure($0, .target, sides.target) }
            let upS = ds.filter { sl.directions[$0.entry].up }, upT = dt.filter { tl.directions[$0.entry].up }
            let downS = ds.filter { !sl.directions[$0.entry].up }, downT = dt.filter { !tl.directions[$0.entry].up }
            if !ds.isEmpty, ds.count == dt.count, upS.count != upT.count {
                let (a, b) = upS.count > upT.count ? (upS[0], downT[0]) : (downS[0], upT[0])
                add("\"\(comparison.text(.source, a.range))\" rendered \"\(comparison.text(.target, b.range))\": the figure moves the other way.", a, b, "lexicons/scales direction")
            }
        }
        // Across languages, more against fewer ("slightly more trains" → « légèrement moins de trains »): comparative
        // words of quantity on one side only each way, outside the hedges the intensity check compares ("more than 20").
        if sl.language != tl.language, let cs = Self.comparatives[sl.language], let ct = Self.comparatives[tl.language] {
            func hits(_ text: BeadText, _ lexicon: ScaleLexicon, _ words: (more: Set<String>, less: Set<String>)) -> (more: [ScaleHit], less: [ScaleHit]) {
                // A hedge counts only before its figure ("more than 20", « moins de 20 »); « moins de trains » is a comparative.
                let hedged = text.hits(lexicon.hedgeFinder).filter { hit in
                    guard let (k, span) = hit.place else { return true }
                    return text.tokens[k][span.upperBound...].prefix(2).contains { $0.kind == .number }
                }.map(\.range) + text.hits(lexicon.negationIdiomFinder).map(\.range)
                var more: [ScaleHit] = [], less: [ScaleHit] = []
                for (k, tokens) in text.tokens.enumerated() {
                    for (t, token) in tokens.enumerated() where token.kind == .word && !hedged.contains(where: { $0.overlaps(token.range) }) {
                        // French « plus » is a comparative of quantity only before « de » (« ne … plus » negates).
                        if lexicon.language == "fr", token.key == "plus", !(t + 1 < tokens.count && ["de", "d'", "d’"].contains { tokens[t + 1].key.hasPrefix($0) }) { continue }
                        let hit = ScaleHit(entry: 0, sentence: text.sentences[k], range: token.range, quoted: text.isQuoted(token.range))
                        if words.more.contains(token.key) { more.append(hit) } else if words.less.contains(token.key) { less.append(hit) }
                    }
                }
                return (more, less)
            }
            let a = hits(sides.source, sl, cs), b = hits(sides.target, tl, ct)
            if let x = a.more.first, a.less.isEmpty, b.more.isEmpty, let y = b.less.first {
                add("\"\(comparison.text(.source, x.range))\" rendered \"\(comparison.text(.target, y.range))\": fewer where the original says more.", x, y, "comparatives of quantity")
            } else if let x = a.less.first, a.more.isEmpty, b.less.isEmpty, let y = b.more.first {
                add("\"\(comparison.text(.source, x.range))\" rendered \"\(comparison.text(.target, y.range))\": more where the original says fewer.", x, y, "comparatives of quantity")
            }
        }
        // Same-language substitutions WordNet calls antonyms ("expensive" → "cheap"), or a direction reversed ("eased" → "strengthened").
        for sub in WordingCheck.substitutions(in: beadIndex, of: comparison) where sub.isOpposite && !sub.quoted {
            out.append(Finding(check: "polarity.flip", severity: .major, message: "\"\(sub.old)\" is replaced by its opposite \"\(sub.new)\".",
                               source: comparison.span(.source, sentence: sub.sourceSentence, range: sub.sourceRange),
                               target: comparison.span(.target, sentence: sub.targetSentence, range: sub.targetRange),
                               expected: sub.old, found: sub.new, evidence: sub.relation == .antonym ? "WordNet antonyms" : "lexicons/scales direction", bead: beadIndex))
        }
        // Across languages from English: a target word that translates an antonym of a source
        // word, where nothing in the target translates the source word itself ("failed" → "réussi").
        if sl.language == "en", tl.language != "en", sides.source.sentences.count == 1, sides.target.sentences.count == 1 {
            // Size and degree words are the scales' ("at least" is a hedge, not an opposite of "most").
            let sized = [sl.sizeFinder, sl.intensityFinder, sl.hedgeFinder].flatMap { sides.source.hits($0).map(\.range) }
            crossLanguageAntonyms(sides.source, sides.target, comparison, skipping: sized, add: { add($0, $1, $2, $3) })
            return out
        }
        // Antonym pairs (entries 2k and 2k+1 of the list are opposites); the lists are per language,
        // so only a same-language pair can be compared through them.
        guard sl.language == tl.language else { return out }
        let as_ = sides.source.hits(sl.antonymFinder), at = sides.target.hits(tl.antonymFinder)
        for a in as_ {
            let pair = a.entry / 2, side = a.entry % 2
            if !at.contains(where: { $0.entry / 2 == pair && $0.entry % 2 == side }),
               let b = at.first(where: { $0.entry / 2 == pair && $0.entry % 2 != side }) {
                add("\"\(comparison.text(.source, a.range))\" rendered by its opposite \"\(comparison.text(.target, b.range))\".", a, b, "lexicons/scales antonyms")
            }
        }
        return out
    }

    private func crossLanguageAntonyms(_ source: BeadText, _ target: BeadText, _ comparison: Comparison, skipping covered: [Range<Int>],
                                       add: (String, ScaleHit?, ScaleHit?, String) -> Void) {
        guard let wordNet = WordNet.shared,
              let dictionary = BilingualDictionary.load(source: comparison.source.document.language, target: comparison.target.document.language)
        else { return }
        let english = Stemmer(language: "en"), targetStemmer = Stemmer(language: comparison.target.document.language.language)
        let functionWords = FunctionWords.of("en"), targetFunctionWords = FunctionWords.of(comparison.target.document.language.language)
        // Source words that have opposites: most sentences have none, and then nothing else is read.
        // Not negation words: "never" is compared as a negation above, and its opposite «دائماً»
        // ('always') would report the same flip twice.
        // Nor "first" and "last", ordinals more often than opposites ("safety comes first" → « passe avant tout »).
        let negations = ScaleLexicon.of("en").negationSet
        // Not a word of a name or a title ("Major General Kadhim al-Zubaidi"): capitalised inside the sentence,
        // or opening it before another capitalised word.
        let words = source.tokens[0]
        let candidates = words.indices.filter { t in
            let token = words[t]
            let named = token.isCapitalized && (t > 0 || (t + 1 < words.count && words[t + 1].isCapitalized))
            // Nor a word straight before a negation, which it qualifies as an adverb ("has still not passed":
            // not the "still" of standing still, whose opposite is «حركة», 'moving').
            let beforeNegation = t + 1 < words.count && negations.contains(words[t + 1].key)
            // "not … a single picker", "every single day": emphasis, not the opposite of "common".
            let emphatic = token.key == "single" && t > 0 && ["a", "every", "one"].contains(words[t - 1].key)
            return token.kind == .word && token.characterCount >= 4 && !functionWords.contains(key: token.key) && !named && !beforeNegation && !emphatic
                && !negations.contains(token.key) && !["first", "last"].contains(token.key) && !covered.contains(where: { $0.overlaps(token.range) })
        }.map { (words[$0], wordNet.antonymWords(words[$0].key)) }.filter { !$0.1.isEmpty }
        guard !candidates.isEmpty else { return }
        // Target content words by dictionary id, with where they stand. Not degree words: the
        // intensity check compares those («قليلاً» renders "slightly", not an opposite of "hardest").
        let tl = ScaleLexicon.of(comparison.target.document.language.language)
        let degrees = [tl.intensityFinder, tl.hedgeFinder, tl.sizeFinder].flatMap { target.hits($0).map(\.range) }
        var targetIDs: [Int32: Range<Int>] = [:]
        for (t, token) in target.tokens[0].enumerated() where token.kind == .word && !targetFunctionWords.contains(key: token.key)
            && !degrees.contains(where: { $0.overlaps(token.range) }) {
            for stem in target.words[0].stems(t) {
                if let id = dictionary.targetID(ofStem: stem), targetIDs[id] == nil { targetIDs[id] = token.range }
            }
        }
        // Target words some source word accounts for are renderings, not opposites
        // (worked out only when an opposite turns up: most candidates are rendered themselves).
        var explainedIDs: Set<Int32>? = nil
        func explained() -> Set<Int32> {
            if let explainedIDs { return explainedIDs }
            var made = Set<Int32>()
            for (t, token) in source.tokens[0].enumerated() where token.kind == .word {
                made.formUnion(dictionary.targetIDs(ofSourceStem: source.words[0].stems(t).first ?? english.stem(token.text)))
            }
            explainedIDs = made
            return made
        }
        // A target word that stands with its own opposite («أدنى بقليل من أعلى مستوى», 'slightly below the highest
        // level') is one of a contrast the sentence draws, and the other may render the source word.
        var pairs: [ScaleHit]? = nil
        func pairedInTarget(_ range: Range<Int>) -> Bool {
            if pairs == nil { pairs = target.hits(tl.antonymFinder) }
            // By form: a word listed in two pairs is found as the first ("أدنى" of [أقصى, أدنى] and [أعلى, أدنى]).
            func form(_ entry: Int) -> String { entry % 2 == 0 ? tl.antonyms[entry / 2].0 : tl.antonyms[entry / 2].1 }
            let present = Set(pairs!.map { form($0.entry) })
            return pairs!.contains { hit in
                hit.range.overlaps(range) && tl.antonyms.contains { ($0.0 == form(hit.entry) && present.contains($0.1)) || ($0.1 == form(hit.entry) && present.contains($0.0)) }
            }
        }
        var reported = Set<String>()
        for (token, opposites) in candidates {
            // The word itself rendered somewhere in the sentence: no flip.
            let own = Set(Self.compassForms(token.key).flatMap { dictionary.targetIDs(ofSourceStem: english.stem($0)) })
            guard !own.isEmpty, own.isDisjoint(with: targetIDs.keys) else { continue }
            // Nor in another of its base forms ("found", the past of 'find': «العثور»), looked up in
            // WordNet only once an opposite turns up.
            var renderedByBase: Bool? = nil
            func renderedInAnotherForm() -> Bool {
                if let renderedByBase { return renderedByBase }
                let ids = Set(wordNet.baseForms(token.key).flatMap { dictionary.targetIDs(ofSourceStem: english.stem($0)) })
                renderedByBase = !ids.isDisjoint(with: targetIDs.keys)
                return renderedByBase!
            }
            // An opposite made by a negative prefix ("unstable") is rendered by the word itself under a
            // negation ("غير مستقر", "нестабильный"): its renderings share the word's own stem.
            // A negation word ("never" for "ever") is compared as a negation above, where "jamais"
            // without "ne" is 'ever' ("plus que jamais", 'more than ever').
            // Written as one word with a negative prefix of the target language («неустойчивым» for "stable",
            // « instable »), it is the opposite: the negation check sees no separate negation word there.
            if let prefixes = Self.negativePrefixes[comparison.target.document.language.language],
               let (t, _) = target.tokens[0].enumerated().first(where: { _, candidate in
                   candidate.kind == .word && prefixes.contains { p in
                       candidate.key.hasPrefix(p) && candidate.key.count >= p.count + 4
                           && dictionary.targetID(ofStem: targetStemmer.stem(String(candidate.key.dropFirst(p.count)))).map(own.contains) == true
                   }
               }), reported.insert(token.key).inserted {
                let range = target.tokens[0][t].range
                let found = ScaleHit(entry: 0, sentence: target.sentences[0], range: range, quoted: target.isQuoted(range))
                let expected = ScaleHit(entry: 0, sentence: source.sentences[0], range: token.range, quoted: false)
                add("\"\(token.text)\" rendered \"\(comparison.text(.target, range))\", its rendering with a negative prefix: the opposite.",
                    expected, found, "FreeDict rendering of \"\(token.key)\" under a negative prefix")
                continue
            }
            for opposite in opposites where !opposite.utf8.contains(0x20) && !negations.contains(opposite)
                && !["un", "in", "im", "il", "ir", "dis", "non"].contains(where: { opposite == $0 + token.key || opposite == $0 + "-" + token.key }) {
                // Word-for-word renderings only: a word taken out of a phrase ("bonne" of "de bonne
                // heure" for "early") says nothing about the opposite on its own.
                // Opposites made on one base ("offshore" and "inshore" on "shore") differ in a particle a translation
                // writes as a preposition («قبالة الساحل», 'off the coast'): the dictionary renders their base, not them.
                if let base = Self.sharedPart(token.key, opposite), WordNet.POS.allCases.contains(where: { !wordNet.lemmas(base, $0).isEmpty }) { continue }
                // The original speaks of the opposite itself elsewhere in the sentence ("as the salt water retreats,
                // fresh groundwater …"): the translation's word for it renders that word.
                if words.contains(where: { w in w.key.count >= 4 && w.range != token.range && (opposite.hasPrefix(w.key) || w.key.hasPrefix(opposite)) }) { continue }
                let ids = Self.compassForms(opposite).flatMap { dictionary.wordForWordTargetIDs(ofSourceStem: english.stem($0)) }
                    .filter { targetIDs[$0] != nil && !explained().contains($0) }
                guard let hit = ids.first, let range = targetIDs[hit], !renderedInAnotherForm(), !pairedInTarget(range),
                      !Self.afterPrivative(range, in: target, language: comparison.target.document.language.language),
                      reported.insert(token.key).inserted else { continue }
                let found = ScaleHit(entry: 0, sentence: target.sentences[0], range: range, quoted: target.isQuoted(range))
                let expected = ScaleHit(entry: 0, sentence: source.sentences[0], range: token.range, quoted: false)
                add("\"\(token.text)\" rendered \"\(comparison.text(.target, range))\", which means its opposite (\"\(opposite)\").",
                    expected, found, "WordNet antonym of \"\(token.key)\": \"\(opposite)\"; FreeDict renders it \"\(comparison.text(.target, range))\"")
                break
            }
        }
    }

    /// Comparatives of quantity and degree by language: more against less or fewer.
    static let comparatives: [String: (more: Set<String>, less: Set<String>)] = [
        "en": (["more"], ["less", "fewer"]),
        "fr": (["plus", "davantage"], ["moins"]),
        "ru": (["больше", "более"], ["меньше", "менее"]),
        "ar": (["أكثر", "اكثر", "أكبر", "اكبر"], ["أقل", "اقل"]),
        "es": (["más", "mas"], ["menos"]),
        "de": (["mehr"], ["weniger"]),
        "he": (["יותר"], ["פחות"]),
    ]

    /// The longest ending two words share, of four letters or more ("shore" of offshore and inshore,
    /// "stream" of upstream and downstream; "thern" of northern and southern, which is no word).
    static func sharedPart(_ a: String, _ b: String) -> String? {
        let x = Array(a), y = Array(b)
        var n = 0
        while n < min(x.count, y.count), x[x.count - 1 - n] == y[y.count - 1 - n] { n += 1 }
        guard n >= 4, n < x.count, n < y.count else { return nil }
        return String(x.suffix(n))
    }

    /// Whether the word at `range` stands straight after a privative particle of its language («غير مألوف»).
    static func afterPrivative(_ range: Range<Int>, in text: BeadText, language: String) -> Bool {
        guard let words = privativeWords[language] else { return false }
        for tokens in text.tokens {
            guard let i = tokens.firstIndex(where: { $0.range == range }) else { continue }
            return tokens[..<i].last { $0.kind == .word }.map { words.contains($0.key) } ?? false
        }
        return false
    }
}
