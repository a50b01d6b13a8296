import Foundation

/// One dictd entry as plain text: the headword's spellings and the
/// translations of its senses, notes and pronunciations removed.
struct DictdEntry: Equatable, Sendable {
    /// Headword spellings ("Berg"; "colour, color" gives two).
    var headwords: [String]
    /// Translations in dictionary order, first sense first.
    var translations: [String]
}

/// Reads FreeDict dictionaries in dictd format: a `.index` of
/// `headword TAB offset TAB length` lines (dictd base64 numbers) into the
/// uncompressed `.dict` text.
///
/// The three FreeDict layouts installed by Debian share one shape, which is
/// what the parser relies on: the first line is the headword with optional
/// `/pronunciation/` and `<part of speech>`; translations follow either on
/// the next line (one sense) or on lines starting `N. ` at column 0 (numbered
/// senses). Everything else is commentary in the source language and is
/// skipped: WikDict's definition lines under each sense (deu-fra, fra-deu),
/// Ding's indented examples, `Note:`, `Synonyms:` and `see:` lines (deu-eng,
/// eng-deu).
enum DictdReader {
    /// Every entry of a dictionary, each once, meta entries (`00-database-*`) left out.
    static func entries(index indexPath: String, dict dictPath: String) throws(Dictzip.Failure) -> [DictdEntry] {
        guard let indexData = FileManager.default.contents(atPath: indexPath) else {
            throw Dictzip.Failure(path: indexPath, reason: "cannot read file")
        }
        let text = try Dictzip.contents(of: dictPath)
        var entries: [DictdEntry] = []
        var seen = Set<Int>()
        indexData.withUnsafeBytes { raw in
            let index = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            while lineStart < index.count {
                var lineEnd = lineStart
                while lineEnd < index.count && index[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard let tab1 = index[lineStart..<lineEnd].firstIndex(of: 0x09),
                      let tab2 = index[(tab1 + 1)..<lineEnd].firstIndex(of: 0x09),
                      !isMeta(index[lineStart..<tab1]),
                      let offset = base64Number(index[(tab1 + 1)..<tab2]),
                      let length = base64Number(index[(tab2 + 1)..<lineEnd].prefix { $0 != 0x09 && $0 != 0x0D }),
                      offset + length <= text.count,
                      seen.insert(offset).inserted  // several index keys may share one entry
                else { continue }
                let entry = text.withUnsafeBufferPointer { parse(bytes: $0[offset..<(offset + length)]) }
                if let entry { entries.append(entry) }
            }
        }
        return entries
    }

    /// dictd's base64 numbers: digits A–Z a–z 0–9 + /, most significant first.
    static func base64Number<C: Collection>(_ digits: C) -> Int? where C.Element == UInt8 {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value = 0
        for byte in digits {
            let digit: Int
            switch byte {
            case 0x41...0x5A: digit = Int(byte) - 0x41
            case 0x61...0x7A: digit = Int(byte) - 0x61 + 26
            case 0x30...0x39: digit = Int(byte) - 0x30 + 52
            case 0x2B: digit = 62
            case 0x2F: digit = 63
            default: return nil
            }
            value = value << 6 | digit
        }
        return value
    }

    /// `00-database-info` and friends (dictd's index folds them to `00databaseinfo`).
    private static func isMeta<C: Collection>(_ headword: C) -> Bool where C.Element == UInt8 {
        let folded = headword.filter { $0 != 0x2D }
        return folded.starts(with: Array("00database".utf8))
    }

    // MARK: - Entry text (UTF-8 bytes: every delimiter the layouts use is ASCII)

    /// Parses one entry's text; nil when it has no headword or no translation.
    static func parse(_ text: String) -> DictdEntry? {
        var text = text
        return text.withUTF8 { parse(bytes: $0[...]) }
    }

    static func parse(bytes entry: Slice<UnsafeBufferPointer<UInt8>>) -> DictdEntry? {
        let lines = entry.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let header = lines.first else { return nil }
        let headwords = phrases(in: header[..<pronunciationStart(header)])
        guard !headwords.isEmpty else { return nil }
        var translations: [String] = []
        for (number, line) in lines.dropFirst().enumerated() {
            if let body = numberedSense(line) {
                translations += phrases(in: body)
            } else if number == 0 && line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                translations += phrases(in: line)  // a single, unnumbered sense
            }
        }
        guard !translations.isEmpty else { return nil }
        return DictdEntry(headwords: headwords, translations: translations)
    }

    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// Where the headword line's pronunciation or grammar begins (" /", " <", " (").
    private static func pronunciationStart(_ header: Bytes) -> Int {
        var i = header.startIndex + 1
        while i < header.endIndex {
            let c = header[i]
            if header[i - 1] == 0x20 && (c == 0x2F || c == 0x3C || c == 0x28) { return i }
            i += 1
        }
        return header.endIndex
    }

    /// "2. marcher, aller 2." → "marcher, aller 2."; nil when the line is not a numbered sense.
    private static func numberedSense(_ line: Bytes) -> Bytes? {
        let digits = line.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line[digits.endIndex...]
        guard rest.starts(with: [0x2E, 0x20]) else { return nil }
        return rest.dropFirst(2)
    }

    /// The comma- or semicolon-separated phrases of a translation line, with
    /// bracketed notes, pronunciations and WikDict's dangling sense numbers removed.
    static func phrases(in line: Substring) -> [String] {
        var line = String(line)
        return line.withUTF8 { phrases(in: $0[...]) }
    }

    private static func phrases(in line: Bytes) -> [String] {
        var out: [String] = []
        var piece: [UInt8] = []
        piece.reserveCapacity(line.count)
        var depth = 0
        var inPronunciation = false
        var previous: UInt8 = 0x20
        func finish() {
            if let phrase = cleaned(piece) { out.append(phrase) }
            piece.removeAll(keepingCapacity: true)
        }
        for c in line {
            defer { previous = c }
            switch c {
            case 0x28, 0x5B, 0x7B, 0x3C: depth += 1  // ( [ { <
            case 0x29, 0x5D, 0x7D, 0x3E: depth = max(0, depth - 1)
            case _ where depth > 0: continue
            case 0x2F where inPronunciation: inPronunciation = false  // /
            case _ where inPronunciation: continue
            case 0x2F where previous == 0x20 || previous == 0x09: inPronunciation = true
            case 0x2C, 0x3B, 0x2F: finish()  // , ; and "crucial/critical": alternatives
            default: piece.append(c)
            }
        }
        finish()
        return out
    }

    /// A phrase without explanation, dangling sense numbers or surrounding spaces; nil when nothing is left.
    private static func cleaned(_ bytes: [UInt8]) -> String? {
        var end = bytes.count
        // "أكاد - منطقة بلاد الرّافدين القديمة": the part after " - " explains.
        if bytes.count >= 3 {
            for i in 0..<(bytes.count - 2) where bytes[i] == 0x20 && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x20 {
                end = i
                break
            }
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        while true {
            while end > 0 && isSpace(bytes[end - 1]) { end -= 1 }
            // WikDict leaves the numbers of sub-senses at the end of a line: "marcher 2."
            guard end >= 2, bytes[end - 1] == 0x2E else { break }
            var start = end - 1
            while start > 0 && bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39 { start -= 1 }
            guard start < end - 1, start == 0 || isSpace(bytes[start - 1]) else { break }
            end = start
        }
        var start = 0
        while start < end && isSpace(bytes[start]) { start += 1 }
        guard start < end else { return nil }
        let phrase = bytes[start..<end]
        // "zig#zig" is WikDict markup; "im Abwind → im Abstieg" an explanation.
        if phrase.contains(0x23) || phrase.indices.contains(where: { phrase[$0...].starts(with: [0xE2, 0x86, 0x92]) }) { return nil }
        return String(decoding: phrase, as: UTF8.self)
    }
}
