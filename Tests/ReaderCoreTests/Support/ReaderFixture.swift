import Foundation
import Testing
import ArticleKit
@testable import ReaderCore

/// The bundled library, analysed once, and readers built on it from key sequences.
enum ReaderFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let corpus: Corpus = {
        let sources = LibraryLoader.load(paths: [packageRoot.appendingPathComponent("articles").path]).sources
        return Corpus(articles: sources.map(ArticleAnalyzer.analyze))
    }()

    static func index(_ prefix: String) -> Int { corpus.articles.firstIndex { $0.fileName.hasPrefix(prefix) }! }

    /// What the shell reads for a summarised article; here the fixture's analysed article stands in.
    static func text(of summary: Article) -> Article? {
        corpus.articles.first { $0.contentHash == summary.contentHash }
    }

    /// The shell's answer to a request for texts, from the fixture.
    static func textsRead(_ requests: [TextRequest]) -> Event {
        .textsRead(requests.map { TextReply(index: $0.index, article: text(of: $0.summary)) })
    }

    /// A reader of the given size after the given keys (names as `snapshot --keys` takes them).
    static func state(_ width: Int, _ height: Int, keys: String = "", article: String? = nil) -> ReaderState {
        var state = ReaderState(corpus: corpus, width: width, height: height)
        if let article { state.openArticle(index(article)) }
        for event in Event.parse(keys) ?? [] { state.update(event) }
        return state
    }

    /// Compares a rendered screen, its text and then each cell's role (`Role.code`), with
    /// `Snapshots/<name>.txt`; with CROSSREAD_RECORD_SNAPSHOTS=1 it writes the file instead (review the
    /// diff before committing it).
    static func expectSnapshot(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = packageRoot.appendingPathComponent("Tests/ReaderCoreTests/Snapshots/\(name).txt")
        let text = screen.text + "\n\nroles:\n" + screen.roleText + "\n"
        if ProcessInfo.processInfo.environment["CROSSREAD_RECORD_SNAPSHOTS"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing snapshot \(name)>"
        #expect(text == expected, "screen \(name) differs:\n\(text)", sourceLocation: sourceLocation)
    }
}
