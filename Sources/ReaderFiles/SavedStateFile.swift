#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleKit
import ReaderCore
import SystemEnvironment
import SystemPackage

/// The reader's state file: under `$XDG_STATE_HOME/crossread/` (else `~/.local/state/crossread/`),
/// written to a temporary file and renamed into place, so a crash mid-save never leaves half a file.
/// A file that does not parse is ignored with a warning and replaced on the next save.
public enum SavedStateFile {
    public static var defaultPath: String? {
        if let state = ProcessEnvironment.value("XDG_STATE_HOME") { return state + "/crossread/state" }
        if let home = ProcessEnvironment.value("HOME") { return home + "/.local/state/crossread/state" }
        return nil
    }

    /// The saved state, or an empty one with the reason when the file exists but cannot be used.
    public static func load(from path: String) -> (state: SavedState, warning: String?) {
        guard let text = readFile(path) else { return (SavedState(), nil) }
        guard let state = SavedState(parsing: text) else {
            return (SavedState(), "ignoring unreadable state file \(path); it will be rewritten")
        }
        return (state, nil)
    }

    /// Writes atomically; returns a warning when the state cannot be written.
    public static func save(_ state: SavedState, to path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return "cannot save reading positions to \(path)" }
        let folder = String(path[..<slash])
        guard makeFolders(folder) else { return "cannot create \(folder); reading positions will not be saved" }
        let temporary = path + ".tmp.\(getpid())"
        guard let file = try? FileDescriptor.open(FilePath(temporary), .writeOnly, options: [.create, .truncate, .closeOnExec],
                                                  permissions: .ownerReadWrite) else {
            return "cannot write \(folder); reading positions will not be saved"
        }
        // Every write and the sync retry when a signal interrupts them (swift-system's writeAll does).
        let written = (try? file.writeAll(state.serialized.utf8)) != nil
        var synced = fsync(file.rawValue) == 0
        while !synced && errno == EINTR { synced = fsync(file.rawValue) == 0 }
        try? file.close()
        guard written, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return "cannot write \(path); reading positions will not be saved"
        }
        return nil
    }

    /// The file's text, up to 16 MB; nil when it cannot be opened.
    private static func readFile(_ path: String) -> String? {
        guard let file = try? FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec) else { return nil }
        defer { try? file.close() }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bytes.count < 16 << 20 {
            guard let count = try? buffer.withUnsafeMutableBytes({ try file.read(into: $0) }), count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func makeFolders(_ folder: String) -> Bool {
        var current = ""
        for part in folder.split(separator: "/", omittingEmptySubsequences: false) {
            current += (current.isEmpty && folder.hasPrefix("/") ? "/" : (current.isEmpty ? "" : "/")) + part
            if part.isEmpty { continue }
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(folder, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
