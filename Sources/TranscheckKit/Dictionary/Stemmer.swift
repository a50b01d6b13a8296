import Foundation
import SnowballSystem

/// A Snowball stemmer for one language: lower-cases a word (and, for Arabic,
/// drops harakat and tatweel) and reduces it to its stem, so "décisives" and
/// "décisif" meet at "décis". Languages Snowball does not cover (Hebrew,
/// Chinese, …) get the lower-cased word back unchanged.
///
/// Cheap to copy and safe to share: libstemmer's objects are not thread-safe,
/// so each call borrows one from a per-algorithm pool and returns it.
public struct Stemmer: Sendable {
    /// The primary language subtag ("fr").
    public let language: String
    /// The Snowball algorithm ("french"), or nil when the stemmer only lower-cases.
    public var algorithm: String? { pool?.algorithm }
    /// True when the language has no Snowball algorithm and stems are lower-cased words.
    public var isIdentity: Bool { pool == nil }

    private let pool: SnowballPool?
    private let isArabic: Bool

    /// The stemmer for a BCP 47 tag or primary subtag ("pt-BR", "pt", "por").
    public init(language tag: String) { self = Stemmer.made(tag) }

    /// Made once per tag: a stemmer is asked for per sentence, and finding its algorithm and pool
    /// costs more than a lookup here.
    private static let made = PerLanguageCache { Stemmer(building: $0) }

    private init(building tag: String) {
        let language = Stemmer.primarySubtag(tag)
        self.language = language
        self.isArabic = language == "ar"
        self.pool = Stemmer.algorithmNames[language].flatMap(SnowballPool.shared)
    }

    /// The stemmer for a language tag.
    public init(language tag: LanguageTag) { self.init(language: tag.language) }

    /// The stemmer for a language; identity (lower-casing) when Snowball has none.
    public static func forLanguage(_ tag: String) -> Stemmer { Stemmer(language: tag) }

    /// The stemmer for a language tag; identity (lower-casing) when Snowball has none.
    public static func forLanguage(_ tag: LanguageTag) -> Stemmer { Stemmer(language: tag) }

    /// True when Snowball has an algorithm for the language.
    public static func hasAlgorithm(for tag: String) -> Bool {
        algorithmNames[primarySubtag(tag)].map { available.contains($0) } ?? false
    }

    /// The stem of one word.
    public func stem(_ word: String) -> String {
        let folded = fold(word)
        guard let pool, !folded.isEmpty else { return folded }
        return pool.stem(folded)
    }

    /// The word as the stemmer sees it: lower case, NFC, typographic apostrophes
    /// made plain, and for Arabic without harakat or tatweel.
    public func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? word.lowercased() : word
        }
        let lower = Normalizer.normalize(word, .nfc).lowercased()
        var out = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640:  // harakat, superscript alef, tatweel
                if !isArabic { out.append(scalar) }
            case 0x00AD, 0x200B...0x200F: continue  // soft hyphen, zero-width characters
            case 0x2019, 0x2018, 0x02BC: out.append("'")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    // MARK: - Languages

    /// ISO 639-1 and 639-3 codes → Snowball algorithm names (those libstemmer may ship).
    static let algorithmNames: [String: String] = {
        let pairs: [(String, String, String)] = [
            ("ar", "ara", "arabic"), ("hy", "hye", "armenian"), ("eu", "eus", "basque"), ("ca", "cat", "catalan"),
            ("da", "dan", "danish"), ("nl", "nld", "dutch"), ("en", "eng", "english"), ("fi", "fin", "finnish"),
            ("fr", "fra", "french"), ("de", "deu", "german"), ("el", "ell", "greek"), ("hi", "hin", "hindi"),
            ("hu", "hun", "hungarian"), ("id", "ind", "indonesian"), ("ga", "gle", "irish"), ("it", "ita", "italian"),
            ("lt", "lit", "lithuanian"), ("ne", "nep", "nepali"), ("no", "nor", "norwegian"), ("nb", "nob", "norwegian"),
            ("nn", "nno", "norwegian"), ("pt", "por", "portuguese"), ("ro", "ron", "romanian"), ("ru", "rus", "russian"),
            ("sr", "srp", "serbian"), ("es", "spa", "spanish"), ("sv", "swe", "swedish"), ("ta", "tam", "tamil"),
            ("tr", "tur", "turkish"), ("yi", "yid", "yiddish"),
        ]
        var map: [String: String] = [:]
        for (two, three, name) in pairs where available.contains(name) {
            map[two] = name
            map[three] = name
        }
        return map
    }()

    /// The algorithms this libstemmer build provides.
    static let available: Set<String> = {
        var names: Set<String> = []
        guard var list = sb_stemmer_list() else { return names }
        while let name = list.pointee {
            names.insert(String(cString: name))
            list += 1
        }
        return names
    }()

    /// "pt-BR" → "pt", "ZH_hant" → "zh"; three-letter codes stay as they are.
    static func primarySubtag(_ tag: String) -> String {
        // Already a primary subtag ("fr"): asked per bead, so without building a new string.
        if tag.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return tag }
        return String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }
}

/// Snowball stemmers for one algorithm, lent out one per caller at a time.
final class SnowballPool: @unchecked Sendable {
    let algorithm: String
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []  // guarded by lock

    private init(algorithm: String) { self.algorithm = algorithm }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var pools: [String: SnowballPool] = [:]  // guarded by lock

    /// The process-wide pool for an algorithm, or nil when libstemmer cannot make one.
    static func shared(_ algorithm: String) -> SnowballPool? {
        lock.lock()
        defer { lock.unlock() }
        if let pool = pools[algorithm] { return pool }
        guard let probe = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        let pool = SnowballPool(algorithm: algorithm)
        pool.idle.append(probe)
        pools[algorithm] = pool
        return pool
    }

    /// Stems a folded, non-empty word.
    func stem(_ word: String) -> String {
        lock.lock()
        let borrowed = idle.popLast()
        lock.unlock()
        guard let stemmer = borrowed ?? sb_stemmer_new(algorithm, "UTF_8") else { return word }
        defer {
            lock.lock()
            idle.append(stemmer)
            lock.unlock()
        }
        var text = word
        return text.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                  let out = sb_stemmer_stem(stemmer, base, Int32(bytes.count))
            else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
    }
}
