import Foundation

/// Housekeeping of the cache directory: every edit of a lexicon or dictionary (and every
/// fresh checkout, which dates each file anew) keys a new cache file, so each family of
/// files keeps only its newest few.
enum CacheFiles {
    /// Removes all but the newest `count` files named `prefix…suffix` in `directory` (newest by
    /// modification time, ties by name so that two processes agree on what to keep).
    static func prune(_ directory: URL, prefix: String, suffix: String, keeping count: Int) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else { return }
        let family = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }.map { name -> (String, Int) in
            var info = stat()
            _ = stat(directory.appendingPathComponent(name).path, &info)
            return (name, info.st_mtim.tv_sec)
        }
        for (name, _) in family.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }).dropFirst(count) {
            try? fm.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
