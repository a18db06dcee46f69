import Testing
import ArticleKit
@testable import ReaderCore

@Suite("Reader navigation")
struct NavigationTests {
    private func statusLine(_ state: ReaderState) -> String { state.render().rowText(state.height - 1) }

    /// The keys that focus the `index`th quotation of an article from its top.
    private func quoteKeys(_ index: Int) -> String { Array(repeating: "]", count: index + 1).joined(separator: " ") }

    @Test func nextQuoteIsFocusedAndItsSpeakerNamed() {
        let article = ReaderFixture.corpus.articles[ReaderFixture.index("is-biden")]
        guard let target = article.quotes.indices.dropFirst().first(where: { article.quotes[$0].speaker != nil }) else {
            Issue.record("no attributed quotation"); return
        }
        let state = ReaderFixture.state(120, 40, keys: quoteKeys(target), article: "is-biden")
        #expect(article.quotes[target].span == state.reading!.focus)
        let speaker = ReaderFixture.corpus.speaker(article: ReaderFixture.index("is-biden"), quote: target)!
        #expect(statusLine(state).contains("speaker: " + speaker.prefix(20)))
        #expect(state.render().roleText.contains("F"))
    }

    @Test func previousQuoteGoesBack() {
        let state = ReaderFixture.state(120, 40, keys: "] ] ] [", article: "is-biden")
        let article = ReaderFixture.corpus.articles[state.reading!.article]
        #expect(article.quotes[1].span == state.reading!.focus)
    }

    @Test func sameSpeakerCrossesIntoAnotherArticleAndBackspaceReturns() {
        // A speaker quoted in two articles: `}` from their last quotation in the first reaches the other.
        let corpus = ReaderFixture.corpus
        var articlesBySpeaker: [String: [Int]] = [:]
        for (index, article) in corpus.articles.enumerated() {
            for speaker in Set(article.quotes.compactMap(article.speakerName(of:))) { articlesBySpeaker[speaker, default: []].append(index) }
        }
        guard let (speaker, articles) = articlesBySpeaker.filter({ $0.value.count >= 2 }).min(by: { $0.key < $1.key }) else {
            Issue.record("no speaker quoted in two articles"); return
        }
        let first = articles[0]
        let name = String(corpus.articles[first].fileName.prefix(12))
        let last = corpus.articles[first].quotes.lastIndex { corpus.articles[first].speakerName(of: $0) == speaker }!
        var state = ReaderFixture.state(120, 40, keys: quoteKeys(last), article: name)
        #expect(statusLine(state).contains("speaker: " + speaker.prefix(20)))
        let before = state.reading?.focus
        state.update(.key(.character("}")))
        #expect(state.reading?.article != first)
        let reached = corpus.articles[state.reading!.article]
        let focused = reached.quotes.first { $0.span == state.reading?.focus }
        #expect(focused.flatMap(reached.speakerName(of:)) == speaker)
        #expect(statusLine(state).contains("speaker: " + speaker.prefix(20)))
        state.update(.key(.backspace))
        #expect(state.reading?.article == first)
        #expect(state.reading?.focus == before)
    }

    @Test func crossReferencesOfAnActorListEveryArticle() {
        var state = ReaderFixture.state(120, 40, keys: "]", article: "the-right-time")
        state.update(.key(.character("x")))
        guard case .list(let list)? = state.overlay else { Issue.record("no list"); return }
        #expect(list.title == "Barack Obama: 12 passages in 4 articles")
        // Each passage once, its match marked and in view however long the sentence.
        #expect(list.rows.allSatisfy { $0.detail.contains("«") && $0.detail.contains("»") && $0.detail.unicodeScalars.count <= 100 })
        #expect(Set(list.rows.map { $0.text + $0.detail }).count == list.rows.count)
        state.update(.key(.character("G")))
        state.update(.key(.enter))
        #expect(state.overlay == nil)
        #expect(state.reading?.focus != nil)
    }

    @Test func aJumpLandsWithItsSentenceStartAndALineAboveInView() {
        var state = ReaderFixture.state(120, 40, keys: "]", article: "the-right-time")
        state.update(.key(.character("x")))
        state.update(.key(.character("j")))
        state.update(.key(.character("j")))
        state.update(.key(.enter))
        guard let reading = state.reading, let focus = reading.focus else { Issue.record("no focus"); return }
        let article = state.corpus.articles[reading.article]
        let sentence = article.sentences[article.sentenceIndex(containing: focus.start)!].span
        let sentenceLine = reading.layout.line(containing: sentence.start)
        #expect(sentenceLine >= reading.top && reading.layout.line(containing: focus.start) < reading.top + 38)
        #expect(reading.top == 0 || sentenceLine > reading.top)
    }

    @Test func speakersListJumpsToTheFirstQuote() {
        var state = ReaderFixture.state(100, 30, keys: "s", article: "the-right-time")
        guard case .list(let list)? = state.overlay, let row = list.rows.first?.text else { Issue.record("no list"); return }
        state.update(.key(.enter))
        let article = ReaderFixture.corpus.articles[state.reading!.article]
        let speaker = article.quotes.first { $0.span == state.reading?.focus }.flatMap(article.speakerName(of:))
        #expect(speaker != nil && row.hasPrefix(String(speaker!.prefix(20))))
    }

    @Test func speakersListOpensAtTheCurrentSpeaker() {
        let article = ReaderFixture.corpus.articles[ReaderFixture.index("is-biden")]
        // A quotation well down the article whose speaker is not the library's most quoted one.
        guard let target = article.quotes.indices.dropFirst(5).first(where: { article.quotes[$0].speaker != nil }) else {
            Issue.record("no attributed quotation"); return
        }
        let state = ReaderFixture.state(100, 30, keys: quoteKeys(target) + " s", article: "is-biden")
        guard case .list(let list)? = state.overlay else { Issue.record("no list"); return }
        #expect(list.rows[list.selected].text.hasPrefix(String(article.speakerName(of: article.quotes[target])!.prefix(20))))
    }

    @Test func slashFiltersAListAsYouTypeAndEscClearsIt() {
        var state = ReaderFixture.state(100, 30, keys: "s / l i e v", article: "is-biden")
        guard case .list(let list)? = state.overlay else { Issue.record("no list"); return }
        #expect(!list.rows.isEmpty && list.rows.allSatisfy { ($0.text + $0.detail).lowercased().contains("liev") })
        #expect(list.unfiltered!.count > list.rows.count)
        #expect(state.render().rowText(0).contains("filtered by “liev”"))
        state.update(.key(.escape))
        guard case .list(let cleared)? = state.overlay else { Issue.record("the list closed"); return }
        #expect(cleared.rows.count == list.unfiltered!.count)
    }

    @Test func searchCountsMatchesAndCycles() {
        var state = ReaderFixture.state(100, 30, keys: "/ r e d space l i n e Enter", article: "is-biden")
        #expect(state.reading?.search?.matches.count == 4)
        #expect(statusLine(state).contains("match 1/4"))
        state.update(.key(.character("n")))
        #expect(statusLine(state).contains("match 2/4"))
        state.update(.key(.character("N")))
        #expect(statusLine(state).contains("match 1/4"))
    }

    @Test func resizeKeepsTheSameSentenceOnScreen() {
        var state = ReaderFixture.state(120, 40, keys: "Space j j j", article: "revitalizing")
        let article = ReaderFixture.corpus.articles[state.reading!.article]
        let sentence = article.sentenceIndex(containing: state.reading!.anchor)!
        for (width, height) in [(60, 20), (120, 40), (45, 15), (200, 60)] {
            state.update(.resize(width: width, height: height))
            let top = state.reading!.layout.offset(ofLine: state.reading!.top)
            let bottom = state.reading!.layout.offset(ofLine: state.reading!.top + state.contentHeight)
            #expect(article.sentences[sentence].span.start < max(bottom, top + 1) && article.sentences[sentence].span.end > top,
                    "\(width)x\(height)")
        }
    }

    @Test func tooSmallWindowSaysSoAndRecovers() {
        var state = ReaderFixture.state(120, 40, article: "is-biden")
        state.update(.resize(width: 12, height: 3))
        #expect(state.render().rowText(0).hasPrefix("window too s"))
        state.update(.resize(width: 80, height: 24))
        #expect(state.render().rowText(0).hasPrefix("Is Biden Leading From Behind"))
    }

    @Test func renderingFillsExactlyTheGridAtAnySize() {
        for (width, height) in [(1, 1), (2, 7), (19, 4), (20, 4), (33, 9), (80, 24), (300, 100)] {
            for keys in ["", "Enter", "j c j c", "Enter s", "Enter ?"] {
                let screen = ReaderFixture.state(width, height, keys: keys).render()
                #expect(screen.text.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { DisplayWidth.of(String($0)) == width })
            }
        }
    }

    @Test func quitGoesBackThenQuits() {
        var state = ReaderFixture.state(80, 24, keys: "Enter")
        #expect(state.mode == .reading)
        state.update(.key(.character("q")))
        #expect(state.mode == .library && !state.shouldQuit)
        state.update(.key(.character("q")))
        #expect(state.shouldQuit)
    }

    @Test func escapeCancelsAMarkThenAFilterBeforeItQuits() {
        var state = ReaderFixture.state(100, 20, keys: "/ l e v i t t Enter c")
        #expect(state.library.marked.count == 1)
        state.update(.key(.escape))
        #expect(state.library.marked.isEmpty && !state.shouldQuit)
        #expect(state.render().rowText(19).contains("mark cleared"))
        state.update(.key(.escape))
        #expect(state.library.filter.isEmpty && state.library.rows(state.corpus).count == 5 && !state.shouldQuit)
        state.update(.key(.escape))
        #expect(state.shouldQuit)
    }

    @Test func sortingKeepsTheSelectedArticleAndPutsTheUndatedLastInTitleOrder() {
        var state = ReaderFixture.state(100, 20, keys: "j j")
        let chosen = state.library.rows(state.corpus)[state.library.selected]
        state.update(.key(.character("s")))
        #expect(state.library.sort == .date)
        #expect(state.library.rows(state.corpus)[state.library.selected] == chosen)
        let rows = state.library.rows(state.corpus)
        let undated = rows.filter { state.corpus.articles[$0].metadata.date == nil }
        #expect(Array(rows.suffix(undated.count)) == undated)
        let titles = undated.map { state.corpus.articles[$0].metadata.title.lowercased() }
        #expect(titles == titles.sorted())
    }

    @Test func helpScrollsAndClosesOnlyWithItsKeys() {
        var state = ReaderFixture.state(80, 10, keys: "Enter ?")
        let first = state.render().rowText(1)
        state.update(.key(.character("j")))
        #expect(state.render().rowText(1) != first && state.overlay != nil)
        state.update(.key(.character("G")))
        let end = state.render()
        #expect((0..<10).contains { end.rowText($0).contains("close the list") })
        state.update(.key(.character("x")))
        #expect(state.overlay != nil)
        state.update(.key(.character("?")))
        #expect(state.overlay == nil)
    }

    @Test func aFocusScrolledOutOfViewNoLongerNamesTheScreen() {
        var state = ReaderFixture.state(120, 30, keys: "j Enter ] ] ]")
        let focused = state.reading!.focus
        #expect(focused != nil)
        let before = state.render().rowText(29)
        state.update(.key(.character(" ")))
        state.update(.key(.character(" ")))
        let reading = state.reading!
        #expect(reading.focus == nil || visibleOffsets(state).contains(reading.focus!.start))
        let status = state.render().rowText(29)
        // Whatever the status line names is on screen now.
        if let subject = state.focusedSubject(), let range = state.reading.map(state.visibleOffsets) {
            let article = state.corpus.articles[reading.article]
            let named = article.quotes.contains { range.contains($0.span.start) && article.speakerName(of: $0) == subject.name }
                || article.mentions.contains { range.contains($0.span.start) && state.corpus.canonicalName(article: reading.article, actor: $0.actor) == subject.name }
            #expect(named, "\(status)")
        }
        #expect(before != status)
    }

    private func visibleOffsets(_ state: ReaderState) -> Range<Int> { state.visibleOffsets(state.reading!) }

    @Test func readingPositionIsRememberedPerArticle() {
        var state = ReaderFixture.state(80, 24, keys: "Enter Space Space")
        let anchor = state.reading!.anchor
        state.update(.key(.character("q")))
        state.update(.key(.character("j")))
        state.update(.key(.character("k")))
        state.update(.key(.enter))
        #expect(state.reading!.anchor == anchor)
        #expect(state.positions.values.contains(anchor))
    }

    @Test func libraryFilterAndSort() {
        var state = ReaderFixture.state(100, 20, keys: "/ l e v i t t Enter")
        #expect(state.library.rows(state.corpus).count == 1)
        state.update(.key(.character("/")))
        state.update(.key(.escape))
        #expect(state.library.rows(state.corpus).count == 5)
        state.update(.key(.character("s")))
        #expect(state.library.sort == .date)
        #expect(state.corpus.articles[state.library.rows(state.corpus)[0]].metadata.date == "2021-03-24")
    }

    @Test func compareOpensWithTwoMarksAndAlignsPairsOnTheSameRow() {
        let state = ReaderFixture.state(120, 40, keys: "j j c j c")
        #expect(state.mode == .compare)
        guard let compare = state.compare else { Issue.record("no compare"); return }
        let titles = [compare.comparison.a, compare.comparison.b].map { ReaderFixture.corpus.articles[$0].fileName }
        #expect(titles.contains { $0.hasPrefix("resurrection") } && titles.contains { $0.hasPrefix("revitalizing") })
        for group in CompareRows.groups(compare.comparison.pairs) {
            let row = compare.rows.rows.firstIndex { if case .text(let paragraph, _) = $0.left { return paragraph == group.a.lowerBound } else { return false } }!
            guard case .text(let right, _) = compare.rows.rows[row].right else { Issue.record("right side blank"); continue }
            #expect(right == group.b.lowerBound)
        }
        #expect(state.render().rowText(39).contains("DERIVED COPY"))
    }

    @Test func compareSaysWhichPairItIsOnAndWhenThereIsNoNext() {
        var state = ReaderFixture.state(120, 40, keys: "j j c j c ]")
        #expect(state.render().rowText(39).contains("pair 2/"))
        for _ in 0..<60 { state.update(.key(.character("]"))) }
        #expect(state.render().rowText(39).contains("last aligned pair"))
        let top = state.compare!.top
        state.update(.key(.character("u")))
        #expect(state.compare!.top < top)
        state.update(.key(.character("?")))
        #expect(!(0..<39).contains { state.render().rowText($0).contains("list: ") })
    }

    @Test func compareSearchesTheActivePane() {
        var state = ReaderFixture.state(120, 40, keys: "j j c j c / T e r r o r i s m Enter")
        guard let compare = state.compare else { Issue.record("no compare"); return }
        let pane = compare.panes[compare.active]
        #expect(!pane.matches.isEmpty && pane.currentMatch == 0)
        #expect(state.render().rowText(39).contains("match 1/"))
        #expect(state.render().roleText.contains("M"))
        state.update(.key(.character("n")))
        #expect(state.compare!.panes[compare.active].currentMatch == 1 % pane.matches.count)
    }

    @Test func compareScrollsTogetherUntilToggled() {
        var state = ReaderFixture.state(120, 40, keys: "j j c j c j j")
        #expect(state.compare!.panes[0].top == 2 && state.compare!.panes[1].top == 2)
        state.update(.key(.character("=")))
        state.update(.key(.tab))
        state.update(.key(.character("j")))
        #expect(state.compare!.panes[0].top == 2 && state.compare!.panes[1].top == 3)
    }

    @Test func compareShowsWordDifferencesAndVariants() {
        let state = ReaderFixture.state(120, 40, keys: "j j c j c")
        let roles = state.render().roleText
        #expect(roles.contains("r"))
        #expect(roles.contains("v"))
        #expect(state.render().text.contains("≈"))
    }

    @Test func compareUnderlinesOnlyActorsBothArticlesName() {
        let state = ReaderFixture.state(120, 40, keys: "j j c j c")
        let pane = state.compare!.panes[1]
        let article = ReaderFixture.corpus.articles[pane.article]
        let levitt = article.mentions.first { article.actors[$0.actor].name == "Matthew Levitt" }!
        let trump = article.mentions.first { article.actors[$0.actor].name == "Donald Trump" }!
        #expect(!pane.roles.shared[levitt.span.start])
        #expect(pane.roles.shared[trump.span.start])
    }

    @Test func controlCharactersAreNeverPainted() {
        let source = ArticleSource(path: "evil.txt", text: "Evil\n\nText \u{1B}]52;c;ZXZpbA==\u{07} and \u{1B}[2J end.")
        var state = ReaderState(corpus: Corpus(articles: [ArticleAnalyzer.analyze(source)]), width: 60, height: 10)
        state.update(.key(.enter))
        let screen = state.render()
        #expect(!screen.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) } })
        #expect(screen.text.contains("␛]52;c;ZXZpbA==␇"))
    }
}
