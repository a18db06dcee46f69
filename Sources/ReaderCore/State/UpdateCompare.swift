import ArticleKit

extension ReaderState {
    /// Text columns of each pane: a one-column gutter, the text, and a separator between the panes.
    var comparePaneWidth: Int { max(1, (width - 3) / 2) }

    public mutating func openCompare(_ a: Int, _ b: Int) {
        guard openCompareState(a, b) else { return }
        enter(.compare)
    }

    /// Builds the comparison of `a` and `b`; false (with the message) when either text cannot be read.
    @discardableResult
    mutating func openCompareState(_ a: Int, _ b: Int) -> Bool {
        guard hasTexts([a, b], orRead: .openCompare(a, b)) else { return false }
        let comparison = corpus.compare(a, b)
        let panes = [pane(comparison, side: 0), pane(comparison, side: 1)]
        let rows = CompareRows(comparison: comparison, a: corpus.articles[a], b: corpus.articles[b], paneWidth: comparePaneWidth)
        compare = CompareState(comparison: comparison, panes: panes, rows: rows)
        return true
    }

    private func pane(_ comparison: Comparison, side: Int) -> ComparePane {
        let articleIndex = side == 0 ? comparison.a : comparison.b
        let article = corpus.articles[articleIndex]
        var diff: [Int: Role] = [:]
        let other = corpus.articles[side == 0 ? comparison.b : comparison.a]
        for group in CompareRows.groups(comparison.pairs) {
            let mine = side == 0 ? group.a : group.b, theirs = side == 0 ? group.b : group.a
            let span = TextSpan(article.paragraphs[mine.lowerBound].span.start, article.paragraphs[mine.upperBound - 1].span.end)
            let otherSpan = TextSpan(other.paragraphs[theirs.lowerBound].span.start, other.paragraphs[theirs.upperBound - 1].span.end)
            let words = WordDiff.between(article, span, other, otherSpan).a
            for word in words where word.kind != .shared {
                for offset in word.span.start..<word.span.end { diff[offset] = word.kind == .replaced ? .diffReplaced : .diffOnly }
            }
        }
        let variants = comparison.variants.map { variant -> (span: TextSpan, similarity: Double) in
            (article.quotes[side == 0 ? variant.a : variant.b].span, variant.similarity)
        }
        let otherIndex = side == 0 ? comparison.b : comparison.a
        return ComparePane(article: articleIndex, roles: RoleMap(article: article, corpus: corpus, articleIndex: articleIndex, sharedWith: otherIndex),
                           diff: diff, variants: variants)
    }

    mutating func relayoutCompare() {
        guard var state = compare else { return }
        let anchor = compareAnchor(state)
        state.rows = CompareRows(comparison: state.comparison, a: corpus.articles[state.comparison.a],
                                 b: corpus.articles[state.comparison.b], paneWidth: comparePaneWidth)
        state.top = row(of: anchor, in: state)
        state.panes[0].top = state.top
        state.panes[1].top = state.top
        compare = state
        scrollCompare(by: 0)
    }

    /// The first paragraph at the top of the left pane, to keep in view across a resize.
    private func compareAnchor(_ state: CompareState) -> Int {
        let top = state.together ? state.top : state.panes[0].top
        for row in state.rows.rows[min(top, max(0, state.rows.count - 1))...] {
            if case .text(let paragraph, _) = row.left { return paragraph }
        }
        return 0
    }

    private func row(of paragraph: Int, in state: CompareState) -> Int {
        state.rows.rows.firstIndex { if case .text(let index, _) = $0.left { return index >= paragraph } else { return false } } ?? 0
    }

    var compareVisibleRows: Int { max(1, contentHeight - 1) }

    mutating func scrollCompare(by lines: Int) {
        guard var state = compare else { return }
        let maximum = max(0, state.rows.count - compareVisibleRows)
        if state.together {
            state.top = max(0, min(maximum, state.top + lines))
            state.panes[0].top = state.top
            state.panes[1].top = state.top
        } else {
            state.panes[state.active].top = max(0, min(maximum, state.panes[state.active].top + lines))
        }
        compare = state
    }

    mutating func handleCompare(_ key: Key) {
        guard var state = compare else { return }
        let page = max(1, compareVisibleRows - 1)
        switch key {
        case .down, .character("j"), .control("n"), .enter: scrollCompare(by: 1)
        case .up, .character("k"), .control("p"): scrollCompare(by: -1)
        case .pageDown, .character(" "), .control("f"): scrollCompare(by: page)
        case .pageUp, .character("b"), .control("b"): scrollCompare(by: -page)
        case .character("d"), .control("d"): scrollCompare(by: page / 2)
        case .character("u"), .control("u"): scrollCompare(by: -page / 2)
        case .home, .character("g"), .character("<"): scrollCompare(by: -Int(Int32.max))
        case .end, .character("G"), .character(">"): scrollCompare(by: Int(Int32.max))
        case .tab, .backTab:
            state.active = 1 - state.active
            compare = state
        case .character("="):
            state.together.toggle()
            if state.together { state.top = state.panes[state.active].top }
            compare = state
            scrollCompare(by: 0)
            message = state.together ? "panes scroll together" : "panes scroll separately (Tab switches)"
        case .character("/"): prompt = Prompt(kind: .search, text: "")
        case .character("n") where !state.panes[state.active].matches.isEmpty: moveToCompareMatch(forward: true)
        case .character("N") where !state.panes[state.active].matches.isEmpty: moveToCompareMatch(forward: false)
        case .character("]"), .character("n"): moveToAlignedGroup(forward: true)
        case .character("["), .character("N"): moveToAlignedGroup(forward: false)
        case .character("r"):
            let pane = state.panes[state.active]
            let top = state.together ? state.top : pane.top
            var offset = 0
            for row in state.rows.rows[min(top, max(0, state.rows.count - 1))...] {
                if case .text(_, let range) = state.active == 0 ? row.left : row.right { offset = range.lowerBound; break }
            }
            jump(to: Location(article: pane.article, offset: offset))
        default: break
        }
    }

    /// `/` in the compare view searches the active pane's article.
    mutating func runCompareSearch(_ pattern: String) {
        guard var state = compare, !pattern.isEmpty else { return }
        let pane = state.panes[state.active]
        state.panes[state.active].matches = TextSearch.matches(of: pattern, in: corpus.articles[pane.article].scalars)
        state.panes[state.active].currentMatch = nil
        compare = state
        if state.panes[state.active].matches.isEmpty { message = "pattern not found: \(pattern)" } else { moveToCompareMatch(forward: true) }
    }

    /// `n` / `N` after a search: the active pane's next or previous match comes a few rows down.
    private mutating func moveToCompareMatch(forward: Bool) {
        guard var state = compare else { return }
        let side = state.active
        let matches = state.panes[side].matches
        guard !matches.isEmpty else { return }
        let rowOf: (TextSpan) -> Int? = { match in
            state.rows.rows.firstIndex { row in
                if case .text(_, let range) = side == 0 ? row.left : row.right { return range.contains(match.start) } else { return false }
            }
        }
        let index: Int
        var wrapped = false
        if let current = state.panes[side].currentMatch {
            index = (current + (forward ? 1 : matches.count - 1)) % matches.count
            wrapped = forward ? index < current : index > current
        } else {
            let top = state.together ? state.top : state.panes[side].top
            index = matches.firstIndex { (rowOf($0) ?? 0) >= top } ?? 0
        }
        state.panes[side].currentMatch = index
        compare = state
        let top = state.together ? state.top : state.panes[side].top
        if let row = rowOf(matches[index]) { scrollCompare(by: max(0, row - 2) - top) }
        message = "match \(index + 1)/\(matches.count)" + (wrapped ? "  ·  search wrapped" : "")
    }

    /// `]` / `[` in the compare view: the next or previous aligned group comes to the top.
    private mutating func moveToAlignedGroup(forward: Bool) {
        guard let state = compare else { return }
        let current = state.together ? state.top : state.panes[state.active].top
        let starts = state.rows.rows.indices.filter { index in
            state.rows.rows[index].aligned && (index == 0 || !state.rows.rows[index - 1].aligned)
        }
        let target = forward ? starts.first { $0 > current } : starts.last { $0 < current }
        guard let target else {
            message = starts.isEmpty ? "no aligned passages" : forward ? "last aligned pair" : "first aligned pair"
            return
        }
        scrollCompare(by: target - current)
        guard let moved = compare.map({ $0.together ? $0.top : $0.panes[$0.active].top }), moved != current else {
            message = "last aligned pair (the view is at its end)"
            return
        }
        let position = starts.lastIndex { $0 <= moved } ?? 0
        message = "pair \(position + 1)/\(starts.count)"
    }
}
