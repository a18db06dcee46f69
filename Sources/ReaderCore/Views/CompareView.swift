import ArticleKit

extension ReaderState {
    func renderCompare(_ screen: inout Screen) {
        guard let state = compare else { return }
        let paneWidth = comparePaneWidth
        let rightStart = paneWidth + 3
        for side in 0...1 {
            let article = corpus.articles[state.panes[side].article]
            let marker = state.active == side ? "▶ " : "  "
            screen.write(marker + (side == 0 ? "A " : "B ") + article.metadata.title, row: 0, column: side == 0 ? 0 : rightStart - 1,
                         role: state.active == side ? .overlayTitle : .title, limit: paneWidth + 1)
        }
        screen.write("│", row: 0, column: paneWidth + 1, role: .border)
        for row in 1..<contentHeight {
            screen.write("│", row: row, column: paneWidth + 1, role: .border)
            for side in 0...1 {
                let pane = state.panes[side]
                let top = state.together ? state.top : pane.top
                guard let line = state.rows.rows[safe: top + row - 1] else { continue }
                guard case .text(_, let range) = side == 0 ? line.left : line.right else { continue }
                let article = corpus.articles[pane.article]
                let scalars = article.scalars.scalars
                let column = side == 0 ? 1 : rightStart
                if let variant = pane.variants.first(where: { range.contains($0.span.start) }) {
                    screen.write(variant.similarity >= 0.995 ? "=" : "≈", row: row, column: column - 1, role: .gutter)
                }
                screen.writeStyled(count: range.count, row: row, column: column, limit: paneWidth) { index in
                    let offset = range.lowerBound + index
                    var role = pane.roles.roles[offset]
                    if line.aligned, let diff = pane.diff[offset], role == .plain || role == .speech || role == .term { role = diff }
                    if pane.variants.contains(where: { $0.span.contains(offset) }), role == .speech { role = .variant }
                    if let current = pane.currentMatch, pane.matches[current].contains(offset) { role = .match }
                    return (scalars[offset], role, pane.roles.shared[offset])
                }
            }
        }
    }

    /// The similarity of the first quotation variant on screen.
    func firstVisibleVariant(_ state: CompareState) -> Double? {
        for row in 0..<max(0, contentHeight - 1) {
            guard let line = state.rows.rows[safe: (state.together ? state.top : state.panes[0].top) + row],
                  case .text(_, let range) = line.left else { continue }
            if let variant = state.panes[0].variants.first(where: { range.contains($0.span.start) }) { return variant.similarity }
        }
        return nil
    }
}
