import Foundation

/// A compiled copy of loaded lexicons, so a check does not parse YAML each
/// run. Kept under `$XDG_CACHE_HOME/transcheck` (or `~/.cache/transcheck`),
/// keyed by the tool version and every lexicon file's path, size and
/// modification time: any edit makes a new key. Written atomically; a missing,
/// stale or unreadable cache just means parsing the YAML again.
enum LexiconCache {
    static let format = "transcheck-lexicons 4"  // bump whenever NameIndex.wordKeys or WordKey changes

    static var directory: URL? {
        let env = ProcessInfo.processInfo.environment
        if env["TRANSCHECK_NO_CACHE"] != nil { return nil }
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("transcheck") }
        if let home = env["HOME"], !home.isEmpty { return URL(fileURLWithPath: home).appendingPathComponent(".cache/transcheck") }
        return nil
    }

    /// The cache file for a set of folders, or nil when there is nowhere to cache.
    static func file(for folders: [URL]) -> URL? {
        guard let directory else { return nil }
        var hasher = FNV1a()
        hasher.add(format + "\n" + Tool.version + "\n")
        for folder in folders {
            hasher.add("folder " + folder.standardizedFileURL.path + "\n")
            for kind in ["names", "terms"] {
                for file in Lexicons.files(in: folder, kind: kind) {
                    var info = stat()
                    guard stat(file.path, &info) == 0 else { return nil }
                    hasher.add("\(file.path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\n")
                }
            }
        }
        return directory.appendingPathComponent(String(format: "lexicons-%016llx.tsv", hasher.value))
    }

    static func read(_ url: URL, languages: Set<String>? = nil) -> Lexicons? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return decode(data, languages: languages)
    }

    static func write(_ lexicons: Lexicons, to url: URL) {
        let fm = FileManager.default
        try? fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(encode(lexicons).utf8).write(to: url, options: .atomic)
        CacheFiles.prune(url.deletingLastPathComponent(), prefix: "lexicons-", suffix: ".tsv", keeping: 8)
    }

    // MARK: - Format: one record per line, tab-separated, fields escaped.

    static func encode(_ lexicons: Lexicons) -> String {
        var out = format + "\n"
        func line(_ fields: [String]) { out += fields.map(escape).joined(separator: "\t") + "\n" }
        for entry in lexicons.names {
            let at = entry.location
            line(["N", entry.id, entry.kind.rawValue, entry.role ?? "", at.file, "\(at.line)", "\(at.column)"])
            for form in entry.forms {
                // Forms sit in their entry's file (later folders add forms under their own entry record).
                line(["F", form.language.tag, form.status.rawValue, form.text, form.location.file == at.file ? "" : form.location.file,
                      "\(form.location.line)", "\(form.location.column)", form.keys.joined(separator: " ")])
            }
            for (language, titles) in entry.titles.sorted(by: { $0.key < $1.key }) {
                for title in titles { line(["T", language.tag, title]) }
            }
        }
        for concept in lexicons.terms {
            let at = concept.location
            line(["C", concept.id, concept.gloss ?? "", concept.partOfSpeech ?? "", at.file, "\(at.line)", "\(at.column)"])
            for r in concept.renderings {
                line(["R", r.language.tag, r.status.rawValue, r.severity?.description ?? "", r.form, r.note ?? "",
                      r.location.file == at.file ? "" : r.location.file, "\(r.location.line)", "\(r.location.column)"])
            }
        }
        for folder in lexicons.folders { line(["D", folder.path]) }
        return out
    }

    /// With `languages`, forms, titles and renderings of other languages are skipped
    /// before they become strings: a check needs only its two languages. Names and
    /// terms are decoded on two cores (a check waits for this before anything else).
    static func decode(_ data: Data, languages: Set<String>? = nil) -> Lexicons? {
        // Byte-level splitting: Character-based splitting of a large file is far slower.
        let bytes = [UInt8](data)
        // Terms follow names; their first record starts the second half.
        let split: Int = {
            guard let header = bytes.firstIndex(of: 0x0A) else { return bytes.count }
            var i = header + 1
            while i + 1 < bytes.count {
                if (bytes[i] == 0x43 || bytes[i] == 0x44) && bytes[i + 1] == 0x09 { return i }  // "C\t", "D\t"
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
                i += 1
            }
            return bytes.count
        }()
        nonisolated(unsafe) var halves: [Records?] = [nil, nil]
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let records = bytes.withUnsafeBufferPointer { buffer in
                decodeRecords(buffer, k == 0 ? 0..<split : split..<buffer.count, header: k == 0, languages: languages)
            }
            lock.withLock { halves[k] = records }
        }
        guard let names = halves[0], let terms = halves[1], names.terms.isEmpty, terms.names.isEmpty else { return nil }
        var lexicons = Lexicons()
        lexicons.restore(names: names.names, terms: terms.terms, folders: names.folders + terms.folders)
        return lexicons
    }

    private struct Records {
        var names: [NameEntry] = [], terms: [TermConcept] = [], folders: [URL] = []
    }

    /// The records of some lines; the first part starts with the format line.
    private static func decodeRecords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, header: Bool,
                                      languages: Set<String>?) -> Records? {
        var lineStart = range.lowerBound
        var fields: [(Int, Int, Bool)] = []
        fields.reserveCapacity(10)
        var tags: [String: LanguageTag] = [:]
        func tag(_ text: String) -> LanguageTag? {
            if let hit = tags[text] { return hit }
            let made = try? LanguageTag(text)
            tags[text] = made
            return made
        }
        // Every record of an entry names the same file: one string per file.
        var files: [String: String] = [:]
        func file(_ text: String) -> String {
            if let hit = files[text] { return hit }
            files[text] = text
            return text
        }
        // The languages as packed bytes: compared with the line's subtag, no string made for lines skipped.
        func packed(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var value: UInt64 = 0, n = 0
            for byte in bytes {
                n += 1
                if n > 8 { return .max }
                value = value << 8 | UInt64(byte)
            }
            return value
        }
        let wanted = (languages ?? []).map { packed($0.utf8) }
        var out = Records()
        var sawHeader = !header
        var entryFile = ""
        while lineStart < range.upperBound {
            // memchr: most lines are skipped, and finding their ends byte by byte was most of the decoding.
            let lineEnd = memchr(bytes.baseAddress! + lineStart, 0x0A, range.upperBound - lineStart)
                .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress! } ?? range.upperBound
            defer { lineStart = lineEnd + 1 }
            let kind = bytes[lineStart]
            if languages != nil, sawHeader, lineEnd - lineStart > 2, kind == 0x46 || kind == 0x54 || kind == 0x52, bytes[lineStart + 1] == 0x09 {
                // F, T and R records: the language tag is the second field; compare its primary subtag.
                var k = lineStart + 2
                var subtag: UInt64 = 0
                while k < lineEnd && bytes[k] != 0x09 && bytes[k] != 0x2D {
                    subtag = k - lineStart - 2 < 8 ? subtag << 8 | UInt64(bytes[k]) : .max
                    k += 1
                }
                if !wanted.contains(subtag) { continue }
            }
            // Fields as byte ranges: most become no string at all (locations are read as numbers, statuses
            // by their bytes, a rendering's file is nearly always its concept's).
            fields.removeAll(keepingCapacity: true)
            let base = bytes.baseAddress!
            let lineEscaped = memchr(base + lineStart, 0x5C, lineEnd - lineStart) != nil
            var fieldStart = lineStart
            while true {
                let tab = memchr(base + fieldStart, 0x09, lineEnd - fieldStart)
                    .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? lineEnd
                let escaped = lineEscaped && memchr(base + fieldStart, 0x5C, tab - fieldStart) != nil
                fields.append((fieldStart, tab, escaped))
                if tab >= lineEnd { break }
                fieldStart = tab + 1
            }
            func str(_ i: Int) -> String {
                let (a, b, e) = fields[i]
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
                return e ? unescape(text) : text
            }
            func empty(_ i: Int) -> Bool { fields[i].0 == fields[i].1 }
            func int(_ i: Int) -> Int? {
                let (a, b, _) = fields[i]
                guard a < b, b - a <= 9 else { return nil }
                var value = 0
                for k in a..<b {
                    let d = Int(bytes[k]) - 0x30
                    guard (0...9).contains(d) else { return nil }
                    value = value * 10 + d
                }
                return value
            }
            let count = fields.count
            if !sawHeader {
                guard count == 1, str(0) == format else { return nil }
                sawHeader = true
                continue
            }
            func location(_ i: Int) -> LexiconLocation? {
                guard count > i + 2, let l = int(i + 1), let c = int(i + 2) else { return nil }
                return LexiconLocation(file: empty(i) ? entryFile : file(str(i)), line: l, column: c)
            }
            guard fields[0].1 - fields[0].0 == 1 else { return nil }
            switch bytes[fields[0].0] {
            case 0x4E:  // N
                guard count == 7, let kind = NameEntry.Kind(rawValue: str(2)), let at = location(4) else { return nil }
                entryFile = at.file
                out.names.append(NameEntry(id: str(1), kind: kind, role: empty(3) ? nil : str(3), forms: [], titles: [:], location: at))
            case 0x46:  // F
                guard count == 8, !out.names.isEmpty, let language = tag(str(1)),
                      let status = NameEntry.Status(rawValue: str(2)), let at = location(4) else { return nil }
                out.names[out.names.count - 1].forms.append(.init(text: str(3), language: language, status: status, location: at,
                                                                  keys: str(7).utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }))
            case 0x54:  // T
                guard count == 3, !out.names.isEmpty, let language = tag(str(1)) else { return nil }
                out.names[out.names.count - 1].titles[language, default: []].append(str(2))
            case 0x43:  // C
                guard count == 7, let at = location(4) else { return nil }
                entryFile = at.file
                out.terms.append(TermConcept(id: str(1), gloss: empty(2) ? nil : str(2), partOfSpeech: empty(3) ? nil : str(3),
                                             renderings: [], location: at))
            case 0x52:  // R
                guard count == 9, !out.terms.isEmpty, let language = tag(str(1)),
                      let status = Self.status(bytes, fields[2]), let at = location(6) else { return nil }
                let severity: Severity?
                if empty(3) { severity = nil } else {
                    guard let named = Self.severity(bytes, fields[3]) else { return nil }
                    severity = named
                }
                out.terms[out.terms.count - 1].renderings.append(.init(
                    form: str(4), language: language, status: status, severity: severity,
                    note: empty(5) ? nil : str(5), location: at))
            case 0x44:  // D
                guard count == 2 else { return nil }
                out.folders.append(URL(fileURLWithPath: str(1)))
            default:
                return nil
            }
        }
        return sawHeader ? out : nil
    }

    /// A rendering's status and severity read from their bytes, as `encode` writes them.
    private static func status(_ bytes: UnsafeBufferPointer<UInt8>, _ field: (Int, Int, Bool)) -> TermConcept.Status? {
        let text = UnsafeBufferPointer(rebasing: bytes[field.0..<field.1])
        for status in TermConcept.Status.allCases where text.elementsEqual(status.rawValue.utf8) { return status }
        return nil
    }

    private static func severity(_ bytes: UnsafeBufferPointer<UInt8>, _ field: (Int, Int, Bool)) -> Severity? {
        let text = UnsafeBufferPointer(rebasing: bytes[field.0..<field.1])
        for severity in Severity.allCases where text.elementsEqual(severity.description.utf8) { return severity }
        return nil
    }

    private static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return field }
        return field.replacingAll("\\", with: "\\\\").replacingAll("\t", with: "\\t").replacingAll("\n", with: "\\n").replacingAll("\r", with: "\\r")
    }

    private static func unescape(_ field: String) -> String {
        var out = ""
        var escaped = false
        for c in field {
            if escaped {
                out.append(c == "t" ? "\t" : c == "n" ? "\n" : c == "r" ? "\r" : c)
                escaped = false
            } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}

/// 64-bit FNV-1a, a stable hash for cache keys (Swift's Hasher is seeded per process).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
}
