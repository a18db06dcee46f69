import ArticleKit
import Foundation
import GRDB

/// The persistent analysis index: one SQLite file per library under `$XDG_CACHE_HOME/crossread/`.
/// Articles are stored by content hash, files by path with the stamp (size, time) at which their hash
/// was taken, so a second start reads no article text: an unchanged stamp means an unchanged file, a
/// changed stamp means the file is read and hashed again, and only new content is analysed. The file
/// is a cache: anything wrong with it (not SQLite, another program's, an older layout, damaged pages
/// or blobs) makes the caller discard it and rebuild, never trust it.
public final class LibraryIndex: Sendable {
    /// What a library row needs, straight from the index, without decoding the findings.
    public struct Entry: Sendable, Hashable {
        public var metadata: ArticleMetadata
        public var words: Int
        public var quotes: Int
        public var actors: Int
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// "CRsR": tells our files from any other SQLite database.
    static let applicationID: Int32 = 0x4352_7352
    /// The table layout, and the analysis whose findings the rows hold: an index made by another
    /// crossread (or another model) is discarded and rebuilt rather than served.
    static let schemaVersion = 1 << 20 | AnalysisVersion.fingerprint

    public let path: String
    private let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Where a library's index lives: `$XDG_CACHE_HOME/crossread/` (else `~/.cache/crossread/`), one
    /// file per set of library folders.
    public static func defaultPath(forLibrary roots: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.cache"
        } else {
            return nil
        }
        // A file named beside its own folder (`read FILE` loads FILE's folder too) adds nothing: the
        // library, and so the index, is the folder's.
        let canonical = Set(roots.map(LibraryLoader.canonicalPath))
        let kept = canonical.filter { path in
            guard let slash = path.lastIndex(of: "/"), !LibraryLoader.isFolder(path) else { return true }
            return !canonical.contains(String(path[..<slash]))
        }
        let key = kept.sorted().joined(separator: "\u{0}")
        let hex = String(ContentHash.of(key), radix: 16)
        return base + "/crossread/library-" + String(repeating: "0", count: 16 - hex.count) + hex + ".sqlite"
    }

    /// Opens the index at `path`, creating it (and its folder) when missing. A file that is not ours
    /// or not readable as our layout is deleted and created anew: the warning says so. Nil with a
    /// warning when the index cannot be used at all (an unwritable folder, say).
    public static func open(at path: String) -> (index: LibraryIndex?, warning: String?) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return (nil, "cannot create the index folder \(folder) (\(reason(error))); working without an index")
        }
        guard access(folder, W_OK) == 0 else {
            return (nil, "the index folder \(folder) is not writable; working without an index")
        }
        do {
            return (try openChecked(path), nil)
        } catch {
            let why = reason(error)
            discardFiles(at: path)
            do {
                return (try openChecked(path), "discarded the index \(path) (\(why)); rebuilding it")
            } catch {
                return (nil, "cannot use the index \(path) (\(reason(error))); working without an index")
            }
        }
    }

    private static func openChecked(_ path: String) throws -> LibraryIndex {
        var configuration = Configuration()
        configuration.label = "crossread-index"
        configuration.busyMode = .timeout(2)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if application == 0, version == 0, tables == 0 {
                try createSchema(db)
            } else if application != applicationID {
                throw Failure(description: "not a crossread index")
            } else if version != schemaVersion {
                throw Failure(description: "an index of another crossread version")
            }
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM file")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM article")
        }
        return LibraryIndex(path: path, queue: queue)
    }

    private static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA journal_mode = WAL;
            PRAGMA application_id = \(applicationID);
            PRAGMA user_version = \(schemaVersion);
            CREATE TABLE file (path TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT NULL,
                               hash INTEGER NOT NULL);
            CREATE TABLE article (hash INTEGER PRIMARY KEY NOT NULL, title TEXT NOT NULL, author TEXT, date TEXT,
                                  words INTEGER NOT NULL, quotes INTEGER NOT NULL, actors INTEGER NOT NULL,
                                  findings BLOB NOT NULL);
            """)
    }

    /// Deletes the index file and SQLite's companions (`-wal`, `-shm`, `-journal`).
    static func discardFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Deletes this index; the object must not be used afterwards.
    public func discard() {
        try? queue.close()
        Self.discardFiles(at: path)
    }

    private static func reason(_ error: Error) -> String {
        if let failure = error as? Failure { return failure.description }
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_NOTADB: return "not an SQLite file"
            case .SQLITE_CORRUPT: return "damaged"
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM: return "cannot be opened for writing"
            default: return database.message ?? "\(database.resultCode)"
            }
        }
        if let cocoa = error as? CocoaError, let underlying = cocoa.underlying as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        return "\(error)"
    }

    /// The stored hash of every file whose stamp is unchanged since it was hashed.
    public func hashes(of files: [LibraryLoader.File]) throws -> [String: UInt64] {
        let wanted = Dictionary(files.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
        return try wrap {
            try queue.read { db in
                var found: [String: UInt64] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, size, modified, hash FROM file")
                while let row = try rows.next() {
                    let path: String = row[0]
                    guard let stamp = wanted[path], stamp.size == row[1] as Int64, stamp.modifiedNanoseconds == row[2] as Int64 else { continue }
                    found[path] = UInt64(bitPattern: row[3])
                }
                return found
            }
        }
    }

    /// Library rows for every stored article, by content hash.
    public func entries() throws -> [UInt64: Entry] {
        try wrap {
            try queue.read { db in
                var found: [UInt64: Entry] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT hash, title, author, date, words, quotes, actors FROM article")
                while let row = try rows.next() {
                    let metadata = ArticleMetadata(title: row[1], author: row[2], date: row[3])
                    found[UInt64(bitPattern: row[0])] = Entry(metadata: metadata, words: max(0, row[4]), quotes: max(0, row[5]), actors: max(0, row[6]))
                }
                return found
            }
        }
    }

    /// The stored findings (quotations, actors, mentions, warnings) of `hash`, checked.
    public func summary(hash: UInt64, path: String, entry: Entry) throws -> Article {
        let blob: [UInt8] = try wrap {
            try queue.read { db in
                guard let data = try Data.fetchOne(db, sql: "SELECT findings FROM article WHERE hash = ?", arguments: [Int64(bitPattern: hash)]) else {
                    throw Failure(description: "an article row went missing")
                }
                return [UInt8](data)
            }
        }
        let findings: FindingsCoding.Findings
        do {
            findings = try FindingsCoding.decode(blob)
        } catch {
            throw Failure(description: "damaged findings for \(path)")
        }
        guard findings.quotes.count == entry.quotes, findings.actors.count == entry.actors else {
            throw Failure(description: "damaged findings for \(path)")
        }
        return .summary(path: path, metadata: entry.metadata, wordCount: entry.words, contentHash: hash,
                        quotes: findings.quotes, actors: findings.actors, mentions: findings.mentions,
                        warnings: findings.warnings, hasFindings: true)
    }

    /// Stores analysed articles (by content hash) and the files they came from.
    public func store(_ articles: [(file: LibraryLoader.File, article: Article)]) throws {
        try wrap {
            try queue.write { db in
                let article = try db.makeStatement(sql: """
                    INSERT OR REPLACE INTO article (hash, title, author, date, words, quotes, actors, findings)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let file = try db.makeStatement(sql: "INSERT OR REPLACE INTO file (path, size, modified, hash) VALUES (?, ?, ?, ?)")
                for (source, analysed) in articles where analysed.hasFindings {
                    let hash = Int64(bitPattern: analysed.contentHash)
                    try article.execute(arguments: [
                        hash, analysed.metadata.title, analysed.metadata.author, analysed.metadata.date, analysed.wordCount,
                        analysed.quotes.count, analysed.actors.count, Data(FindingsCoding.encode(analysed)),
                    ])
                    try file.execute(arguments: [source.path, source.stamp.size, source.stamp.modifiedNanoseconds, hash])
                }
            }
        }
    }

    /// Forgets files that are no longer in the library and articles no file has any more.
    public func keepOnly(paths: [String]) throws {
        try wrap {
            try queue.write { db in
                try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS present (path TEXT PRIMARY KEY)")
                try db.execute(sql: "DELETE FROM present")
                let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO present (path) VALUES (?)")
                for path in paths { try insert.execute(arguments: [path]) }
                try db.execute(sql: "DELETE FROM file WHERE path NOT IN (SELECT path FROM present)")
                try db.execute(sql: "DELETE FROM article WHERE hash NOT IN (SELECT hash FROM file)")
            }
        }
    }

    /// Counts for tests and the status line: (files, articles).
    public func counts() throws -> (files: Int, articles: Int) {
        try wrap {
            try queue.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            }
        }
    }

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: Self.reason(error))
        }
    }
}
