import Foundation

/// One installed FreeDict dictionary used for a language pair.
struct DictionaryFile: Equatable, Sendable {
    /// The `.index` file.
    let index: String
    /// The `.dict.dz` (or `.dict`) file.
    let dict: String
    /// True when the dictionary runs target → source and its entries are read backwards.
    let reversed: Bool
}

/// Finding FreeDict dictionaries: `freedict-SRC-TGT.index` with its
/// `.dict.dz`, named by ISO 639-3 codes, in `TRANSCHECK_DICT_PATH`
/// (colon-separated) and then `/usr/share/dictd`.
enum DictionaryFiles {
    /// Directories searched, first match wins.
    static var searchDirectories: [String] {
        var directories: [String] = []
        if let path = ProcessInfo.processInfo.environment["TRANSCHECK_DICT_PATH"] {
            directories += path.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        directories.append("/usr/share/dictd")
        return directories
    }

    /// The dictionaries for a pair, in both directions: source → target first.
    static func locate(source: String, target: String, in directories: [String] = searchDirectories) -> [DictionaryFile] {
        guard let from = iso639_3(source), let to = iso639_3(target), from != to else { return [] }
        var found: [DictionaryFile] = []
        for (name, reversed) in [("freedict-\(from)-\(to)", false), ("freedict-\(to)-\(from)", true)] {
            for directory in directories {
                let base = URL(fileURLWithPath: directory).appendingPathComponent(name).path
                let index = base + ".index"
                guard let dict = [base + ".dict.dz", base + ".dict"].first(where: FileManager.default.isReadableFile(atPath:)),
                      FileManager.default.isReadableFile(atPath: index)
                else { continue }
                found.append(DictionaryFile(index: index, dict: dict, reversed: reversed))
                break
            }
        }
        return found
    }

    /// FreeDict's ISO 639-3 code for a tag or primary subtag ("en-GB" → "eng").
    static func iso639_3(_ tag: String) -> String? {
        let language = Stemmer.primarySubtag(tag)
        if language.count == 3, language.allSatisfy({ $0.isASCII && $0.isLetter }) { return language }
        return iso639_3Codes[language]
    }

    private static let iso639_3Codes: [String: String] = [
        "af": "afr", "ar": "ara", "bg": "bul", "br": "bre", "ca": "cat", "cs": "ces", "cy": "cym", "da": "dan",
        "de": "deu", "el": "ell", "en": "eng", "eo": "epo", "es": "spa", "et": "est", "eu": "eus", "fa": "fas",
        "fi": "fin", "fr": "fra", "ga": "gle", "gd": "gla", "he": "heb", "hi": "hin", "hr": "hrv", "hu": "hun",
        "hy": "hye", "id": "ind", "is": "isl", "it": "ita", "ja": "jpn", "ko": "kor", "la": "lat", "lt": "lit",
        "lv": "lav", "mk": "mkd", "nb": "nob", "nl": "nld", "nn": "nno", "no": "nor", "pl": "pol", "pt": "por",
        "ro": "ron", "ru": "rus", "sk": "slk", "sl": "slv", "sq": "sqi", "sr": "srp", "sv": "swe", "sw": "swa",
        "th": "tha", "tr": "tur", "uk": "ukr", "ur": "urd", "vi": "vie", "zh": "zho",
    ]
}
