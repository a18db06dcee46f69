import ArticleKit

extension ReaderState {
    func renderLibrary(_ screen: inout Screen) {
        let rows = library.rows(corpus)
        var header = "crossread — \(corpus.articles.count) article\(corpus.articles.count == 1 ? "" : "s") — sorted by \(library.sort.rawValue)"
        if !library.filter.isEmpty { header += " — filter “\(library.filter)”" }
        screen.write(header, row: 0, column: 0, role: .title)
        let columns = libraryColumns()
        var x = 0
        for (name, columnWidth, _) in columns where columnWidth > 0 {
            screen.write(name, row: 1, column: x, role: .heading, limit: columnWidth)
            x += columnWidth + 1
        }
        screen.paint(row: 1, role: .heading)
        for (position, articleIndex) in rows.enumerated().dropFirst(library.top).prefix(libraryVisibleRows) {
            let row = 2 + position - library.top
            let article = corpus.articles[articleIndex]
            let selected = position == library.selected
            let role: Role = selected ? .selection : .plain
            if selected { screen.paint(row: row, role: .selection) }
            let values = [
                library.marked.contains(articleIndex) ? "*" : " ", article.metadata.title, article.metadata.author ?? "–",
                article.metadata.date ?? "–", article.hasFindings || article.wordCount > 0 ? String(article.wordCount) : "…",
                article.hasFindings ? String(article.quotes.count) : article.pendingCounts.map { String($0.quotes) } ?? "…",
                article.hasFindings ? String(article.actors.count) : article.pendingCounts.map { String($0.actors) } ?? "…",
            ]
            var column = 0
            for ((_, columnWidth, right), value) in zip(columns, values) where columnWidth > 0 {
                let text = TextColumns.pad(TextColumns.shorten(value, to: columnWidth), to: columnWidth, right: right)
                screen.write(text, row: row, column: column, role: role, limit: columnWidth)
                column += columnWidth + 1
            }
        }
        if rows.isEmpty { screen.write("no article matches the filter", row: 2, column: 0, role: .byline) }
    }

    /// Column names, widths and alignment; the title takes what is left, narrow windows drop columns.
    private func libraryColumns() -> [(String, Int, Bool)] {
        var fixed: [(String, Int, Bool)] = [("AUTHOR", 16, false), ("DATE", 10, false), ("WORDS", 6, true), ("QUOTES", 6, true), ("ACTORS", 6, true)]
        while !fixed.isEmpty, width - 2 - fixed.reduce(0, { $0 + $1.1 + 1 }) < 24 { fixed.removeLast() }
        let titleWidth = max(1, width - 2 - fixed.reduce(0, { $0 + $1.1 + 1 }))
        return [("", 1, false), ("TITLE", titleWidth, false)] + fixed
    }
}
