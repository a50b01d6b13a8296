/// Lines that belong to the web page rather than the story: promotional
/// labels ("WATCH:", "READ:", "اقرأ أيضا:"), bylines and timestamps with "|"
/// separators, editorial notes in parentheses, and two- or three-word calls
/// to action ("Give Feedback", "Share your opinion"). Added or dropped, they
/// are reported as info, not as content.
enum PageFurniture {
    static func describe(_ sentence: Sentence, in document: Document) -> String? {
        // Foundation's .whitespaces: space separators and the tab.
        let text = sentence.text.trimmingScalars { $0.properties.generalCategory == .spaceSeparator || $0 == "\t" }
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
            if ["اقرأ أيضا", "اقرأ ايضا", "شاهد", "اقرأ", "اقرأ المزيد", "קראו גם", "צפו", "читайте также", "смотрите также", "подробнее",
                "à lire aussi", "lire aussi", "à voir aussi", "read more", "read also", "also read", "see also", "related", "watch", "listen"]
                .contains(label.lowercased()) { return "a promotional label (\(label):)" }
            if ["photo", "image", "picture", "photograph", "file photo", "caption", "credit", "photo credit", "header image", "main image", "featured image",
                "top image", "lead image", "image caption", "crédit photo", "фото", "صورة", "الصورة",
                "צילום"].contains(String(label).trimmingScalars { $0.properties.generalCategory == .spaceSeparator }.lowercased()) {
                return "a photo caption (\(label):)"
            }
            if ["topics", "tags", "related topics", "more on", "sujets", "thèmes", "mots-clés", "темы", "теги", "مواضيع", "وسوم", "الكلمات المفتاحية",
                "נושאים", "תגיות"].contains(String(label).trimmingScalars { $0.properties.generalCategory == .spaceSeparator }.lowercased()) { return "a list of topics (\(label):)" }
        }
        if text.containsBytes(" | ") { return "a byline or timestamp line" }
        // "Copyright 2027 The Associated Press. All rights reserved.", "© AFP", « Tous droits réservés ».
        let lowered = text.lowercased()
        if lowered.hasPrefix("copyright ") || lowered.hasPrefix("©") || lowered.hasPrefix("(c) ")
            || Self.rightsReserved.contains(where: { lowered.hasPrefix($0) }) {
            return "a copyright line"
        }
        // The rest of a caption cut into sentences ("… made landfall. /AFP"): the paragraph's first sentence opens with a caption label.
        var first = sentence.index
        while first > 0, document.sentences[first - 1].paragraph == sentence.paragraph { first -= 1 }
        if first < sentence.index, let caption = describe(document.sentences[first], in: document), caption.hasPrefix("a photo caption") {
            return caption
        }
        // "Do you have a news tip? Share it with our newsroom …": a site asking readers for tips, all of its paragraph.
        let opening = document.sentences[first].text.lowercased()
        if Self.tipPrompts.contains(where: { opening.hasPrefix($0) }), sentence.index - first <= 2 { return "a request for news tips" }
        if text.hasPrefix("("), text.hasSuffix(")") || text.hasSuffix(").") { return "an editorial note in parentheses" }
        // A paragraph's sentences are consecutive.
        let i = sentence.index, all = document.sentences
        let paragraphAlone = (i == 0 || all[i - 1].paragraph != sentence.paragraph) && (i + 1 >= all.count || all[i + 1].paragraph != sentence.paragraph)
        // A line of its own, as a page's widgets come out when copied ("Listen to this article" over "4 min").
        let lineAlone = (i == 0 || all[i - 1].line != sentence.line) && (i + 1 >= all.count || all[i + 1].line != sentence.line)
        // "Sign up to our Business Briefing newsletter", "Share this article", "Подпишитесь на наш канал".
        // A newsletter's sign-up or a social network's follow line runs longer, and may end with a full stop
        // ("Follow us on Facebook, X, Instagram and WhatsApp for the latest news.").
        if lineAlone, tokens.count <= 24 {
            let lower = text.lowercased()
            let promotes = Self.newsletter.contains { lower.containsBytes($0) }
            if tokens.count <= (promotes ? 24 : 10), !text.hasSuffix(".") || promotes,
               Self.callsToAction.contains(where: { lower.hasPrefix($0 + " ") || lower == $0 }) {
                return "a call to action"
            }
        }
        // A page's button copied alone on its line ("Share", "Print", « Partager »): the word is the whole line.
        if lineAlone, tokens.count <= 2, Self.buttons.contains(lowered.trimmingScalars { $0 == ":" || $0 == "." }) {
            return "a page button"
        }
        // A site's breadcrumb trail ("Home / World / South Asia", "Business › Aviation").
        if lineAlone, (2...12).contains(tokens.count), !text.hasSuffix("."), tokens.allSatisfy({ $0.kind == .word }),
           [" / ", " › ", " > ", " » ", " | "].contains(where: { text.contains($0) }) {
            return "a breadcrumb trail"
        }
        // "22 Comments", "Comments (41)".
        if paragraphAlone, tokens.count == 2, !text.hasSuffix("."), tokens.contains(where: { $0.kind == .number }),
           tokens.contains(where: { ["comments", "comment", "replies", "commentaires", "комментарии", "комментариев", "تعليقات", "تعليق", "תגובות"].contains($0.key) }) {
            return "a comment count"
        }
        // "Mon 24 Jun 2024 10:53 pm - Jerusalem Time": a date and a clock time on a line of their own.
        if lineAlone, tokens.count <= 10, !text.hasSuffix("."), tokens.filter({ $0.kind == .number }).count >= 2,
           Self.hasClockTime(text) {
            return "a timestamp line"
        }
        // "Published 5 October 2027", "Updated Tue 5 Oct 2027", « Publié le 5 octobre 2027 »: when the page went up.
        if lineAlone, tokens.count <= 12, !text.hasSuffix("."), tokens.contains(where: { $0.kind == .number }),
           Self.publicationWords.contains(where: { lowered.hasPrefix($0 + " ") || lowered.hasPrefix($0 + ":") }) {
            return "a publication timestamp"
        }
        // "By Punch Reporter", "By Amina Yusuf and Tunde Ajayi", « Par Karim Benali »: the byline over the story.
        if lineAlone, (2...8).contains(tokens.count), !Self.endsSentence(text), let first = tokens.first, Self.bylineWords.contains(first.key),
           tokens.dropFirst().allSatisfy({ $0.kind == .word && ($0.isCapitalized || Self.bylineJoiners.contains($0.key)) }) {
            return "a byline"
        }
        // "The Hindu Bureau", "Express News Service", "Staff Reporter", « La Rédaction »: a desk's byline without "By".
        if lineAlone, (2...5).contains(tokens.count), !Self.endsSentence(text), let last = tokens.last, Self.deskWords.contains(last.key),
           tokens.allSatisfy({ $0.kind == .word && ($0.isCapitalized || ["the", "our", "la", "le", "de", "du", "news"].contains($0.key)) }) {
            return "a byline"
        }
        // "4 min", "5 min read", "3 minutes de lecture", "4 мин": the reading time under a headline.
        if lineAlone, (2...4).contains(tokens.count), !text.hasSuffix("."), tokens.first?.kind == .number,
           tokens.dropFirst().allSatisfy({ Self.readingTime.contains($0.key) }) {
            return "a reading time"
        }
        if paragraphAlone, tokens.count <= 3, !text.hasSuffix("."), tokens.allSatisfy({ $0.kind == .word }),
           document.sentences.last?.paragraph == sentence.paragraph || tokens.first.map({ !$0.isCapitalized || tokens.count < 3 }) == true {
            return "a call to action or caption"
        }
        // A standfirst: a line of summary between the headline and the story, written without a full stop.
        if paragraphAlone, i > 0, i < 8, tokens.count >= 6, !Self.endsSentence(text),
           !all[..<i].contains(where: { Self.endsSentence($0.text) }) {
            return "a standfirst (the story summed up above it)"
        }
        return nil
    }

    /// A sentence of running text: it ends with a full stop, a question or exclamation mark (before a closing quote).
    static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar.value {
            case 0x2E, 0x21, 0x3F, 0x3002, 0x061F, 0x2026: return true                      // . ! ? 。 ؟ …
            case 0x20, 0xA0, 0x09, 0x202F, 0x29, 0x22, 0x27, 0xBB, 0xAB, 0x201C, 0x201D, 0x2019, 0x2018, 0x201E: continue  // spaces, ")", quotes
            default: return false
            }
        }
        return false
    }

    /// Digits, a colon and two digits ("10:53").
    static func hasClockTime(_ text: String) -> Bool {
        let u = Array(text.utf8)
        func digit(_ i: Int) -> Bool { i >= 0 && i < u.count && u[i] >= 0x30 && u[i] <= 0x39 }
        return u.indices.contains { u[$0] == 0x3A && digit($0 - 1) && digit($0 + 1) && digit($0 + 2) && !digit($0 + 3) }
    }

    /// Words of a reading-time line after its number.
    static let readingTime = Set(["min", "mins", "minute", "minutes", "read", "de", "lecture", "мин", "минут", "минуты", "чтения",
                                  "دقائق", "دقيقة", "قراءة", "דקות", "קריאה"].map(WordKey.of))

    /// How site prompts begin, lower-cased: a paragraph of its own of ten words at most that
    /// starts so and does not end with a period is the page talking, not the story.
    static let newsletter: [StaticString] = ["facebook", "instagram", "whatsapp", "telegram", "youtube", "tiktok", "twitter", " on x ", " on x.", "latest updates", "newsletter", "lettre d'information", "infolettre", "рассылк", "النشرة", "ניוזלטר",
                                                   // "For more news about …, visit Inquirer.net/business."
                                                   "for more news", "for more stories", "for more updates", ".com/", ".net/", ".org/", "push alerts", "push notifications", "news alerts",
                                                   // "Get the latest news … on our app."
                                                   "our app", "the app"]

    /// How a page's publication line opens, lower-cased.
    static let publicationWords = ["published", "updated", "last updated", "posted", "first published", "publié", "publié le", "mis à jour",
                                   "mis à jour le", "опубликовано", "обновлено", "дата публикации", "نشر", "نشر في", "تاريخ النشر", "آخر تحديث",
                                   "פורסם", "עודכן", "publicado", "actualizado", "veröffentlicht", "aktualisiert"]

    /// The word a byline opens with, and the lower-case words a list of names may hold.
    static let bylineWords = Set(["by", "par", "por", "von", "بقلم"].map(WordKey.of))
    static let bylineJoiners = Set(["and", "et", "y", "und", "de", "van", "von", "al", "bin", "in", "reporter", "correspondent"].map(WordKey.of))

    /// The last word of a desk's byline.
    static let deskWords = Set(["bureau", "reporter", "reporters", "correspondent", "correspondents", "desk", "staff", "service", "agencies",
                                "rédaction", "correspondant", "редакция", "корреспондент", "مراسل", "مراسلنا"].map(WordKey.of))

    /// Page buttons that stand alone on a line, lower-cased ("Share this" is a call to action above).
    static let buttons: Set<String> = ["share", "print", "email", "e-mail", "save", "comments", "partager", "imprimer", "commenter",
                                       "поделиться", "печать", "комментарии", "شارك", "مشاركة", "طباعة", "שתפו", "הדפסה", "compartir", "imprimir", "teilen", "drucken"]

    /// How a site's request for news tips opens, lower-cased.
    static let tipPrompts = ["do you have a news tip", "do you have a story", "got a news tip", "have a news tip", "send us your news tips",
                             "vous avez une information", "vous avez une info", "есть новость", "у вас есть новость", "لديك خبر", "هل لديك خبر"]

    /// "All rights reserved" in the languages of the lexicons, lower-cased.
    static let rightsReserved = ["all rights reserved", "tous droits réservés", "все права защищены", "جميع الحقوق محفوظة", "כל הזכויות שמורות",
                                 "todos los derechos reservados", "alle rechte vorbehalten"]

    static let callsToAction = ["sign up", "subscribe", "follow", "get our", "get the latest", "stay updated", "stay up to date", "join st's", "join our telegram", "join our whatsapp", "for more news", "for more stories", "for more updates", "join us", "share this", "share on", "share your", "follow us", "download our", "download the", "click here",
                                "join our", "listen to this article", "listen to this story", "listen to article", "écouter cet article",
                                "écouter l'article", "écouter l’article", "прослушать статью", "слушать статью", "استمع إلى المقال",
                                "استمع للمقال", "האזינו לכתבה", "abonnez-vous", "inscrivez-vous", "partager", "suivez-nous", "подпишитесь", "поделиться",
                                "اشترك", "اشتركوا", "تابعونا", "شارك", "הירשמו", "שתפו",
                                // The topic links under a story ("Explore more on these topics", "More on this story").
                                "explore more", "more on this story", "more on this topic", "reuse this content", "most viewed", "read next",
                                // The corrections link under a story ("Report a typo or error", "Signaler une erreur").
                                "report a typo", "report an error", "report a correction", "submit a correction", "signaler une erreur", "signaler une coquille",
                                "сообщить об ошибке", "нашли ошибку", "أبلغ عن خطأ", "الإبلاغ عن خطأ", "דווחו על טעות"]
}
