import Foundation

/// A glossary file format other tools exchange: TBX (ISO 30042) or delimited text.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    case tbx, csv, tsv

    /// The format a file name implies: `.tbx`/`.xml` → tbx, `.csv` → csv, `.tsv`/`.tab` → tsv.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "tbx", "xml": self = .tbx
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        default: return nil
        }
    }
}

/// Why a glossary file could not be imported: the file, the line when known, the problem.
public struct GlossaryExchangeError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int?
    public let problem: String

    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { line.map { "\(file):\($0): \(problem)" } ?? "\(file): \(problem)" }
}

/// What an import produced, in file order, with the warnings about what was left out or guessed.
public struct ImportedGlossary: Sendable, Equatable {
    public var concepts: [TermConcept]
    public var names: [NameEntry]
    public var warnings: [String]

    public init(concepts: [TermConcept] = [], names: [NameEntry] = [], warnings: [String] = []) {
        self.concepts = concepts
        self.names = names
        self.warnings = warnings
    }
}

/// Reads TBX, CSV and TSV glossaries into lexicon entries.
public enum GlossaryImport {
    /// Imports a glossary file; the format comes from the extension unless given.
    /// `languages` names the columns of a headerless CSV/TSV; `defaultSeverity` is given to
    /// deprecated renderings whose note names none; files above `maxBytes` are refused unread.
    public static func read(_ url: URL, format: GlossaryFormat? = nil, languages: [LanguageTag] = [],
                            defaultSeverity: Severity = .major, maxBytes: Int = 64 << 20) throws(GlossaryExchangeError) -> ImportedGlossary {
        let path = url.path
        guard let format = format ?? GlossaryFormat(fileExtension: url.pathExtension) else {
            throw GlossaryExchangeError(file: path, line: nil,
                                        problem: "cannot tell the glossary format from the extension \"\(url.pathExtension)\" (use .tbx, .xml, .csv, .tsv or .tab)")
        }
        let data = try GlossaryInput.read(path, maxBytes: maxBytes)
        switch format {
        case .tbx:
            let root = try SafeXMLReader.parse(data, file: path)
            return try TBXReader(file: path, defaultSeverity: defaultSeverity).read(root)
        case .csv, .tsv:
            return try CSVGlossaryReader(file: path, delimiter: format == .tsv ? "\t" : nil, languages: languages,
                                         defaultSeverity: defaultSeverity).read(data)
        }
    }
}

/// Writes lexicon entries as TBX-Basic or CSV/TSV.
public enum GlossaryExport {
    /// TBX-Basic (ISO 30042:2019, DCA style); the same entries give the same bytes.
    public static func tbx(concepts: [TermConcept], names: [NameEntry]) -> String {
        TBXWriter().write(concepts: concepts, names: names)
    }

    /// TBX-Basic for all the entries of a set of lexicons.
    public static func tbx(_ lexicons: Lexicons) -> String { tbx(concepts: lexicons.terms, names: lexicons.names) }

    /// One row per entry, with `id,gloss,pos` (and `kind,role` when names are written) and per
    /// language `<lang>,<lang>_status,<lang>_note` columns; `delimiter` is "," or "\t".
    public static func csv(concepts: [TermConcept], names: [NameEntry] = [], delimiter: Character = ",") -> String {
        CSVGlossaryWriter(delimiter: delimiter).write(concepts: concepts, names: names)
    }

    /// CSV for all the entries of a set of lexicons.
    public static func csv(_ lexicons: Lexicons, delimiter: Character = ",") -> String {
        csv(concepts: lexicons.terms, names: lexicons.names, delimiter: delimiter)
    }
}

/// Reads a glossary's bytes, refusing oversized files before reading them.
enum GlossaryInput {
    static func read(_ path: String, maxBytes: Int) throws(GlossaryExchangeError) -> [UInt8] {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw GlossaryExchangeError(file: path, line: nil, problem: "cannot be read")
        }
        guard size <= maxBytes else {
            throw GlossaryExchangeError(file: path, line: nil, problem: "is \(size) bytes, above the limit of \(maxBytes) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw GlossaryExchangeError(file: path, line: nil, problem: "cannot be read")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit, in case the file grew after the size check.
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        guard data.count <= maxBytes else {
            throw GlossaryExchangeError(file: path, line: nil, problem: "is above the limit of \(maxBytes) bytes")
        }
        return [UInt8](data)
    }

    /// The text of the bytes, decoded as any input text is: UTF-8 (BOM optional) or UTF-16 with a BOM.
    static func decode(_ bytes: [UInt8], file: String) throws(GlossaryExchangeError) -> String {
        do {
            return try TextFile.decode(Data(bytes), path: file).text
        } catch {
            throw GlossaryExchangeError(file: file, line: nil, problem: error.problem)
        }
    }
}

/// Values both importers read the same way: statuses, severity-tagged notes, ids, parts of speech.
enum GlossaryValues {
    /// A TBX administrative status or usage value, or our own, as a lexicon status
    /// (superseded, notRecommended and obsolete are deprecated); nil when unknown.
    static func status(_ raw: String) -> TermConcept.Status? {
        var value = raw.trimmingSpaces.lowercased()
        if value.hasSuffix("-admn-sts") { value.removeLast("-admn-sts".count) }
        if value.hasSuffix("term"), value != "term" { value.removeLast(4) }
        switch value {
        case "preferred": return .preferred
        case "admitted": return .admitted
        case "deprecated", "superseded", "notrecommended", "not recommended", "obsolete": return .deprecated
        default: return nil
        }
    }

    /// Splits "[major] rest" into a severity and the rest; no tag gives nil and the whole note.
    static func severityTagged(_ note: String) -> (Severity?, String) {
        let trimmed = note.trimmingSpaces
        guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"),
              let severity = Severity(name: String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]))
        else { return (nil, trimmed) }
        return (severity, String(trimmed[trimmed.index(after: close)...]).trimmingSpaces)
    }

    /// The severity and note a deprecated rendering gets from an imported note, with the
    /// caller's default severity and a note naming the source when the file gave none.
    static func deprecation(note: String?, severity: Severity?, defaultSeverity: Severity, file: String) -> (Severity, String) {
        let (tagged, text) = severityTagged(note ?? "")
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        return (severity ?? tagged ?? defaultSeverity, text.isEmpty ? "deprecated in \(fileName)" : text)
    }

    /// Our part of speech for a TBX/CAT-tool value: noun, verb, adjective, relational adjective, adverb (proper nouns are nouns), phrase.
    static func partOfSpeech(_ raw: String) -> String? {
        switch raw.trimmingSpaces.lowercased() {
        case "noun", "n", "propernoun", "proper noun": return "noun"
        case "verb", "v": return "verb"
        case "adjective", "adj": return "adjective"
        case "relational-adjective", "relational adjective": return "relational-adjective"
        case "adverb", "adv": return "adverb"
        case "phrase": return "phrase"
        default: return nil
        }
    }

    /// Lower-case ASCII letters and digits joined by single hyphens ("Cease-fire (UN)" → "cease-fire-un").
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for byte in text.lowercased().utf8 {
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Collapses runs of white space (pretty-printing, line breaks) into one space and trims.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Makes imported ids valid and unique: the file's id as a slug, prefixed with a slug of the
/// entry's English (or first preferred) form when it is empty or starts with a digit.
struct GlossaryIdentifiers {
    private var used: Set<String> = []

    mutating func make(from raw: String?, forms: [(text: String, language: LanguageTag, preferred: Bool)]) -> String {
        let given = GlossaryValues.slug(raw ?? "")
        var id = given
        if id.isEmpty || id.first!.isNumber {
            let basis = forms.first { $0.language.language == "en" } ?? forms.first { $0.preferred } ?? forms.first
            var prefix = basis.map { GlossaryValues.slug(Self.latin($0.text)) } ?? ""
            if prefix.isEmpty { prefix = "concept" }
            id = id.isEmpty ? prefix : prefix + "-" + id
        }
        var unique = id
        var n = 2
        while used.contains(unique) { unique = "\(id)-\(n)"; n += 1 }
        used.insert(unique)
        return unique
    }

    private static func latin(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }), let transliterator = try? Transliterator.named(Transliterator.toLatinASCII)
        else { return text }
        return transliterator.transliterate(text)
    }
}
