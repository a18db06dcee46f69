#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds and reads article files. Folders are walked recursively for `.txt`, `.md` and `.html` files, in name
/// order, following links at most once per real folder, and each file is read once however often it is
/// named; special files (FIFOs, devices, sockets) are refused without being opened, so nothing can
/// make a load hang.
public enum LibraryLoader {
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml"]

    public struct Report: Sendable {
        public var sources: [ArticleSource] = []
        public var problems: [LoadProblem] = []

        public init(sources: [ArticleSource] = [], problems: [LoadProblem] = []) {
            self.sources = sources
            self.problems = problems
        }
    }

    /// An article file found by `files(paths:)`, not yet read.
    public struct File: Sendable, Hashable {
        public var path: String
        public var stamp: FileStamp
    }

    public struct Listing: Sendable {
        public var files: [File] = []
        public var problems: [LoadProblem] = []
        /// Canonical paths already listed: a file named twice (or reached twice) is listed once.
        fileprivate var listed = Set<String>()
        /// Article files met while walking folders, listed now or before.
        fileprivate var articleFilesSeen = 0
    }

    public static func load(paths: [String]) -> Report {
        let listing = files(paths: paths)
        var report = Report(problems: listing.problems)
        for file in listing.files {
            switch read(file: file.path) {
            case .success(let source): report.sources.append(source)
            case .failure(let problem): report.problems.append(problem)
            }
        }
        return report
    }

    /// Every article file the paths name or hold, with its size and time, without reading any.
    public static func files(paths: [String]) -> Listing {
        var listing = Listing()
        for path in paths {
            switch FileKind.of(path) {
            case .missing(let reason):
                listing.problems.append(LoadProblem(path: path, reason: reason))
            case .directory:
                var visited = Set<String>()
                let before = listing.articleFilesSeen
                walk(directory: path, visited: &visited, into: &listing)
                if listing.articleFilesSeen == before {
                    listing.problems.append(LoadProblem(path: path, reason: "no articles (.txt, .md or .html files) in this folder"))
                }
            case .regular(let stamp):
                add(path, stamp, to: &listing)
            case .special(let what):
                listing.problems.append(LoadProblem(path: path, reason: "\(what), not a regular file; refused"))
            }
        }
        return listing
    }

    /// A file's text as decoded text (plain text and Markdown; `ArticleFormats.ArticleFile` also
    /// reads web pages and front matter).
    public static func read(file path: String) -> Result<ArticleSource, LoadProblem> {
        readBytes(file: path).flatMap { decode($0, path: path) }
    }

    /// A regular file's bytes; anything else (missing, a folder, a FIFO or device) is refused unopened.
    public static func readBytes(file path: String) -> Result<[UInt8], LoadProblem> {
        switch FileKind.of(path) {
        case .missing(let reason): return .failure(LoadProblem(path: path, reason: reason))
        case .directory: return .failure(LoadProblem(path: path, reason: "is a folder, not an article file"))
        case .special(let what): return .failure(LoadProblem(path: path, reason: "\(what), not a regular file; refused"))
        case .regular: return FileBytes.contents(of: path)
        }
    }

    /// Bytes as article text: UTF-8 or UTF-16 by their BOM, invalid sequences shown as U+FFFD.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<ArticleSource, LoadProblem> {
        switch TextDecoding.decode(bytes) {
        case .success(let decoded):
            guard decoded.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                return .failure(LoadProblem(path: path, reason: "empty file: no article text"))
            }
            return .success(ArticleSource(path: path, text: decoded.text, warnings: decoded.warnings))
        case .failure(let failure):
            return .failure(LoadProblem(path: path, reason: failure.reason))
        }
    }

    private static func add(_ path: String, _ stamp: FileStamp, to listing: inout Listing) {
        guard listing.listed.insert(canonicalPath(path)).inserted else { return }
        listing.files.append(File(path: path, stamp: stamp))
    }

    private static func walk(directory: String, visited: inout Set<String>, into listing: inout Listing) {
        guard let real = realPath(directory), visited.insert(real).inserted else { return }
        guard let names = directoryEntries(directory) else {
            listing.problems.append(LoadProblem(path: directory, reason: "cannot read folder: \(lastErrorText())"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch FileKind.of(child) {
            case .directory:
                walk(directory: child, visited: &visited, into: &listing)
            case .regular(let stamp):
                if isArticleName(name) {
                    listing.articleFilesSeen += 1
                    add(child, stamp, to: &listing)
                }
            case .missing(let reason):
                if isArticleName(name) { listing.problems.append(LoadProblem(path: child, reason: reason)) }
            case .special:
                continue
            }
        }
    }

    public static func isFolder(_ path: String) -> Bool { FileKind.of(path) == .directory }

    static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func directoryEntries(_ path: String) -> [String]? {
        guard let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The path with links and `..` resolved, or the path itself when it cannot be resolved.
    public static func canonicalPath(_ path: String) -> String { realPath(path) ?? path }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

func lastErrorText() -> String {
    String(cString: strerror(errno))
}
