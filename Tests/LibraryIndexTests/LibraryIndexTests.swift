import ArticleKit
import CorpusGenerator
import Foundation
import GRDB
@testable import LibraryIndex
import Testing

/// The persistent index as the reader uses it: first start analyses and stores, a second start takes
/// every row from the index, a changed file is analysed again, a removed one is forgotten, and a
/// damaged, foreign or unwritable index never stops the library from opening.
@Suite struct LibraryIndexTests {
    /// Six generated articles, written as files.
    static func articles() -> [String: String] {
        var generator = CorpusGenerator(seed: 3)
        return Dictionary(uniqueKeysWithValues: (0..<6).map { ("article-\($0).txt", generator.nextArticle()) })
    }

    /// Opens the library as a large one (summaries, findings from the index) and completes it.
    static func openAndComplete(_ scratch: Scratch, indexPath: String? = nil) -> (opening: LibraryOpening, articles: [Article], warnings: [String]) {
        let opening = LibraryOpening.open(paths: [scratch.library], indexPath: indexPath ?? scratch.indexPath, keepTextLimit: 0)
        let completed = opening.complete(workers: 2)
        return (opening, completed.articles, opening.warnings + completed.warnings)
    }

    @Test func aSecondStartTakesEveryRowAndFindingFromTheIndex() throws {
        let scratch = try Scratch(articles: Self.articles())
        let first = Self.openAndComplete(scratch)
        #expect(first.warnings.isEmpty)
        #expect(first.opening.articles.allSatisfy { $0.pendingCounts == nil })
        let second = Self.openAndComplete(scratch)
        #expect(second.warnings.isEmpty)
        #expect(second.opening.articles.allSatisfy { $0.pendingCounts != nil && !$0.hasText })
        #expect(second.opening.articles.map(\.metadata) == first.articles.map(\.metadata))
        #expect(second.opening.articles.map(\.wordCount) == first.articles.map(\.wordCount))
        #expect(second.articles.map(\.quotes) == first.articles.map(\.quotes))
        #expect(second.articles.map(\.actors) == first.articles.map(\.actors))
        #expect(second.articles.map(\.mentions) == first.articles.map(\.mentions))
        #expect(second.articles.allSatisfy { $0.hasFindings && !$0.hasText })
    }

    @Test func theIndexHoldsWhatAFreshAnalysisFinds() throws {
        let scratch = try Scratch(articles: Self.articles())
        _ = Self.openAndComplete(scratch)
        let cached = Self.openAndComplete(scratch).articles
        let fresh = LibraryLoader.load(paths: [scratch.library]).sources.map { ArticleAnalyzer.analyze($0) }
        #expect(cached.map(\.quotes) == fresh.map(\.quotes))
        #expect(cached.map(\.actors) == fresh.map(\.actors))
        #expect(cached.map(\.contentHash) == fresh.map(\.contentHash))
    }

    @Test func aChangedFileIsAnalysedAgain() throws {
        let articles = Self.articles()
        let scratch = try Scratch(articles: articles)
        _ = Self.openAndComplete(scratch)
        let changed = articles["article-2.txt"]! + "\n\n“We will not leave,” said Maren Okafor, the mayor.\n"
        try scratch.write("article-2.txt", changed)
        let second = Self.openAndComplete(scratch)
        let position = second.opening.files.firstIndex { $0.path.hasSuffix("article-2.txt") }!
        #expect(second.opening.articles[position].pendingCounts == nil)
        #expect(second.opening.articles.enumerated().allSatisfy { $0.offset == position || $0.element.pendingCounts != nil })
        #expect(second.articles[position].quotes.contains { second.articles[position].speakerName(of: $0) == "Maren Okafor" })
        let third = Self.openAndComplete(scratch)
        #expect(third.opening.articles[position].pendingCounts?.quotes == second.articles[position].quotes.count)
        #expect(third.articles[position].quotes == second.articles[position].quotes)
    }

    @Test func aRemovedFileIsDroppedFromTheIndex() throws {
        let scratch = try Scratch(articles: Self.articles())
        _ = Self.openAndComplete(scratch)
        let before = try LibraryIndex.open(at: scratch.indexPath).index?.counts()
        #expect(before?.files == 6)
        try scratch.remove("article-4.txt")
        let second = Self.openAndComplete(scratch)
        #expect(second.articles.count == 5)
        let counts = try LibraryIndex.open(at: scratch.indexPath).index?.counts()
        #expect(counts?.files == 5)
        #expect(counts?.articles ?? 0 <= 5)
    }

    @Test func aDamagedIndexFileIsDiscardedWithOneWarningAndRebuilt() throws {
        let scratch = try Scratch(articles: Self.articles())
        _ = Self.openAndComplete(scratch)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.indexPath)))
        for offset in stride(from: 0, to: bytes.count, by: 7) { bytes[offset] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.indexPath))
        try? FileManager.default.removeItem(atPath: scratch.indexPath + "-wal")
        let second = Self.openAndComplete(scratch)
        #expect(second.warnings.count == 1)
        #expect(second.warnings.first?.contains("discarded the index") == true)
        #expect(second.articles.count == 6)
        #expect(second.articles.allSatisfy { $0.hasFindings })
        let third = Self.openAndComplete(scratch)
        #expect(third.warnings.isEmpty)
        #expect(third.opening.articles.allSatisfy { $0.pendingCounts != nil })
    }

    @Test func damagedFindingsAreNeverTrusted() throws {
        let scratch = try Scratch(articles: Self.articles())
        let first = Self.openAndComplete(scratch)
        let queue = try DatabaseQueue(path: scratch.indexPath)
        try queue.write { db in try db.execute(sql: "UPDATE article SET findings = x'01ffffffff0f'") }
        try queue.close()
        let second = Self.openAndComplete(scratch)
        #expect(second.warnings.count == 1)
        #expect(second.warnings.first?.contains("discarded the index") == true)
        #expect(second.articles.map(\.quotes) == first.articles.map(\.quotes))
    }

    @Test func anotherProgramsDatabaseIsNotTaken() throws {
        let scratch = try Scratch(articles: Self.articles())
        try FileManager.default.createDirectory(atPath: (scratch.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let foreign = try DatabaseQueue(path: scratch.indexPath)
        try foreign.write { db in try db.execute(sql: "CREATE TABLE file (path TEXT, size INT, modified INT, hash INT); CREATE TABLE article (x)") }
        try foreign.close()
        let opened = Self.openAndComplete(scratch)
        #expect(opened.warnings == ["discarded the index \(scratch.indexPath) (not a crossread index); rebuilding it"])
        #expect(opened.articles.count == 6)
        #expect(Self.openAndComplete(scratch).warnings.isEmpty)
    }

    @Test func anIndexWrittenByAnotherAnalysisIsRebuiltNotServed() throws {
        let scratch = try Scratch(articles: Self.articles())
        _ = Self.openAndComplete(scratch)
        let stale = try DatabaseQueue(path: scratch.indexPath)
        try stale.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = \(1 << 20 | (AnalysisVersion.fingerprint ^ 1))") }
        try stale.close()
        let opened = Self.openAndComplete(scratch)
        #expect(opened.warnings == ["discarded the index \(scratch.indexPath) (an index of another crossread version); rebuilding it"])
        #expect(opened.articles.count == 6)
        #expect(Self.openAndComplete(scratch).warnings.isEmpty)
    }

    @Test func anUnwritableIndexFolderWarnsOnceAndTheLibraryStillOpens() throws {
        let scratch = try Scratch(articles: Self.articles())
        let blocker = scratch.root + "/not-a-folder"
        try "plain file".write(toFile: blocker, atomically: false, encoding: .utf8)
        let opened = Self.openAndComplete(scratch, indexPath: blocker + "/crossread/library.sqlite")
        #expect(opened.warnings.count == 1)
        #expect(opened.warnings.first?.contains("working without an index") == true)
        #expect(opened.articles.count == 6)
        #expect(opened.articles.allSatisfy { $0.hasFindings })
    }

    @Test func aSmallLibraryKeepsEveryTextAndStillUsesTheIndexForItsRows() throws {
        let scratch = try Scratch(articles: Self.articles())
        _ = LibraryOpening.open(paths: [scratch.library], indexPath: scratch.indexPath).complete()
        let second = LibraryOpening.open(paths: [scratch.library], indexPath: scratch.indexPath)
        #expect(second.keepsText)
        #expect(second.articles.allSatisfy { $0.pendingCounts != nil })
        let completed = second.complete()
        #expect(completed.articles.allSatisfy { $0.hasText && $0.hasFindings })
    }

    @Test func theIndexLivesUnderTheCacheHomeOnePerLibrary() {
        let environment = ["XDG_CACHE_HOME": "/var/cache/me", "HOME": "/home/me"]
        let a = LibraryIndex.defaultPath(forLibrary: ["/library/a"], environment: environment)
        #expect(a?.hasPrefix("/var/cache/me/crossread/library-") == true)
        #expect(a != LibraryIndex.defaultPath(forLibrary: ["/library/b"], environment: environment))
        #expect(LibraryIndex.defaultPath(forLibrary: ["/library/a"], environment: ["HOME": "/home/me"])?.hasPrefix("/home/me/.cache/crossread/") == true)
        #expect(LibraryIndex.defaultPath(forLibrary: ["/library/a"], environment: [:]) == nil)
    }
}
