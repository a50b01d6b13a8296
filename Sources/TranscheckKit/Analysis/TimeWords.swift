/// Words that make a number a clock time, per language: "1 p.m.", "13 heures",
/// "в 13 часов", "الساعة الواحدة ظهراً".
struct TimeWords: Sendable {
    /// Written after the hour ("heures", "Uhr", "часов").
    let hourAfter: Set<String>
    /// Written before the hour ("الساعة", "בשעה").
    let hourBefore: Set<String>
    let afternoon: Set<String>
    let morning: Set<String>

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
            "ar": ([], ["الساعة", "الساعه"], ["ظهرا", "مساء", "مساءا", "عصرا", "ليلا", "بعد الظهر"], ["صباحا", "فجرا"]),
            "he": ([], ["בשעה", "שעה"], ["בצהריים", "בערב", "אחר הצהריים"], ["בבוקר"]),
        ]
        let entry = table[language] ?? ([], [], [], [])
        return TimeWords(
            hourAfter: Set(entry.after.map(WordKey.of)),
            hourBefore: Set(entry.before.map(WordKey.of)),
            afternoon: Set((entry.pm + ["pm", "p.m"]).map(WordKey.of)),
            morning: Set((entry.am + ["am", "a.m"]).map(WordKey.of)).union(common.filter { $0.hasPrefix("a") })
        )
    }
}
