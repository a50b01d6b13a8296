/// Lines that belong to the web page rather than the story: promotional
/// labels ("WATCH:", "READ:", "اقرأ أيضا:"), bylines and timestamps with "|"
/// separators, editorial notes in parentheses, and two- or three-word calls
/// to action ("Give Feedback", "Share your opinion"). Added or dropped, they
/// are reported as info, not as content.
enum PageFurniture {
    static func describe(_ sentence: Sentence, in document: Document) -> String? {
        let text = sentence.text.trimmingCharacters(in: .whitespaces)
        let tokens = document.tokens(of: sentence)
        // "WATCH: …", "ALSO READ: …": an upper-case label of up to three words and a colon.
        if let colon = text.utf8.firstIndex(of: 0x3A) {
            let label = text[..<colon]
            let words = label.split(separator: " ")
            if !words.isEmpty, words.count <= 3, label.contains(where: \.isLetter),
               label.allSatisfy({ !$0.isLetter || $0.isUppercase }) && label.contains(where: { $0.isUppercase }) {
                return "a promotional label (\(label):)"
            }
            // Labels in scripts without capitals.
            if ["اقرأ أيضا", "اقرأ ايضا", "شاهد", "اقرأ", "קראו גם", "צפו", "читайте также", "смотрите также", "à lire aussi", "lire aussi"]
                .contains(label.lowercased()) { return "a promotional label (\(label):)" }
        }
        if text.containsBytes(" | ") { return "a byline or timestamp line" }
        if text.hasPrefix("("), text.hasSuffix(")") || text.hasSuffix(").") { return "an editorial note in parentheses" }
        // A paragraph's sentences are consecutive.
        let i = sentence.index, all = document.sentences
        let paragraphAlone = (i == 0 || all[i - 1].paragraph != sentence.paragraph) && (i + 1 >= all.count || all[i + 1].paragraph != sentence.paragraph)
        if paragraphAlone, tokens.count <= 3, !text.hasSuffix("."), tokens.allSatisfy({ $0.kind == .word }),
           document.sentences.last?.paragraph == sentence.paragraph || tokens.first.map({ !$0.isCapitalized || tokens.count < 3 }) == true {
            return "a call to action or caption"
        }
        return nil
    }
}
