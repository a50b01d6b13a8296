import CICU
import Foundation

/// Tables a process derives from ICU data and lexicon files (number words of a
/// language learned from ICU's spellout rules), kept in the lexicon cache
/// directory under a key made of everything they derive from: the tool
/// version, ICU's major version, and each file's path, size and date. Deriving
/// Russian number words asks ICU for some 4,000 spellings (~20 ms); reading
/// them back costs well under a millisecond. A missing or unreadable file just
/// means deriving the table again.
enum DerivedTableCache {
    static let format = "transcheck-derived 1"  // bump whenever WordKey or a table's deriving code changes

    /// The table's rows: read from the cache when its key matches, else made and stored.
    static func rows(_ name: String, files: [URL], make: () -> [[String]]) -> [[String]] {
        guard let directory = LexiconCache.directory else { return make() }
        var hasher = FNV1a()
        hasher.add("\(format)\n\(name)\n\(Tool.version)\nicu \(tc_icu_major_version())\n")
        for file in files {
            var info = stat()
            if stat(file.path, &info) == 0 {
                hasher.add("\(file.path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\n")
            } else {
                hasher.add("\(file.path) missing\n")
            }
        }
        let url = directory.appendingPathComponent(String(format: "\(name)-%016llx.tsv", hasher.value))
        // A final "." line marks a complete file: anything else is read as missing.
        if let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
           text == ".\n" || text.hasSuffix("\n.\n") {
            return text.dropLast(2).split(separator: "\n")
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        let rows = make()
        let text = rows.map { $0.joined(separator: "\t") + "\n" }.joined() + ".\n"
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url, options: .atomic)
        return rows
    }
}
