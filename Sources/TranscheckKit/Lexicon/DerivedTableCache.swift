import CICU
import Foundation

/// Tables a process derives from ICU data and lexicon files (number words of a
/// language learned from ICU's spellout rules, the word keys and stems of the
/// term renderings), kept in the lexicon cache
/// directory under a key made of everything they derive from: the tool
/// version, ICU's major version, and each file's path, size and date. Deriving
/// Russian number words asks ICU for some 4,000 spellings (~20 ms); reading
/// them back costs well under a millisecond. A missing or unreadable file just
/// means deriving the table again.
enum DerivedTableCache {
    static let format = "transcheck-derived 1"  // bump whenever WordKey or a table's deriving code changes

    /// The table's rows: read from the cache when its key matches, else made and stored.
    static func rows(_ name: String, files: [URL], make: () -> [[String]]) -> [[String]] {
        rows(name, stamp: { hasher in
            for file in files {
                var info = stat()
                if stat(file.path, &info) == 0 {
                    hasher.add("\(file.path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\n")
                } else {
                    hasher.add("\(file.path) missing\n")
                }
            }
        }, make: make)
    }

    /// The same, keyed on whatever `stamp` feeds the hasher (the content a table derives from,
    /// when that is cheaper to read than to derive from).
    static func rows(_ name: String, stamp: (inout FNV1a) -> Void, make: () -> [[String]]) -> [[String]] {
        guard let directory = LexiconCache.directory else { return make() }
        var hasher = FNV1a()
        hasher.add("\(format)\n\(name)\n\(Tool.version)\nicu \(tc_icu_major_version())\n")
        stamp(&hasher)
        let url = directory.appendingPathComponent(String(format: "\(name)-%016llx.tsv", hasher.value))
        // A final "." line marks a complete file: anything else is read as missing.
        if let data = FileManager.default.contents(atPath: url.path), let rows = parse(Array(data)) { return rows }
        let rows = make()
        let text = rows.map { $0.joined(separator: "\t") + "\n" }.joined() + ".\n"
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url, options: .atomic)
        CacheFiles.prune(directory, prefix: name + "-", suffix: ".tsv", keeping: 4)
        return rows
    }

    /// Rows split on the bytes (tab and newline are single bytes in UTF-8), which is many
    /// times faster than splitting the text into characters; nil unless the file is complete.
    private static func parse(_ bytes: [UInt8]) -> [[String]]? {
        let end: Int
        if bytes == [0x2E, 0x0A] { end = 0 }
        else if bytes.count >= 3, bytes.suffix(3).elementsEqual([0x0A, 0x2E, 0x0A]) { end = bytes.count - 2 }
        else { return nil }
        var rows: [[String]] = [], row: [String] = [], start = 0
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<end where b[i] == 0x09 || b[i] == 0x0A {
                row.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                start = i + 1
                if b[i] == 0x0A {
                    rows.append(row)
                    row = []
                }
            }
        }
        return rows
    }
}
