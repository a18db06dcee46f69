import ArticleKit
import Testing
@testable import ReaderCore

/// A large library is shown from summaries (no text, no findings yet), reads an article's text when it
/// is opened, keeps only a few texts, and takes the finished corpus of the background analysis without
/// losing the reader's place.
@Suite("Large library")
struct LargeLibraryTests {
    /// The shell's answers, from the fixture.
    static func answer(_ effect: Effect) -> Event? {
        switch effect {
        case .readTexts(let requests), .readSentences(let requests): return ReaderFixture.textsRead(requests)
        default: return nil
        }
    }

    /// The texts the effects ask for, by article.
    static func requested(_ effects: [Effect]) -> [Int] {
        effects.flatMap { effect -> [Int] in
            switch effect {
            case .readTexts(let requests), .readSentences(let requests): return requests.map(\.index)
            default: return []
            }
        }
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
        state.update(.progress(done: 2, total: 5))
        let screen = state.render()
        let row = screen.rowText(2)
        #expect(row.hasSuffix("…      …      …"))
        #expect(screen.rowText(19).contains("analysing 2/5"))
    }

    @Test func theStatusLineSaysDoneOnlyWhenTheIndexIsWritten() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 20)
        state.update(.progress(done: 5, total: 5))
        #expect(state.render().rowText(19).contains("saving the index"))
        state.update(.analysisFinished(Self.analysedSummaries(), warning: nil))
        let status = state.render().rowText(19)
        #expect(!status.contains("saving") && !status.contains("analysing"))
    }

    @Test func openingASummaryAsksForItsTextAndShowsItWhenItComes() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 40)
        let article = ReaderFixture.index("is-biden")
        state.openArticle(article)
        let effects = state.takeEffects()
        #expect(Self.requested(effects) == [article])
        #expect(state.mode == .library)
        state.run(effects, performing: Self.answer)
        #expect(state.mode == .reading)
        #expect(state.corpus.articles[article].hasText)
        #expect(state.corpus.articles[article].quotes.count == ReaderFixture.corpus.articles[article].quotes.count)
        #expect(state.render().rowText(0).contains("Is Biden Leading From Behind"))
        #expect(state.render().rowText(1).contains("\(ReaderFixture.corpus.articles[article].wordCount) words"))
    }

    @Test func keysTypedWhileATextIsReadWaitAndFollowInOrder() {
        var state = ReaderState(corpus: Self.analysedSummaries(), width: 120, height: 40)
        var effects: [Effect] = []
        for event in Event.parse("Enter j j") ?? [] { effects += state.update(event) }
        #expect(Self.requested(effects).count == 1)
        #expect(state.mode == .library && state.hasWaitingKeys)
        state.run(effects, performing: Self.answer)
        #expect(state.mode == .reading && !state.hasWaitingKeys)
        #expect(state.reading?.top == 2)
    }

    @Test func aFileThatChangedSinceTheAnalysisIsNotShownWithStaleHighlights() {
        var state = ReaderState(corpus: Self.analysedSummaries(), width: 120, height: 40)
        state.openArticle(0)
        var changed = ArticleAnalyzer.analyze(ArticleSource(path: state.corpus.articles[0].path, text: "Another text\n\nWholly different."))
        changed.contentHash &+= 1
        state.run(state.takeEffects()) { _ in .textsRead([TextReply(index: 0, article: changed)]) }
        #expect(state.mode == .library)
        #expect(state.message?.contains("changed since the library was analysed") == true)
        state.openArticle(1)
        state.run(state.takeEffects()) { _ in .textsRead([TextReply(index: 1, article: nil)]) }
        #expect(state.mode == .library)
        #expect(state.message?.contains("can no longer be read") == true)
    }

    @Test func aTextThatComesForAnotherArticleIsNotTaken() {
        var state = ReaderState(corpus: Self.analysedSummaries(), width: 120, height: 40)
        state.openArticle(0)
        _ = state.takeEffects()
        state.update(.textsRead([TextReply(index: 1, article: ReaderFixture.text(of: state.corpus.articles[1]))]))
        #expect(!state.corpus.articles[1].hasText)
        #expect(state.mode == .library)
        // The request still waits for its own answer.
        state.update(.textsRead([TextReply(index: 0, article: ReaderFixture.text(of: state.corpus.articles[0]))]))
        #expect(state.mode == .reading && state.reading?.article == 0)
    }

    @Test func onlyAFewLoadedTextsAreKept() {
        let copies = (0..<(ReaderState.loadedTextLimit + 4)).map { index -> Article in
            var article = ReaderFixture.corpus.articles[index % 5].withoutText()
            article.path = "copy-\(index).txt"
            return article
        }
        var state = ReaderState(corpus: Corpus(articles: copies), width: 80, height: 24)
        for index in copies.indices {
            state.openArticle(index)
            state.run(state.takeEffects(), performing: Self.answer)
            state.send(.key(.character("q")), performing: Self.answer)
        }
        #expect(state.corpus.articles.filter(\.hasText).count == ReaderState.loadedTextLimit)
        #expect(!state.corpus.articles[0].hasText)
        #expect(state.corpus.articles[copies.count - 1].hasText)
    }

    @Test func theFinishedAnalysisReplacesTheCorpusAndKeepsThePlace() {
        var state = ReaderState(corpus: Self.summaries(), width: 120, height: 40)
        let article = ReaderFixture.index("is-biden")
        state.openArticle(article)
        state.run(state.takeEffects(), performing: Self.answer)
        for event in Event.parse("j j j ] ]") ?? [] { state.send(event, performing: Self.answer) }
        let before = (state.reading!.top, state.reading!.focus)
        state.update(.analysisFinished(Self.analysedSummaries(), warning: nil))
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
        state.openArticle(ReaderFixture.index("is-biden"))
        state.run(state.takeEffects(), performing: Self.answer)
        state.send(.key(.character("s")), performing: Self.answer)
        guard case .list(let early)? = state.overlay else {
            Issue.record("no speaker list")
            return
        }
        state.update(.analysisFinished(Self.analysedSummaries(), warning: nil))
        guard case .list(let finished)? = state.overlay else {
            Issue.record("the speaker list closed")
            return
        }
        #expect(finished.rows.count > early.rows.count)
        #expect(finished.source == .speakers)
    }

    @Test func crossReferencesIntoTextlessArticlesAskForTheirSentences() {
        var state = ReaderState(corpus: Self.analysedSummaries(), width: 120, height: 40)
        let article = ReaderFixture.index("is-biden")
        state.openArticle(article)
        state.run(state.takeEffects(), performing: Self.answer)
        // A name the whole library discusses, as `x` on one of its mentions asks.
        state.showCrossReferences("Barack Obama")
        let effects = state.takeEffects()
        guard case .list(let early)? = state.overlay else {
            Issue.record("no cross-reference list")
            return
        }
        let asked = Self.requested(effects)
        #expect(!asked.isEmpty && !asked.contains(article) && Set(asked).count == asked.count)
        // Until the texts come, a passage of a summarised article shows its own words, and the list
        // answers keys: nothing waits for its sentences.
        #expect(early.rows.contains { $0.detail.hasPrefix("… «") })
        guard case .readSentences? = effects.first else {
            Issue.record("the sentences were not asked for as a list's")
            return
        }
        state.update(.key(.down))
        #expect(!state.hasWaitingKeys)
        state.run(effects, performing: Self.answer)
        guard case .list(let list)? = state.overlay else {
            Issue.record("the cross-reference list closed")
            return
        }
        #expect(list.rows.count == early.rows.count && list.rows.count > 1 && list.selected == 1)
        #expect(list.rows.allSatisfy { !$0.detail.isEmpty && !$0.detail.hasPrefix("… «") })
        // The texts read for the list's sentences are not kept.
        #expect(asked.allSatisfy { !state.corpus.articles[$0].hasText })
    }
}
