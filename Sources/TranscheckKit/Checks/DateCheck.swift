/// Dates and times compared by meaning across an aligned pair: "Oct. 7" =
/// "7 October" = "7 октября"; "1 p.m." = "13:00"; Tuesday ≠ Wednesday.
public struct DateCheck: Check {
    public init() {}

    public let description = CheckDescription(
        family: "date",
        name: "Dates and times",
        summary: "A weekday, date or clock time of the original is a different one in the translation.",
        cases: [CheckCase("date.mismatch", .major, "A date or time of the original has a different value in the translation.")],
        triggeringExamples: [
            .triggers("date.mismatch", "en", "He will meet Austin on Tuesday.", "fr", "Il rencontrera Austin mercredi."),
            .triggers("date.mismatch", "en", "The war started on Oct. 7.", "ru", "Война началась 8 октября."),
            .triggers("date.mismatch", "en", "They met at 1 p.m.", "ar", "التقيا في الساعة 14:00."),
            .triggers("date.mismatch", "en", "Talks resume on Monday.", "he", "השיחות יתחדשו ביום שלישי."),
        ],
        nonTriggeringExamples: [
            .passes("en", "Firefighters brought it under control shortly after 1:30 p.m.", "ar", "وتمكن رجال الإطفاء من السيطرة عليه بُعيد الساعة 1:30 بعد الظهر."),
            .passes("en", "The war started on Oct. 7.", "en", "The war started on 7 October."),
            .passes("en", "He will meet Austin on Tuesday.", "fr", "Il rencontrera Austin mardi."),
            .passes("en", "He will meet Austin on Tuesday.", "ar", "سيلتقي أوستن يوم الثلاثاء."),
            .passes("en", "They met at 1 p.m.", "fr", "Ils se sont rencontrés à 13 heures."),
            .passes("en", "The war started on Oct. 7.", "ru", "Война началась 7 октября."),
            .passes("en", "The war started on Oct. 7.", "he", "המלחמה פרצה ב-7 באוקטובר."),
        ]
    )

    /// The parts of a date compared separately: a weekday is compared with
    /// weekdays, a day of a month with days of a month, and so on.
    private static let facets: [(String, @Sendable (DateMention) -> String?)] = [
        ("weekday", { $0.weekday.map { DateMention.weekdayNames[($0 - 1) % 7] } }),
        ("date", { m in m.month.flatMap { month in m.day.map { "\(DateMention.monthNames[month - 1]) \($0)" } } }),
        ("month", { m in m.day == nil ? m.month.map { DateMention.monthNames[$0 - 1] } : nil }),
        ("year", { $0.year.map(String.init) }),
        ("time", { $0.minutes.map { String(format: "%02d:%02d", $0 / 60, $0 % 60) } }),
    ]

    public func findings(in beadIndex: Int, of comparison: Comparison) -> [Finding] {
        let bead = comparison.alignment[beadIndex]
        guard !bead.source.isEmpty, !bead.target.isEmpty else { return [] }
        let sourceDates = bead.source.flatMap { s in comparison.source.facts[s].dates.map { (s, $0) } }
        let targetDates = bead.target.flatMap { t in comparison.target.facts[t].dates.map { (t, $0) } }
        var out: [Finding] = []
        var reported: Set<Range<Int>> = []
        for (facet, value) in Self.facets {
            var s = sourceDates.compactMap { d in value(d.1).map { (d.0, d.1, $0) } }
            var t = targetDates.compactMap { d in value(d.1).map { (d.0, d.1, $0) } }
            for (i, item) in s.enumerated().reversed() {
                if let j = t.firstIndex(where: { $0.2 == item.2 }) {
                    t.remove(at: j)
                    s.remove(at: i)
                }
            }
            for (a, b) in zip(s, t) where !reported.contains(a.1.range) {
                reported.insert(a.1.range)
                out.append(Finding(
                    check: "date.mismatch", severity: description.severity(of: "date.mismatch"),
                    message: "Date changed: the original says \(a.1.text) (\(a.2)), the translation \(b.1.text) (\(b.2)).",
                    source: comparison.span(.source, sentence: a.0, range: a.1.range),
                    target: comparison.span(.target, sentence: b.0, range: b.1.range),
                    expected: a.1.text, found: b.1.text, evidence: "\(facet) \(a.2) ≠ \(b.2)", bead: beadIndex))
            }
        }
        return out
    }
}

import Foundation
