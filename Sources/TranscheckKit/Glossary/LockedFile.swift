import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file changed under an exclusive lock and replaced atomically: the new
/// text goes to a temporary file beside it, is flushed to disk, and is
/// renamed over the old one. A process killed at any moment leaves either
/// the old file or the new one, never a mix; concurrent writers queue on the
/// lock, and each one sees the file its predecessor wrote.
public enum LockedFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `change` on the file's current text (empty when the file does not
    /// exist) while holding its lock, and writes what it returns (nil: no write).
    public static func update(_ url: URL, _ change: (String) throws -> String?) throws -> Bool {
        let path = url.path
        let existed = FileManager.default.fileExists(atPath: path)
        let fd = try lock(path)
        var wrote = false
        defer {
            // A file the lock created for a change that did not happen is removed again.
            if !existed && !wrote, (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0 { unlink(path) }
            close(fd)
        }
        removeStaleTemporaries(of: url)
        let current: String
        if let data = FileManager.default.contents(atPath: path) {
            guard let text = String(data: data, encoding: .utf8) else { throw Failure(description: "\(path): not valid UTF-8") }
            current = text
        } else {
            current = ""
        }
        guard let new = try change(current) else { return false }
        try replace(url, with: Data(new.utf8))
        wrote = true
        return true
    }

    /// Writes the whole file atomically (no lock: for new files and outputs).
    public static func replace(_ url: URL, with data: Data) throws {
        let directory = url.deletingLastPathComponent().path
        let temporary = temporaryPath(for: url, pid: getpid())
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "\(temporary): cannot create (\(String(cString: strerror(errno))))") }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        // Keep the permissions of the file being replaced.
        var info = stat()
        if stat(url.path, &info) == 0 { fchmod(fd, info.st_mode & 0o7777) }
        pauseForTests()
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "\(url.path): cannot write (\(reason))")
        }
        // The rename itself must reach the disk.
        let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 { fsync(dirfd); close(dirfd) }
    }

    /// An exclusive lock on the file that is at the path now: a writer that
    /// waited on a file since renamed away tries again on the new one.
    private static func lock(_ path: String) throws -> Int32 {
        while true {
            let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Failure(description: "\(path): cannot open (\(String(cString: strerror(errno))))") }
            guard flock(fd, LOCK_EX) == 0 else {
                close(fd)
                throw Failure(description: "\(path): cannot lock (\(String(cString: strerror(errno))))")
            }
            var held = stat(), now = stat()
            if fstat(fd, &held) == 0, stat(path, &now) == 0, held.st_ino == now.st_ino, held.st_dev == now.st_dev { return fd }
            close(fd)
        }
    }

    private static func temporaryPath(for url: URL, pid: Int32) -> String {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).transcheck-\(pid).tmp").path
    }

    /// Temporary files left by writers that were killed (their process is gone).
    private static func removeStaleTemporaries(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).transcheck-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let pidText = name.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// `TRANSCHECK_TEST_WRITE_PAUSE` (seconds) holds a write between the
    /// temporary file and the rename, so tools/glossary-write-test.sh can kill
    /// a writer in the middle of a write.
    private static func pauseForTests() {
        if let text = ProcessInfo.processInfo.environment["TRANSCHECK_TEST_WRITE_PAUSE"], let seconds = Double(text), seconds > 0 {
            usleep(UInt32(min(seconds, 60) * 1_000_000))
        }
    }
}
