#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the reader remembers between runs: the reading position of every article and the last view.
/// Kept in a small text file under `$XDG_STATE_HOME/crossread/` (else `~/.local/state/crossread/`),
/// written to a temporary file and renamed into place, so a crash mid-save never leaves half a file.
/// A file that does not parse is ignored with a warning and replaced on the next save.
public struct SavedState: Equatable, Sendable {
    public enum View: Equatable, Sendable {
        case reading(String)
        case compare(String, String)
    }

    public var positions: [String: Int] = [:]
    public var view: View?
    /// The library's sort and the article its selection was on (by path).
    public var sort: LibraryState.Sort?
    public var selected: String?

    public init(positions: [String: Int] = [:], view: View? = nil, sort: LibraryState.Sort? = nil, selected: String? = nil) {
        self.positions = positions
        self.view = view
        self.sort = sort
        self.selected = selected
    }

    static let header = "crossread-state 1"

    public static var defaultPath: String? {
        if let state = environment("XDG_STATE_HOME") { return state + "/crossread/state" }
        if let home = environment("HOME") { return home + "/.local/state/crossread/state" }
        return nil
    }

    /// The saved state, or an empty one with the reason when the file exists but cannot be used.
    public static func load(from path: String) -> (state: SavedState, warning: String?) {
        guard let text = readFile(path) else { return (SavedState(), nil) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first.map(String.init) == header else {
            return (SavedState(), "ignoring unreadable state file \(path); it will be rewritten")
        }
        lines.removeFirst()
        var state = SavedState()
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("pos", 3):
                guard let offset = Int(fields[1]), offset >= 0 else { return (SavedState(), "ignoring unreadable state file \(path); it will be rewritten") }
                state.positions[fields[2]] = offset
            case ("read", 2): state.view = .reading(fields[1])
            case ("compare", 3): state.view = .compare(fields[1], fields[2])
            case ("sort", 2): state.sort = LibraryState.Sort(rawValue: fields[1])
            case ("selected", 2): state.selected = fields[1]
            default: return (SavedState(), "ignoring unreadable state file \(path); it will be rewritten")
            }
        }
        return (state, nil)
    }

    /// Writes atomically; returns a warning when the state cannot be written.
    public func save(to path: String) -> String? {
        var text = Self.header + "\n"
        switch view {
        case .reading(let file)?: text += "read\t\(file)\n"
        case .compare(let a, let b)?: text += "compare\t\(a)\t\(b)\n"
        case nil: break
        }
        if let sort { text += "sort\t\(sort.rawValue)\n" }
        if let selected, !selected.contains("\t"), !selected.contains("\n") { text += "selected\t\(selected)\n" }
        for (file, offset) in positions.sorted(by: { $0.key < $1.key }) where !file.contains("\t") && !file.contains("\n") {
            text += "pos\t\(offset)\t\(file)\n"
        }
        guard let slash = path.lastIndex(of: "/") else { return "cannot save reading positions to \(path)" }
        let folder = String(path[..<slash])
        guard makeFolders(folder) else { return "cannot create \(folder); reading positions will not be saved" }
        let temporary = path + ".tmp.\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return "cannot write \(folder); reading positions will not be saved" }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result <= 0 { break }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return "cannot write \(path); reading positions will not be saved"
        }
        return nil
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let string = String(cString: value)
        return string.isEmpty ? nil : string
    }

    private static func readFile(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bytes.count < 16 << 20 {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func makeFolders(_ folder: String) -> Bool {
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
