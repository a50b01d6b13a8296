import Foundation

/// Word translations between two languages as stem pairs, from the FreeDict
/// dictionaries installed for the pair in either direction (en→fr reads
/// `eng-fra` and `fra-eng` backwards). Both sides are Snowball stems
/// (`Stemmer`), so "wars" and "guerres" meet through "war" → "guerr".
///
/// For the aligner, stems also have dense `Int32` ids: look up a source
/// stem's target ids once per sentence and compare them with the target
/// sentence's stem ids. How phrases become stem pairs and the fan-out cap
/// are described on `DictionaryBuilder`.
public final class BilingualDictionary: Sendable {
    /// The source language's primary subtag ("en").
    public let source: String
    /// The target language's primary subtag ("fr").
    public let target: String
    /// Stems source-language words as the dictionary's keys were stemmed.
    public let sourceStemmer: Stemmer
    /// Stems target-language words as the dictionary's values were stemmed.
    public let targetStemmer: Stemmer
    /// The `.index` files the dictionary was compiled from.
    public let files: [String]

    let compiled: CompiledDictionary

    init(source: String, target: String, files: [String], compiled: CompiledDictionary) {
        self.source = source
        self.target = target
        self.sourceStemmer = Stemmer(language: source)
        self.targetStemmer = Stemmer(language: target)
        self.files = files
        self.compiled = compiled
    }

    // MARK: - Loading

    /// The dictionary for a pair, or nil when no FreeDict dictionary for it is
    /// installed. Compiled on first use and cached on disk; loaded once per process.
    public static func load(source: String, target: String) -> BilingualDictionary? {
        let from = Stemmer.primarySubtag(source), to = Stemmer.primarySubtag(target)
        return loaded.value(for: "\(from)>\(to)") { load(source: from, target: to).dictionary }
    }

    /// The dictionary for a pair of language tags, or nil when none is installed.
    public static func load(source: LanguageTag, target: LanguageTag) -> BilingualDictionary? {
        load(source: source.language, target: target.language)
    }

    /// True when a dictionary for the pair is installed (cheap: looks for files only).
    public static func isAvailable(source: String, target: String) -> Bool {
        !DictionaryFiles.locate(source: Stemmer.primarySubtag(source), target: Stemmer.primarySubtag(target)).isEmpty
    }

    /// Loads through the cache in `cacheDirectory` (none: always compile); says whether the cache answered.
    static func load(source: String, target: String, directories: [String] = DictionaryFiles.searchDirectories,
                     cacheDirectory: URL? = LexiconCache.directory) -> (dictionary: BilingualDictionary?, fromCache: Bool) {
        let files = DictionaryFiles.locate(source: source, target: target, in: directories)
        guard !files.isEmpty else { return (nil, false) }
        let key = DictionaryCache.key(source: source, target: target, files: files)
        let cacheFile = key.flatMap { DictionaryCache.file(source: source, target: target, key: $0, in: cacheDirectory) }
        if let key, let cacheFile, let compiled = DictionaryCache.read(cacheFile, key: key) {
            return (BilingualDictionary(source: source, target: target, files: files.map(\.index), compiled: compiled), true)
        }
        guard let dictionary = build(source: source, target: target, files: files) else { return (nil, false) }
        if let key, let cacheFile { DictionaryCache.write(dictionary.compiled, key: key, to: cacheFile) }
        return (dictionary, false)
    }

    /// Compiles the dictionary from FreeDict files, without the cache; nil when none could be read.
    static func build(source: String, target: String, files: [DictionaryFile]) -> BilingualDictionary? {
        // Inflating and parsing the two directions are independent: do them side by side.
        let parsed = ParsedFiles(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            parsed[i] = try? DictdReader.entries(index: files[i].index, dict: files[i].dict)
        }
        var builder = DictionaryBuilder(source: source, target: target)
        var read: [String] = []
        for (file, entries) in zip(files, parsed.values) {
            guard let entries else { continue }
            builder.add(entries, reversed: file.reversed)
            read.append(file.index)
        }
        guard !read.isEmpty else { return nil }
        return BilingualDictionary(source: source, target: target, files: read, compiled: builder.compile())
    }

    private static let loaded = PairMemo()

    // MARK: - Lookups

    /// Distinct source stems (ids run from 0 below this; some have no translation left).
    public var sourceStemCount: Int { compiled.sourceStems.count }
    /// Distinct target stems.
    public var targetStemCount: Int { compiled.targetStems.count }
    /// Stem pairs kept after the fan-out cap.
    public var pairCount: Int { compiled.targets.count }

    /// Target stems a source stem translates to, best first.
    public func translations(ofStem stem: String) -> Set<String> {
        Set(targetIDs(ofSourceStem: stem).map(compiled.targetStems.stem))
    }

    /// Target stems a source-language word translates to (the word is stemmed first).
    public func translations(ofWord word: String) -> Set<String> {
        translations(ofStem: sourceStemmer.stem(word))
    }

    /// The id of a source stem, or nil when the dictionary does not know it.
    public func sourceID(ofStem stem: String) -> Int32? { compiled.sourceStems.id(of: stem) }

    /// The id of a target stem, or nil when no source stem translates to it.
    public func targetID(ofStem stem: String) -> Int32? { compiled.targetStems.id(of: stem) }

    /// Target stem ids of a source stem id, heaviest evidence first.
    public func targetIDs(ofSourceID id: Int32) -> ArraySlice<Int32> {
        compiled.targets[Int(compiled.rowStarts[Int(id)])..<Int(compiled.rowStarts[Int(id) + 1])]
    }

    /// Target stem ids of a source stem (empty when unknown), heaviest evidence first.
    public func targetIDs(ofSourceStem stem: String) -> ArraySlice<Int32> {
        sourceID(ofStem: stem).map(targetIDs(ofSourceID:)) ?? []
    }

    /// Target stem ids a source stem translates to word for word in some entry
    /// ("early" → "tôt", not "bonn" from "de bonne heure"), heaviest first.
    public func wordForWordTargetIDs(ofSourceStem stem: String) -> [Int32] {
        guard let id = sourceID(ofStem: stem) else { return [] }
        let row = Int(compiled.rowStarts[Int(id)])..<Int(compiled.rowStarts[Int(id) + 1])
        return row.filter { compiled.wordForWord[$0] != 0 }.map { compiled.targets[$0] }
    }

    /// The source stem with an id.
    public func sourceStem(_ id: Int32) -> String { compiled.sourceStems.stem(id) }

    /// The target stem with an id.
    public func targetStem(_ id: Int32) -> String { compiled.targetStems.stem(id) }

    /// Every stem pair, source stems in id order.
    public var stemPairs: [(source: String, target: String)] {
        (0..<Int32(sourceStemCount)).flatMap { s in targetIDs(ofSourceID: s).map { (sourceStem(s), targetStem($0)) } }
    }
}

/// Entries of each dictionary file, filled in by parallel readers.
private final class ParsedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [[DictdEntry]?]  // guarded by lock

    init(count: Int) { entries = Array(repeating: nil, count: count) }

    subscript(index: Int) -> [DictdEntry]? {
        get { lock.lock(); defer { lock.unlock() }; return entries[index] }
        set { lock.lock(); defer { lock.unlock() }; entries[index] = newValue }
    }

    var values: [[DictdEntry]?] { lock.lock(); defer { lock.unlock() }; return entries }
}

/// Dictionaries loaded in this process, one slot per pair so that loading
/// one pair does not wait for another.
private final class PairMemo: @unchecked Sendable {
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var value: BilingualDictionary??  // guarded by lock; .some(nil) = known to be missing
    }
    private let lock = NSLock()
    private var slots: [String: Slot] = [:]  // guarded by lock

    func value(for pair: String, make: () -> BilingualDictionary?) -> BilingualDictionary? {
        lock.lock()
        let slot = slots[pair] ?? Slot()
        slots[pair] = slot
        lock.unlock()
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let value = slot.value { return value }
        let made = make()
        slot.value = .some(made)
        return made
    }
}
