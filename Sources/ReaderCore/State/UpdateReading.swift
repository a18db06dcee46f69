import ArticleKit

extension ReaderState {
    mutating func handleReading(_ key: Key) {
        guard reading != nil else { return }
        let page = max(1, contentHeight - 1)
        switch key {
        case .down, .character("j"), .control("n"), .control("e"), .enter: scroll(by: 1)
        case .up, .character("k"), .control("p"), .control("y"): scroll(by: -1)
        case .pageDown, .character(" "), .control("f"), .character("f"): scroll(by: page)
        case .pageUp, .character("b"), .control("b"): scroll(by: -page)
        case .control("d"), .character("d"): scroll(by: page / 2)
        case .control("u"), .character("u"): scroll(by: -page / 2)
        case .home, .character("g"), .character("<"): scroll(to: 0)
        case .end, .character("G"), .character(">"): scroll(to: Int.max)
        case .character("]"): moveToQuote(forward: true)
        case .character("["): moveToQuote(forward: false)
        case .character("}"): moveToSameSpeaker(forward: true)
        case .character("{"): moveToSameSpeaker(forward: false)
        case .character("/"): prompt = Prompt(kind: .search, text: "")
        case .character("n"): moveToMatch(forward: true)
        case .character("N"): moveToMatch(forward: false)
        case .character("s"): showSpeakers()
        case .character("a"): showActors()
        case .character("x"): showCrossReferences(nil)
        case .character("t"): showThreads()
        case .backspace, .character("o"): jumpBack()
        default: break
        }
    }

    mutating func makeLayout(_ article: Int) -> ArticleLayout {
        let item = corpus.articles[article]
        var byline: [String] = []
        if let author = item.metadata.author { byline.append("by " + author) }
        if let date = item.metadata.date { byline.append(date) }
        byline.append("\(item.wordCount) words")
        byline.append("\(item.quotes.count) quotes")
        byline.append("\(item.actors.count) actors")
        return ArticleLayout(article: item, width: width, byline: byline.joined(separator: " · "))
    }

    /// Shows a location in the reading view (building the article's layout when it changes).
    /// Shows `location`. A jump to a passage (a focus, not `exact`) lands with the start of its
    /// sentence in view and a line of context above it; `exact` restores a saved view as it was.
    mutating func restore(_ location: Location, exact: Bool = false) {
        guard hasTexts([location.article], orRead: .restore(location, exact: exact)) else { return }
        var state: ReadingState
        if let current = reading, current.article == location.article, current.layout.width == width {
            state = current
        } else {
            var roles = RoleMap(article: corpus.articles[location.article], corpus: corpus, articleIndex: location.article)
            roles.markShared(sharedPhrases[location.article] ?? [])
            state = ReadingState(article: location.article, roles: roles, layout: makeLayout(location.article))
            if let current = reading, current.article == location.article { state.search = current.search }
        }
        state.focus = location.focus
        state.top = state.layout.line(containing: location.offset)
        if !exact, let focus = location.focus {
            let article = corpus.articles[location.article]
            let sentenceStart = article.sentenceIndex(containing: focus.start).map { article.sentences[$0].span.start } ?? focus.start
            let focusLine = state.layout.line(containing: focus.start)
            let sentenceLine = state.layout.line(containing: sentenceStart)
            state.top = max(0, focusLine - sentenceLine < contentHeight - 2 ? sentenceLine - 1 : focusLine - contentHeight / 3)
        }
        if let focus = location.focus {
            let line = state.layout.line(containing: focus.start)
            if line < state.top || line >= state.top + contentHeight { state.top = max(0, line - contentHeight / 3) }
        }
        clampTop(&state)
        reading = state
    }

    /// Remembers the reading position of the article being left.
    mutating func leaveArticle() {
        guard let reading else { return }
        positions[corpus.articles[reading.article].path] = reading.anchor
    }

    mutating func scroll(by lines: Int) {
        switch mode {
        case .reading:
            guard reading != nil else { return }
            scroll(to: reading!.top.addingReportingOverflow(lines).partialValue)
        case .compare: scrollCompare(by: lines)
        case .library:
            library.selected += lines
            clampLibrary()
        }
    }

    mutating func scroll(to line: Int) {
        guard var state = reading else { return }
        state.top = line
        clampTop(&state)
        // A focus scrolled out of view no longer speaks for the screen: x, } and the status line then
        // act on what is on screen.
        if let focus = state.focus {
            let visible = visibleOffsets(state)
            if !(focus.start < visible.upperBound && focus.end > visible.lowerBound) { state.focus = nil }
        }
        reading = state
    }

    /// The clean-text offsets the screen shows.
    func visibleOffsets(_ state: ReadingState) -> Range<Int> {
        let first = state.layout.offset(ofLine: state.top)
        return first..<max(first + 1, state.layout.offset(ofLine: state.top + contentHeight))
    }

    func maximumTop(_ state: ReadingState) -> Int { max(0, state.layout.count - contentHeight) }

    func clampTop(_ state: inout ReadingState) {
        state.top = max(0, min(state.top, maximumTop(state)))
        state.anchor = state.layout.offset(ofLine: state.top)
    }

    /// Where a search or quote step starts: the focus if on screen, else the top of the screen.
    private func cursorOffset(_ state: ReadingState, forward: Bool) -> Int {
        if let focus = state.focus {
            let line = state.layout.line(containing: focus.start)
            if line >= state.top, line < state.top + contentHeight { return forward ? focus.start + 1 : focus.start }
        }
        return forward ? state.layout.offset(ofLine: state.top) : state.layout.offset(ofLine: min(state.layout.count - 1, state.top + contentHeight))
    }

    mutating func focus(_ span: TextSpan) {
        guard var state = reading else { return }
        state.focus = span
        let line = state.layout.line(containing: span.start)
        if line < state.top || line >= state.top + contentHeight { state.top = max(0, line - contentHeight / 3) }
        clampTop(&state)
        reading = state
    }

    mutating func moveToQuote(forward: Bool) {
        guard let state = reading else { return }
        let quotes = corpus.articles[state.article].quotes
        let cursor = cursorOffset(state, forward: forward)
        let target = forward ? quotes.first { $0.span.start >= cursor } : quotes.last { $0.span.start < cursor }
        guard let target else {
            message = forward ? "no more quotations below" : "no more quotations above"
            return
        }
        focus(target.span)
    }

    /// The quotation the focus is on, or the first one on screen.
    func currentQuote() -> (article: Int, index: Int)? {
        guard let state = reading else { return nil }
        let quotes = corpus.articles[state.article].quotes
        if let focus = state.focus, let index = quotes.firstIndex(where: { $0.span.overlaps(focus) }) { return (state.article, index) }
        let first = state.layout.offset(ofLine: state.top)
        let last = state.layout.offset(ofLine: state.top + contentHeight)
        if let index = quotes.firstIndex(where: { $0.span.start >= first && $0.span.start < max(last, first + 1) }) { return (state.article, index) }
        return nil
    }

    /// `}` and `{`: the same speaker's next or previous quotation, across articles.
    mutating func moveToSameSpeaker(forward: Bool) {
        guard let (article, index) = currentQuote() else {
            message = "no quotation here; use ] to go to one"
            return
        }
        guard let speaker = corpus.speaker(article: article, quote: index),
              let list = corpus.quotesBySpeaker[speaker],
              let position = list.firstIndex(where: { $0.article == article && $0.quote == index }) else {
            message = "this quotation has no known speaker"
            return
        }
        let next = position + (forward ? 1 : -1)
        guard list.indices.contains(next) else {
            message = "no \(forward ? "later" : "earlier") quotation by \(speaker)"
            return
        }
        let target = list[next]
        let span = corpus.articles[target.article].quotes[target.quote].span
        if target.article == article {
            if let reading { jumpList.append(Location(article: reading.article, offset: reading.anchor, focus: reading.focus)) }
            focus(span)
        } else {
            jump(to: Location(article: target.article, offset: span.start, focus: span))
            message = "\(speaker) in “\(corpus.articles[target.article].metadata.title)”"
        }
    }

    mutating func runSearch(_ pattern: String) {
        guard var state = reading, !pattern.isEmpty else { return }
        state.search = SearchResults(pattern: pattern, matches: TextSearch.matches(of: pattern, in: corpus.articles[state.article].scalars), current: nil)
        reading = state
        if state.search!.matches.isEmpty {
            message = "pattern not found: \(pattern)"
        } else {
            moveToMatch(forward: true)
        }
    }

    mutating func moveToMatch(forward: Bool) {
        guard var state = reading, var search = state.search, !search.matches.isEmpty else {
            message = "no search yet: / to search"
            return
        }
        let cursor = cursorOffset(state, forward: forward)
        let found = forward ? search.matches.firstIndex { $0.start >= cursor } : search.matches.lastIndex { $0.start < cursor }
        let index = found ?? (forward ? 0 : search.matches.count - 1)
        search.current = index
        state.search = search
        reading = state
        focus(search.matches[index])
        if found == nil, search.matches.count > 0 { message = forward ? "search wrapped to the top" : "search wrapped to the bottom" }
    }
}
