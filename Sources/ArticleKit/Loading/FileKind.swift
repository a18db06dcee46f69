#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is, asked of the file system without opening it.
enum FileKind: Equatable {
    case regular(FileStamp)
    case directory
    case special(String)
    case missing(String)

    static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT: return .missing("no such file or folder")
            case ELOOP: return .missing("too many levels of symbolic links")
            case EACCES: return .missing("permission denied")
            default: return .missing(lastErrorText())
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(FileStamp(info))
        case S_IFDIR: return .directory
        case S_IFIFO: return .special("a FIFO (named pipe)")
        case S_IFCHR, S_IFBLK: return .special("a device")
        case S_IFSOCK: return .special("a socket")
        default: return .special("not a regular file")
        }
    }
}

/// What tells a file's versions apart without reading it: size and modification time. The index
/// trusts a stored content hash only while the stamp is unchanged, as git's index does.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var modifiedNanoseconds: Int64

    public init(size: Int64, modifiedNanoseconds: Int64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}

/// Reads a whole regular file with plain POSIX calls (no Foundation start-up cost).
enum FileBytes {
    static func contents(of path: String) -> Result<[UInt8], LoadProblem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == EACCES ? "permission denied" : lastErrorText()
            return .failure(LoadProblem(path: path, reason: "cannot read: \(reason)"))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .failure(LoadProblem(path: path, reason: "not a regular file; refused"))
        }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(LoadProblem(path: path, reason: "cannot read: \(lastErrorText())"))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}
