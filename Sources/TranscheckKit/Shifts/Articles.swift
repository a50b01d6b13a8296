/// Articles per language: a word written straight after one is a noun or an adjective, whatever
/// verb its stem shares ("the reported figure"; « une étude » is not « étudie »). French "a" is
/// left out: it is also the auxiliary ("a approuvé").
enum Articles {
    static let byLanguage: [String: Set<String>] = [
        "en": ["the", "a", "an"], "fr": ["le", "la", "les", "un", "une"],
        "es": ["el", "la", "los", "las", "un", "una"],
        "de": ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"],
    ]

    /// Whether the word before the hit is an article of the language.
    static func precede(_ hit: ScaleHit, in text: BeadText, language: String) -> Bool {
        guard let articles = byLanguage[language], let previous = text.token(before: hit) else { return false }
        return articles.contains(previous.key)
    }
}
