/// RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks.
enum CSVRecords {
    struct Record { let line: Int; let fields: [String] }

    static func parse(_ text: String, delimiter: Unicode.Scalar, file: String) throws(GlossaryExchangeError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false, wasQuoted = false
        var line = 1, recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            wasQuoted = false
        }
        while let c = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
            case delimiter:
                fields.append(String(field))
                field = String.UnicodeScalarView()
                wasQuoted = false
            case "\r", "\n":
                if c == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if inQuotes { throw GlossaryExchangeError(file: file, line: recordLine, problem: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }

    /// The delimiter a file's first line uses most: comma, semicolon or tab.
    static func sniffDelimiter(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for c in text.unicodeScalars {
            if c == "\"" { inQuotes.toggle() } else if !inQuotes, c == "\n" { break } else if !inQuotes, counts[c] != nil { counts[c]! += 1 }
        }
        return [",", "\t", ";"].max { counts[$0]! < counts[$1]! }!
    }

    /// Cells holding several forms separate them with `|`; a literal bar is written `\|`.
    static func splitBars(_ cell: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for c in cell {
            if escaped {
                if c != "|" { current.append("\\") }
                current.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                parts.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(c)
            }
        }
        if escaped { current.append("\\") }
        parts.append(current.trimmingSpaces)
        return parts
    }

    static func escapeBars(_ text: String) -> String { text.replacingAll("|", with: "\\|") }
}

/// What a CSV column holds, read from its header: "en", "French", "Term [en]", "en_status",
/// "status_en", "English_Def", "en: Note", "Part of Speech [en]", "Entry_ID", "gloss" …
enum CSVColumn: Equatable {
    case id, gloss, pos, kind, role, subject
    case term(LanguageTag), status(LanguageTag), note(LanguageTag), definition(LanguageTag), partOfSpeech(LanguageTag), titles(LanguageTag)
    case ignored

    static let entryFields: [String: CSVColumn] = [
        "id": .id, "entry_id": .id, "entry id": .id, "entryid": .id, "term id": .id, "term_id": .id, "termid": .id,
        "concept id": .id, "concept_id": .id, "conceptid": .id,
        "gloss": .gloss, "definition": .gloss, "description": .gloss, "concept description": .gloss, "concept definition": .gloss,
        "pos": .pos, "part of speech": .pos, "part_of_speech": .pos, "partofspeech": .pos,
        "kind": .kind, "role": .role,
        "subject": .subject, "subject field": .subject, "subjectfield": .subject, "concept subject": .subject, "entry_subject": .subject,
    ]

    /// Per-language fields, by the word a header uses for them.
    private enum LanguageField {
        case term, status, note, definition, partOfSpeech, titles

        static let words: [String: LanguageField] = [
            "term": .term, "terms": .term, "translation": .term,
            "status": .status, "usage": .status, "term status": .status, "administrative status": .status, "administrativestatus": .status,
            "note": .note, "notes": .note, "comment": .note, "info": .note,
            "def": .definition, "definition": .definition, "description": .definition,
            "pos": .partOfSpeech, "part of speech": .partOfSpeech, "partofspeech": .partOfSpeech,
            "title": .titles, "titles": .titles,
        ]

        static func column(_ word: String, _ tag: LanguageTag) -> CSVColumn? {
            switch words[word.trimmingSpaces.lowercased()] {
            case .term: .term(tag)
            case .status: .status(tag)
            case .note: .note(tag)
            case .definition: .definition(tag)
            case .partOfSpeech: .partOfSpeech(tag)
            case .titles: .titles(tag)
            case nil: nil
            }
        }
    }

    static let languageNames: [String: String] = [
        "english": "en", "french": "fr", "arabic": "ar", "russian": "ru", "spanish": "es", "german": "de", "hebrew": "he",
        "chinese": "zh", "italian": "it", "portuguese": "pt", "dutch": "nl", "japanese": "ja", "korean": "ko", "turkish": "tr",
        "persian": "fa", "farsi": "fa", "polish": "pl", "ukrainian": "uk", "greek": "el", "hindi": "hi", "urdu": "ur",
        "swedish": "sv", "norwegian": "no", "danish": "da", "finnish": "fi", "czech": "cs", "hungarian": "hu", "romanian": "ro",
        "bulgarian": "bg", "serbian": "sr", "croatian": "hr", "indonesian": "id", "malay": "ms", "vietnamese": "vi", "thai": "th",
        "kurdish": "ku", "pashto": "ps", "armenian": "hy", "georgian": "ka", "azerbaijani": "az", "catalan": "ca",
    ]

    init(header: String) {
        let text = header.trimmingSpaces
        let lower = text.lowercased()
        if let field = Self.entryFields[lower] { self = field; return }
        // "Term [en]", "Status (en)"
        if let close = text.last, close == "]" || close == ")",
           let open = text.lastIndex(of: close == "]" ? "[" : "("),
           let tag = Self.language(String(text[text.index(after: open)..<text.index(before: text.endIndex)])),
           let column = LanguageField.column(String(text[..<open]), tag) {
            self = column; return
        }
        // "en: Note"
        if let colon = text.firstIndex(of: ":"), let tag = Self.language(String(text[..<colon])),
           let column = LanguageField.column(String(text[text.index(after: colon)...]), tag) {
            self = column; return
        }
        // "en_status", "status_en", "English_Def"
        if let underscore = text.lastIndex(of: "_") {
            let head = String(text[..<underscore]), tail = String(text[text.index(after: underscore)...])
            if let tag = Self.language(head), let column = LanguageField.column(tail, tag) { self = column; return }
            if let tag = Self.language(tail), let column = LanguageField.column(head, tag) { self = column; return }
        }
        // Last, so "en_note" is a note column and not the tag "en-Note" (a well-formed script subtag).
        self = Self.language(text).map(CSVColumn.term) ?? .ignored
    }

    /// A language named by an English name or a tag of language, script and region only
    /// ("en", "en-US", "en_GB", "zh-Hant"), so headers like "en_status" are not read as tags.
    static func language(_ text: String) -> LanguageTag? {
        let trimmed = text.trimmingSpaces
        if let code = languageNames[trimmed.lowercased()] { return LanguageTag(known: code) }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.count == trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }).count
        else { return nil }
        for part in parts.dropFirst() {
            let script = part.count == 4 && part.allSatisfy { $0.isASCII && $0.isLetter }
            let region = (part.count == 2 && part.allSatisfy { $0.isASCII && $0.isLetter })
                || (part.count == 3 && part.allSatisfy { $0.isASCII && $0.isNumber })
            guard script || region else { return nil }
        }
        return try? LanguageTag(trimmed)
    }
}

/// Reads a CSV/TSV glossary: one row per entry, a column per language (synonyms split by `|`),
/// optional status, note, definition and part-of-speech columns per language.
struct CSVGlossaryReader {
    let file: String
    /// nil: sniffed from the first line.
    let delimiter: Unicode.Scalar?
    /// The languages of the columns of a headerless file.
    let languages: [LanguageTag]
    let defaultSeverity: Severity

    func read(_ bytes: [UInt8]) throws(GlossaryExchangeError) -> ImportedGlossary {
        let text = try GlossaryInput.decode(bytes, file: file)
        let records = try CSVRecords.parse(text, delimiter: delimiter ?? CSVRecords.sniffDelimiter(text), file: file)
        var builder = GlossaryDraftBuilder(file: file, defaultSeverity: defaultSeverity)
        guard let first = records.first else { return builder.glossary }
        var columns = first.fields.map(CSVColumn.init(header:))
        var rows = records.dropFirst()
        if !columns.contains(where: { if case .term = $0 { true } else { false } }) {
            guard !languages.isEmpty else {
                throw GlossaryExchangeError(file: file, line: first.line,
                                            problem: "no header naming the languages (like \"en,fr\"); give the languages of the columns")
            }
            columns = languages.map(CSVColumn.term)
            rows = records[...]
        } else {
            for (header, column) in zip(first.fields, columns) where column == .ignored && !header.trimmingSpaces.isEmpty {
                builder.warn(first.line, "column \"\(header)\" is not understood; ignored")
            }
        }
        for record in rows {
            let draft = self.draft(record, columns, &builder)
            if draft.languages.contains(where: { !$0.terms.isEmpty }) { builder.add(draft) }
        }
        return builder.glossary
    }

    private func draft(_ record: CSVRecords.Record, _ columns: [CSVColumn], _ builder: inout GlossaryDraftBuilder) -> GlossaryDraft {
        var draft = GlossaryDraft(line: record.line)
        func cell(_ column: CSVColumn) -> String? {
            guard let index = columns.firstIndex(of: column), index < record.fields.count else { return nil }
            let value = record.fields[index].trimmingSpaces
            return value.isEmpty ? nil : value
        }
        draft.rawID = cell(.id)
        draft.role = cell(.role)
        var definitions: [(LanguageTag, String)] = []
        var partsOfSpeech: [String] = []
        for (index, column) in columns.enumerated() {
            guard case .term(let tag) = column, index < record.fields.count else { continue }
            let forms = CSVRecords.splitBars(record.fields[index]).filter { !$0.isEmpty }
            guard !forms.isEmpty else { continue }
            let statuses = cell(.status(tag)).map(CSVRecords.splitBars) ?? []
            let notes = cell(.note(tag)).map(CSVRecords.splitBars) ?? []
            var terms: [GlossaryDraft.Term] = []
            for (n, form) in forms.enumerated() {
                let statusText = statuses.count == 1 ? statuses[0] : n < statuses.count ? statuses[n] : ""
                let (status, severity) = parseStatus(statusText, line: record.line, &builder)
                let note = notes.count == 1 ? notes[0] : n < notes.count ? notes[n] : ""
                terms.append(.init(form: form, status: status, severity: severity, note: note.isEmpty ? nil : note, line: record.line))
            }
            let titles = cell(.titles(tag)).map(CSVRecords.splitBars)?.filter { !$0.isEmpty } ?? []
            draft.withLanguage(tag, line: record.line) { language in
                language.terms += terms
                language.titles += titles
            }
            if let definition = cell(.definition(tag)) { definitions.append((tag, definition)) }
            if let pos = cell(.partOfSpeech(tag)).flatMap(GlossaryValues.partOfSpeech) { partsOfSpeech.append(pos) }
        }
        draft.gloss = cell(.gloss) ?? (definitions.first { $0.0.language == "en" } ?? definitions.first)?.1
        draft.partOfSpeech = cell(.pos).flatMap(GlossaryValues.partOfSpeech) ?? partsOfSpeech.first
        let kindText = (cell(.kind) ?? cell(.subject))?.lowercased()
        draft.kind = kindText.flatMap { TBXReader.nameKinds[$0] }
        if let kindText, cell(.kind) != nil, draft.kind == nil {
            builder.warn(record.line, "kind \"\(kindText)\" is not person, place or organisation; read as a term")
        }
        return draft
    }

    /// "preferred", "admitted", "deprecated", "deprecated:major", or a TBX value; empty is no status.
    private func parseStatus(_ text: String, line: Int, _ builder: inout GlossaryDraftBuilder) -> (TermConcept.Status?, Severity?) {
        guard !text.isEmpty else { return (nil, nil) }
        let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
        guard let status = GlossaryValues.status(parts[0]) else {
            builder.warn(line, "status \"\(text)\" is not known; read as no status")
            return (nil, nil)
        }
        guard parts.count == 2 else { return (status, nil) }
        guard let severity = Severity(name: parts[1]) else {
            builder.warn(line, "severity \"\(parts[1])\" is not one of info, minor, major, critical")
            return (status, nil)
        }
        return (status, severity)
    }
}

/// Writes entries as CSV/TSV: `id,gloss,pos` (`kind,role` when there are names), then per language
/// `<lang>,<lang>_status,<lang>_note` (and `<lang>_titles` when a name has titles), one row per entry.
struct CSVGlossaryWriter {
    let delimiter: Character

    func write(concepts: [TermConcept], names: [NameEntry]) -> String {
        let languages = TBXWriter.languages(concepts.flatMap { $0.renderings.map(\.language) }
            + names.flatMap { $0.forms.map(\.language) + $0.titles.keys.sorted() })
        let titled = Set(names.flatMap { $0.titles.filter { !$0.value.isEmpty }.keys })
        var header = ["id", "gloss", "pos"] + (names.isEmpty ? [] : ["kind", "role"])
        for language in languages {
            header += [language.tag, language.tag + "_status", language.tag + "_note"]
            if titled.contains(language) { header.append(language.tag + "_titles") }
        }
        var out = row(header)
        for concept in concepts {
            var cells = [concept.id, concept.gloss ?? "", concept.partOfSpeech ?? ""] + (names.isEmpty ? [] : ["", ""])
            for language in languages {
                let renderings = concept.renderings.filter { $0.language == language }
                cells.append(renderings.map { CSVRecords.escapeBars($0.form) }.joined(separator: "|"))
                cells.append(renderings.map { r in r.status == .deprecated ? "deprecated:\(r.severity ?? .major)" : r.status.rawValue }
                    .joined(separator: "|"))
                let notes = renderings.map { CSVRecords.escapeBars($0.note ?? "") }
                cells.append(notes.allSatisfy(\.isEmpty) ? "" : notes.joined(separator: "|"))
                if titled.contains(language) { cells.append("") }
            }
            out += row(cells)
        }
        for entry in names {
            var cells = [entry.id, "", "", entry.kind.rawValue, entry.role ?? ""]
            for language in languages {
                let forms = entry.forms.filter { $0.language == language }
                cells.append(forms.map { CSVRecords.escapeBars($0.text) }.joined(separator: "|"))
                cells.append(forms.map { f in f.status == .canonical ? "preferred" : f.status == .admitted ? "admitted" : "deprecated" }
                    .joined(separator: "|"))
                cells.append("")
                if titled.contains(language) { cells.append((entry.titles[language] ?? []).map(CSVRecords.escapeBars).joined(separator: "|")) }
            }
            out += row(cells)
        }
        return out
    }

    private func row(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: String(delimiter)) + "\n"
    }

    /// Quotes a cell when it must be; control characters other than tab and line breaks are dropped
    /// (readers take them for binary data).
    private func quoted(_ text: String) -> String {
        let cell = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
        let needsQuotes = cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            || cell.first == " " || cell.last == " "
        return needsQuotes ? "\"" + cell.replacingAll("\"", with: "\"\"") + "\"" : cell
    }
}
