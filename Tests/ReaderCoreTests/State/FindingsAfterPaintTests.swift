import ArticleKit
import Testing
@testable import ReaderCore

/// An unseen article's first screen shows its text at once; the reader asks for its quotations and
/// actors (`.findFindings`), which arrive after the paint (`.findingsFound`), and the view is drawn
/// again in place. Keys that need them wait for them.
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

    /// The article opened from its text alone, and the effects left for after the paint.
    static func openedWithTextOnly() -> (state: ReaderState, later: [Effect]) {
        var state = ReaderState(corpus: summaryCorpus(), width: 100, height: 12)
        state.openArticle(0)
        var later: [Effect] = []
        state.run(state.takeEffects()) { effect in
            guard case .readTexts = effect else { later.append(effect); return nil }
            return .textsRead([TextReply(index: 0, article: ArticleAnalyzer.analyze(source, depth: .text))])
        }
        return (state, later)
    }

    @Test func theReaderAsksForTheFindingsOfTheArticleItShowsWithoutThem() {
        let (_, later) = Self.openedWithTextOnly()
        #expect(later.count == 1)
        guard case .findFindings(let articles)? = later.first else {
            Issue.record("no request for findings")
            return
        }
        #expect(articles.map(\.path) == [Self.source.path] && articles.allSatisfy { $0.hasText && !$0.hasFindings })
    }

    @Test func theTextIsShownBeforeTheFindingsWithAStatusThatSaysSo() {
        let state = Self.openedWithTextOnly().state
        #expect(state.mode == .reading)
        #expect(state.corpus.articles[0].hasText && !state.corpus.articles[0].hasFindings)
        let screen = state.render()
        #expect((0..<12).contains { screen.rowText($0).contains("proper hearing") })
        #expect(screen.rowText(11).contains("finding quotations…"))
    }

    @Test func theFindingsArriveInPlace() {
        var state = Self.openedWithTextOnly().state
        state.update(.key(.character("j")))
        let top = state.reading?.top
        state.update(.findingsFound([ArticleAnalyzer.analyze(Self.source)]))
        #expect(state.corpus.articles[0].hasFindings && state.corpus.articles[0].quotes.count == 1)
        #expect(state.corpus.articles[0].quotes.first.flatMap(state.corpus.articles[0].speakerName(of:)) == "Marta Lindqvist")
        #expect(state.reading?.top == top)
        #expect(!state.render().rowText(11).contains("finding quotations"))
    }

    @Test func findingsOfAnotherVersionOfTheFileAreIgnored() {
        var state = Self.openedWithTextOnly().state
        var other = ArticleAnalyzer.analyze(ArticleSource(path: Self.source.path, text: Self.source.text + "\n\nA late correction."))
        other.path = Self.source.path
        state.update(.findingsFound([other]))
        #expect(!state.corpus.articles[0].hasFindings)
        #expect(state.render().rowText(11).contains("finding quotations…"))
    }
}

extension FindingsAfterPaintTests {
    @Test func jumpsAndListsWaitForTheFindingsAndTheKeysAfterThemFollow() {
        var state = Self.openedWithTextOnly().state
        state.update(.key(.character("]")))
        state.update(.key(.character("s")))
        #expect(state.hasWaitingKeys && state.reading?.focus == nil && state.overlay == nil)
        state.update(.findingsFound([ArticleAnalyzer.analyze(Self.source)]))
        #expect(!state.hasWaitingKeys)
        #expect(state.reading?.focus == state.corpus.articles[0].quotes.first?.span)
        guard case .list(let list)? = state.overlay else {
            Issue.record("the speaker list did not open")
            return
        }
        #expect(list.rows.first?.text.hasPrefix("Marta Lindqvist") == true)
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
        state.openArticle(0)
        state.run(state.takeEffects()) { effect in
            guard case .readTexts = effect else { return nil }
            return .textsRead([TextReply(index: 0, article: textOnly)])
        }
        for key in [Key.character(" "), .character("j"), .character("j")] { state.update(.key(key)) }
        let before = state.render().rowText(0)
        state.update(.findingsFound([full]))
        #expect(state.corpus.articles[0].hasFindings)
        #expect(state.render().rowText(0) == before)
    }
}

extension FindingsAfterPaintTests {
    /// `read FILE` paints the file alone, then asks for its folder and takes it: the article keeps its
    /// place, and a key that reaches the rest of the library waits for it.
    @Test func theFolderArrivingKeepsTheArticleAndItsPlace() {
        var state = Self.openedWithTextOnly().state
        state.update(.findingsFound([ArticleAnalyzer.analyze(Self.source)]))
        state.listLibraryLater()
        guard case .listLibrary? = state.takeEffects().first else {
            Issue.record("no request for the folder")
            return
        }
        state.update(.key(.character("j")))
        state.update(.key(.character("t")))
        #expect(state.hasWaitingKeys && state.overlay == nil)
        let before = state.render().rowText(0)
        let full = ArticleAnalyzer.analyze(Self.source)
        func summary(_ path: String, _ hash: UInt64) -> Article {
            .summary(path: path, metadata: full.metadata, wordCount: 0, contentHash: hash, quotes: [], actors: [], mentions: [],
                     warnings: [], hasFindings: false)
        }
        // The folder lists the same file under another spelling of its path, after two others.
        let folder = Corpus(articles: [summary("/library/./ferry-fares.txt", 1), summary("/library/./budget.txt", 2),
                                       summary("/library/./harbour-vote.txt", full.contentHash)])
        state.update(.libraryListed(folder))
        #expect(state.corpus.articles.count == 3)
        #expect(state.reading?.article == 2)
        #expect(state.corpus.articles[2].hasText && state.corpus.articles[2].quotes.count == 1)
        #expect(!state.hasWaitingKeys)
        #expect(state.overlay != nil)
        state.update(.key(.escape))
        #expect(state.render().rowText(0) == before)
    }
}
