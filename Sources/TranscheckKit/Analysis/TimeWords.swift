/// Words that make a number a clock time, per language: "1 p.m.", "13 heures",
/// "в 13 часов", "الساعة الواحدة ظهراً".
struct TimeWords: Sendable {
    /// Written after the hour ("heures", "Uhr", "часов").
    let hourAfter: Set<String>
    /// Written before the hour ("الساعة", "בשעה").
    let hourBefore: Set<String>
    let afternoon: Set<String>
    let morning: Set<String>
    /// Words (or two-word phrases) before the number that make "12 часов", "12 heures" a duration, not a clock time:
    /// «более 12 часов» 'more than 12 hours', « pendant 12 heures », « plus de 12 heures ».
    let durationBefore: Set<String>
    /// And after the hour word: «12 часов назад» '12 hours ago'.
    let durationAfter: Set<String>
    /// Parts of the day that also count days or nights: «3 часа дня» is 3 p.m., but «21 дня» is 21 days,
    /// so these make a time only after an hour word.
    let countedDayParts: Set<String>

    static func of(_ language: String) -> TimeWords {
        let common: Set<String> = ["am", "a.m", "pm", "p.m"]
        let table: [String: (after: [String], before: [String], pm: [String], am: [String])] = [
            "en": (["o'clock", "gmt", "utc", "edt", "est", "bst"], [], [], []),
            "fr": (["heures", "heure", "h"], [], ["l'après-midi", "soir"], ["matin"]),
            "es": (["horas", "hora", "h"], [], ["tarde", "noche"], ["mañana", "madrugada"]),
            "it": (["ore"], ["ore", "alle"], ["pomeriggio", "sera"], ["mattina"]),
            "pt": (["horas", "hora", "h"], [], ["tarde", "noite"], ["manhã"]),
            "de": (["uhr"], [], ["nachmittags", "abends"], ["morgens", "vormittags"]),
            "ru": (["часов", "часа", "час", "ч"], [], ["дня", "вечера"], ["утра", "ночи"]),
            "uk": (["годині", "годин", "година", "год"], [], ["дня", "вечора"], ["ранку", "ночі"]),
            // With the article too, after "بعد" ('after'): "الساعة 1:30 بعد الظهر" is 1:30 p.m.
            "ar": ([], ["الساعة", "الساعه"], ["ظهرا", "مساء", "مساءا", "عصرا", "ليلا", "بعد الظهر", "ليل", "ظهر", "عصر", "الظهر", "العصر", "المساء"],
                   ["صباحا", "فجرا", "صباح", "فجر", "الصباح", "الفجر"]),
            "he": ([], ["בשעה", "שעה"], ["בצהריים", "בערב", "אחר הצהריים"], ["בבוקר"]),
        ]
        // Only languages whose hour word also counts hours (Uhr, الساعة, בשעה do not).
        let durations: [String: (before: [String], after: [String])] = [
            // Not "de" alone nor "depuis": « près de 9 heures », « depuis 9 heures » tell the time.
            "fr": (["plus de", "moins de", "pendant", "durant", "en", "dans", "des", "quelque", "toutes"], []),
            "es": (["más de", "menos de", "durante", "unas", "cada"], []),
            "pt": (["mais de", "menos de", "durante", "cerca de"], []),
            "it": (["più di", "meno di", "per"], []),
            "ru": (["более", "больше", "менее", "меньше", "свыше", "почти", "уже", "течение", "за", "через", "последние", "целых", "на"],
                   ["назад", "подряд", "спустя"]),
            "uk": (["понад", "більше", "менше", "майже", "вже", "протягом", "за", "через", "останні"], ["тому", "поспіль"]),
        ]
        let duration = durations[language] ?? ([], [])
        let entry = table[language] ?? ([], [], [], [])
        return TimeWords(
            hourAfter: Set(entry.after.map(WordKey.of)),
            hourBefore: Set(entry.before.map(WordKey.of)),
            afternoon: Set((entry.pm + ["pm", "p.m"]).map(WordKey.of)),
            morning: Set((entry.am + ["am", "a.m"]).map(WordKey.of)).union(common.filter { $0.hasPrefix("a") }),
            durationBefore: Set(duration.before.map(WordKey.of)),
            durationAfter: Set(duration.after.map(WordKey.of)),
            countedDayParts: Set((["ru": ["дня", "ночи"], "uk": ["дня", "ночі"]][language] ?? []).map(WordKey.of))
        )
    }
}
