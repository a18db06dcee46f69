import ArticleKit
import Testing
@testable import ReaderCore

/// An unseen article's first screen shows its text at once; its quotations and actors arrive after the
/// paint (`adoptFindings`) and the view is drawn again in place.
@Suite("Findings after the first paint")
struct FindingsAfterPaintTests {
    static let source = ArticleSource(path: "/library/harbour-vote.txt", text: """
        Harbour Council Delays Vote on Ferry Contract

        The council postponed its vote on the ferry contract until March.

        "We owe the islanders a proper hearing," said Councillor Marta Lindqvist, who chairs the transport committee.

        Lindqvist added that the tender documents would be published in full.
        """)

    static func summaryCorpus() -> Corpus {
        let full = ArticleAnalyzer.analyze(source)
        return Corpus(articles: [.summary(path: full.path, metadata: full.metadata, wordCount: 0, contentHash: full.contentHash,
                                          quotes: [], actors: [], mentions: [], warnings: [], hasFindings: false)])
    }

    static func openedWithTextOnly() -> ReaderState {
        var state = ReaderState(corpus: summaryCorpus(), width: 100, height: 12)
        state.loadText = { _ in ArticleAnalyzer.analyze(source, depth: .text) }
        state.openArticle(0)
        return state
    }

    @Test func theTextIsShownBeforeTheFindingsWithAStatusThatSaysSo() {
        let state = Self.openedWithTextOnly()
        #expect(state.mode == .reading)
        #expect(state.corpus.articles[0].hasText && !state.corpus.articles[0].hasFindings)
        let screen = state.render()
        #expect((0..<12).contains { screen.rowText($0).contains("proper hearing") })
        #expect(screen.rowText(11).contains("finding quotations…"))
    }

    @Test func theFindingsArriveInPlace() {
        var state = Self.openedWithTextOnly()
        state.update(.key(.character("j")))
        let top = state.reading?.top
        state.adoptFindings(ArticleAnalyzer.analyze(Self.source))
        #expect(state.corpus.articles[0].hasFindings && state.corpus.articles[0].quotes.count == 1)
        #expect(state.corpus.articles[0].quotes.first?.speaker == "Marta Lindqvist")
        #expect(state.reading?.top == top)
        #expect(!state.render().rowText(11).contains("finding quotations"))
    }

    @Test func findingsOfAnotherVersionOfTheFileAreIgnored() {
        var state = Self.openedWithTextOnly()
        var other = ArticleAnalyzer.analyze(ArticleSource(path: Self.source.path, text: Self.source.text + "\n\nA late correction."))
        other.path = Self.source.path
        state.adoptFindings(other)
        #expect(!state.corpus.articles[0].hasFindings)
        #expect(state.render().rowText(11).contains("finding quotations…"))
    }
}

extension FindingsAfterPaintTests {
    @Test func jumpsAndListsWaitForTheFindingsButScrollingDoesNot() {
        var state = Self.openedWithTextOnly()
        #expect(state.waitsForFindings(.key(.character("]"))))
        #expect(state.waitsForFindings(.key(.character("s"))))
        #expect(!state.waitsForFindings(.key(.character("j"))))
        #expect(!state.waitsForFindings(.resize(width: 90, height: 12)))
        state.adoptFindings(ArticleAnalyzer.analyze(Self.source))
        #expect(!state.waitsForFindings(.key(.character("]"))))
    }
}

extension FindingsAfterPaintTests {
    @Test func aScrolledArticleKeepsItsTopLineWhenItsFindingsArrive() {
        let full = ReaderFixture.corpus.articles[ReaderFixture.index("revitalizing")]
        var textOnly = full
        textOnly.quotes = []
        textOnly.actors = []
        textOnly.mentions = []
        textOnly.hasFindings = false
        let summary = Article.summary(path: full.path, metadata: full.metadata, wordCount: 0, contentHash: full.contentHash,
                                      quotes: [], actors: [], mentions: [], warnings: [], hasFindings: false)
        var state = ReaderState(corpus: Corpus(articles: [summary]), width: 120, height: 40)
        let shown = textOnly
        state.loadText = { _ in shown }
        state.openArticle(0)
        for key in [Key.character(" "), .character("j"), .character("j")] { state.update(.key(key)) }
        let before = state.render().rowText(0)
        state.adoptFindings(full)
        #expect(state.corpus.articles[0].hasFindings)
        #expect(state.render().rowText(0) == before)
    }
}

extension FindingsAfterPaintTests {
    /// `read FILE` paints the file alone, then takes its folder: the article keeps its place.
    @Test func theFolderArrivingKeepsTheArticleAndItsPlace() {
        var state = ReaderState(corpus: Self.summaryCorpus(), width: 60, height: 6)
        state.loadText = { _ in ArticleAnalyzer.analyze(Self.source, depth: .text) }
        state.openArticle(0)
        state.update(.key(.character("j")))
        let before = state.render().rowText(0)
        let full = ArticleAnalyzer.analyze(Self.source)
        func summary(_ path: String, _ hash: UInt64) -> Article {
            .summary(path: path, metadata: full.metadata, wordCount: 0, contentHash: hash, quotes: [], actors: [], mentions: [],
                     warnings: [], hasFindings: false)
        }
        // The folder lists the same file under another spelling of its path, after two others.
        let folder = Corpus(articles: [summary("/library/./ferry-fares.txt", 1), summary("/library/./budget.txt", 2),
                                       summary("/library/./harbour-vote.txt", full.contentHash)])
        state.replaceLibrary(folder)
        #expect(state.corpus.articles.count == 3)
        #expect(state.reading?.article == 2)
        #expect(state.corpus.articles[2].hasText)
        #expect(state.render().rowText(0) == before)
        state.adoptFindings(full)
        #expect(state.corpus.articles[2].quotes.count == 1)
    }
}
