import Foundation

/// Compiled dictionaries on disk, so only the first run for a language pair
/// pays for inflating and stemming FreeDict. One binary file per pair in the
/// lexicon cache directory (`$XDG_CACHE_HOME/transcheck`, else
/// `~/.cache/transcheck`; none when `TRANSCHECK_NO_CACHE` is set), named by a
/// hash of the format and tool versions, the pair, the stemmer algorithms, the
/// function-word lists and every dictionary file's path, size and
/// modification time. Written to a temporary file and renamed; a missing,
/// stale or damaged file only means compiling again.
///
/// Layout (native byte order, checked by a marker): magic, byte-order marker,
/// key text, then the source and target stem tables (bytes, starts, slots),
/// row starts and target ids, each array as a count followed by its elements,
/// padded to four bytes.
enum DictionaryCache {
    /// Bump when parsing or compiling changes what a dictionary holds.
    static let format = "transcheck-dictionary 3"
    private static let magic = Array("TCDICT01".utf8)
    private static let byteOrderMark: UInt32 = 0x0102_0304

    /// Everything a compiled dictionary depends on, as text.
    static func key(source: String, target: String, files: [DictionaryFile]) -> String? {
        var key = "\(format)\n\(Tool.version)\n\(source) \(target)\n"
        for language in [source, target] {
            let stemmer = Stemmer(language: language)
            var words = FNV1a()
            for word in DictionaryBuilder.functionWords(language).sorted() { words.add(word + "\n") }
            key += "stemmer \(language) \(stemmer.algorithm ?? "none") words \(String(words.value, radix: 16))\n"
        }
        for file in files {
            for path in [file.index, file.dict] {
                var info = stat()
                guard stat(path, &info) == 0 else { return nil }
                key += "\(file.reversed ? "reversed" : "forward") \(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\n"
            }
        }
        return key
    }

    /// Where the compiled dictionary for a key lives, or nil when caching is off.
    static func file(source: String, target: String, key: String, in directory: URL? = LexiconCache.directory) -> URL? {
        guard let directory else { return nil }
        var hash = FNV1a()
        hash.add(key)
        let hex = String(hash.value, radix: 16)
        let name = "dictionary-\(source)-\(target)-\(String(repeating: "0", count: 16 - hex.count))\(hex).bin"
        return directory.appendingPathComponent(name)
    }

    static func read(_ url: URL, key: String) -> CompiledDictionary? {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        return decode(data, key: key)
    }

    static func write(_ dictionary: CompiledDictionary, key: String, to url: URL) {
        let fm = FileManager.default
        let directory = url.deletingLastPathComponent()
        try? fm.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try encode(dictionary, key: key).write(to: temporary)
            if rename(temporary.path, url.path) != 0 { try? fm.removeItem(at: temporary) }
        } catch {
            try? fm.removeItem(at: temporary)
        }
        // Keep the newest two per pair of languages.
        CacheFiles.prune(directory, prefix: String(url.lastPathComponent.dropLast("0123456789abcdef.bin".count)), suffix: ".bin", keeping: 2)
    }

    // MARK: - Binary format

    static func encode(_ dictionary: CompiledDictionary, key: String) -> Data {
        var out = Data()
        out.append(contentsOf: magic)
        append([byteOrderMark], to: &out)
        append(Array(key.utf8), to: &out)
        for table in [dictionary.sourceStems, dictionary.targetStems] {
            append(table.bytes, to: &out)
            append(table.starts, to: &out)
            append(table.slots, to: &out)
        }
        append(dictionary.rowStarts, to: &out)
        append(dictionary.targets, to: &out)
        append(dictionary.wordForWord, to: &out)
        return out
    }

    static func decode(_ data: Data, key: String) -> CompiledDictionary? {
        data.withUnsafeBytes { raw -> CompiledDictionary? in
            var reader = Reader(raw: raw, offset: magic.count)
            guard raw.count >= magic.count, raw.prefix(magic.count).elementsEqual(magic),
                  let mark: [UInt32] = reader.array(), mark == [byteOrderMark],
                  let storedKey: [UInt8] = reader.array(), storedKey.elementsEqual(key.utf8)
            else { return nil }
            var tables: [StemTable] = []
            for _ in 0..<2 {
                guard let bytes: [UInt8] = reader.array(), let starts: [UInt32] = reader.array(),
                      let slots: [Int32] = reader.array(), let table = StemTable(bytes: bytes, starts: starts, slots: slots)
                else { return nil }
                tables.append(table)
            }
            guard let rowStarts: [UInt32] = reader.array(), let targets: [Int32] = reader.array(),
                  let wordForWord: [UInt8] = reader.array(), reader.offset == raw.count
            else { return nil }
            let dictionary = CompiledDictionary(sourceStems: tables[0], targetStems: tables[1], rowStarts: rowStarts, targets: targets, wordForWord: wordForWord)
            return dictionary.isConsistent ? dictionary : nil
        }
    }

    private static func append<T: FixedWidthInteger>(_ values: [T], to out: inout Data) {
        var count = UInt32(values.count)
        withUnsafeBytes(of: &count) { out.append(contentsOf: $0) }
        values.withUnsafeBytes { out.append(contentsOf: $0) }
        let padding = (4 - out.count % 4) % 4
        out.append(contentsOf: repeatElement(0, count: padding))
    }

    private struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset: Int

        mutating func array<T: FixedWidthInteger>() -> [T]? {
            guard offset + 4 <= raw.count else { return nil }
            let count = Int(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let size = count * MemoryLayout<T>.stride
            guard size <= raw.count - offset - 4 else { return nil }
            let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                if count > 0 {
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[(offset + 4)..<(offset + 4 + size)]))
                }
                initialized = count
            }
            offset += 4 + size
            offset += (4 - offset % 4) % 4
            return values
        }
    }
}
