import ArticleKit
import Testing
@testable import ReaderCore

/// A large library is shown from summaries (no text, no findings yet), reads an article's text when it
/// is opened, keeps only a few texts, and takes the finished corpus of the background analysis without
/// losing the reader's place.
@Suite("Large library")
struct LargeLibraryTests {
    /// The shell reads an article's text from its file; here the fixture's analysed article stands in.
    static let fixtureText: @Sendable (Article) -> Article? = { summary in
        ReaderFixture.corpus.articles.first { $0.contentHash == summary.contentHash }
    }

    /// The bundled library as the first screen sees it before analysis: titles only.
    static func summaries() -> Corpus {
        Corpus(articles: ReaderFixture.corpus.articles.map { full in
            var row = full.withoutText()
            row = .summary(path: full.path, metadata: full.metadata, wordCount: 0, contentHash: full.contentHash,
                           quotes: [], actors: [], mentions: [], warnings: [], hasFindings: false)
            return row
        })
    }

    /// The finished background analysis of a large library: findings without text.
    static func analysedSummaries() -> Corpus {
        Corpus(articles: ReaderFixture.corpus.articles.map { $0.withoutText() })
    }

    @Test func rowsWaitingForAnalysisShowEllipsesAndProgress() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 20)
        state.loadText = Self.fixtureText
        state.update(.progress(done: 2, total: 5))
        let screen = state.render()
        let row = screen.rowText(2)
        #expect(row.hasSuffix("…      …      …"))
        #expect(screen.rowText(19).contains("analysing 2/5"))
    }

    @Test func theStatusLineSaysDoneOnlyWhenTheIndexIsWritten() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 20)
        state.loadText = Self.fixtureText
        state.update(.progress(done: 5, total: 5))
        #expect(state.render().rowText(19).contains("saving the index"))
        state.update(.analysisFinished)
        let status = state.render().rowText(19)
        #expect(!status.contains("saving") && !status.contains("analysing"))
    }

    @Test func openingASummaryReadsItsTextAndFindings() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 40)
        state.loadText = Self.fixtureText
        let article = ReaderFixture.index("is-biden")
        state.openArticle(article)
        #expect(state.mode == .reading)
        #expect(state.corpus.articles[article].hasText)
        #expect(state.corpus.articles[article].quotes.count == ReaderFixture.corpus.articles[article].quotes.count)
        #expect(state.render().rowText(0).contains("Is Biden Leading From Behind"))
        #expect(state.render().rowText(1).contains("\(ReaderFixture.corpus.articles[article].wordCount) words"))
    }

    @Test func aFileThatChangedSinceTheAnalysisIsNotShownWithStaleHighlights() {
        var state = ReaderState(corpus: Self.analysedSummaries(), width: 120, height: 40)
        state.loadText = { article in
            var changed = ArticleAnalyzer.analyze(ArticleSource(path: article.path, text: "Another text\n\nWholly different."))
            changed.contentHash &+= 1
            return changed
        }
        state.openArticle(0)
        #expect(state.mode == .library)
        #expect(state.message?.contains("changed since the library was analysed") == true)
        state.loadText = { _ in nil }
        state.openArticle(1)
        #expect(state.message?.contains("can no longer be read") == true)
    }

    @Test func onlyAFewLoadedTextsAreKept() {
        let copies = (0..<(ReaderState.loadedTextLimit + 4)).map { index -> Article in
            var article = ReaderFixture.corpus.articles[index % 5].withoutText()
            article.path = "copy-\(index).txt"
            return article
        }
        var state = ReaderState(corpus: Corpus(articles: copies), width: 80, height: 24)
        state.loadText = Self.fixtureText
        for index in copies.indices {
            state.openArticle(index)
            state.update(.key(.character("q")))
        }
        #expect(state.corpus.articles.filter(\.hasText).count == ReaderState.loadedTextLimit)
        #expect(!state.corpus.articles[0].hasText)
        #expect(state.corpus.articles[copies.count - 1].hasText)
    }

    @Test func theFinishedAnalysisReplacesTheCorpusAndKeepsThePlace() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 40)
        state.loadText = Self.fixtureText
        let article = ReaderFixture.index("is-biden")
        state.openArticle(article)
        for event in Event.parse("j j j ] ]") ?? [] { state.update(event) }
        let before = (state.reading!.top, state.reading!.focus)
        state.replaceCorpus(Self.analysedSummaries())
        #expect(state.reading?.article == article)
        #expect(state.reading?.top == before.0)
        #expect(state.reading?.focus == before.1)
        #expect(state.corpus.articles[article].hasText)
        state.update(.key(.character("}")))
        #expect(state.message == nil || !state.message!.contains("no other"))
        state.update(.key(.character("q")))
        #expect(!state.render().rowText(2).hasSuffix("…"))
    }

    @Test func aListOpenedDuringTheAnalysisIsBuiltAgainWhenItFinishes() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 40)
        state.loadText = Self.fixtureText
        state.openArticle(ReaderFixture.index("is-biden"))
        state.update(.key(.character("s")))
        guard case .list(let early)? = state.overlay else {
            Issue.record("no speaker list")
            return
        }
        state.replaceCorpus(Self.analysedSummaries())
        guard case .list(let finished)? = state.overlay else {
            Issue.record("the speaker list closed")
            return
        }
        #expect(finished.rows.count > early.rows.count)
        #expect(finished.source == .speakers)
    }

    @Test func crossReferencesIntoTextlessArticlesReadTheirSentences() {
        var state = ReaderState(corpus: Self.analysedSummaries(), width: 120, height: 40)
        state.loadText = Self.fixtureText
        state.openArticle(ReaderFixture.index("is-biden"))
        state.update(.key(.character("x")))
        guard case .list(let list)? = state.overlay else {
            Issue.record("no cross-reference list")
            return
        }
        #expect(list.rows.count > 1)
        #expect(list.rows.allSatisfy { !$0.detail.isEmpty && $0.detail != "…" })
    }
}
