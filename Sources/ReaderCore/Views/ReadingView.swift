import Algorithms
import ArticleKit

extension ReaderState {
    func renderReading(_ screen: inout Screen) {
        guard let state = reading else { return }
        let article = corpus.articles[state.article]
        let scalars = article.scalars.scalars
        let matches = state.search?.matches ?? []
        for row in 0..<contentHeight {
            let lineIndex = state.top + row
            guard lineIndex < state.layout.count else { break }
            switch state.layout.lines[lineIndex] {
            case .blank:
                continue
            case .byline(let text):
                screen.write(text, row: row, column: 0, role: .byline)
            case .text(_, let range):
                var matchIndex = firstMatch(matches, atOrAfter: range.lowerBound)
                screen.writeStyled(count: range.count, row: row, column: 0, limit: width) { index in
                    let offset = range.lowerBound + index
                    var role = state.roles.roles[offset]
                    while matchIndex < matches.count, matches[matchIndex].end <= offset { matchIndex += 1 }
                    if matchIndex < matches.count, matches[matchIndex].contains(offset) { role = .match }
                    if let focus = state.focus, focus.contains(offset) { role = .focus }
                    return (scalars[offset], role, state.roles.shared[offset])
                }
            }
        }
    }

    private func firstMatch(_ matches: [TextSpan], atOrAfter offset: Int) -> Int {
        matches.partitioningIndex { $0.end > offset }
    }

    /// A click focuses the first quotation or actor on the clicked line (with --mouse).
    mutating func click(row: Int) {
        switch mode {
        case .library:
            library.selected = library.top + row - 2
            clampLibrary()
        case .reading:
            guard let state = reading, case .text(_, let range)? = state.layout.lines[safe: state.top + row] else { return }
            let article = corpus.articles[state.article]
            if let quote = article.quotes.first(where: { $0.span.overlaps(TextSpan(range.lowerBound, range.upperBound)) }) {
                focus(quote.span)
            } else if let mention = article.mentions.first(where: { $0.span.overlaps(TextSpan(range.lowerBound, range.upperBound)) }) {
                focus(mention.span)
            }
        case .compare:
            break
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
