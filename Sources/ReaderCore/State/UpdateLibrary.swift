import ArticleKit

extension ReaderState {
    /// Rows of articles shown under the library's header lines.
    var libraryVisibleRows: Int { max(1, contentHeight - 2) }

    mutating func handleLibrary(_ key: Key) {
        let rows = library.rows(corpus)
        switch key {
        case .down, .character("j"), .control("n"): library.selected += 1
        case .up, .character("k"), .control("p"): library.selected -= 1
        case .pageDown, .character(" "): library.selected += libraryVisibleRows
        case .pageUp, .character("b"): library.selected -= libraryVisibleRows
        case .home, .character("g"): library.selected = 0
        case .end, .character("G"): library.selected = rows.count - 1
        case .character("s"):
            // The selection stays on the article, not on the row number.
            let current = rows.indices.contains(library.selected) ? rows[library.selected] : nil
            library.sort = library.sort == .title ? .date : library.sort == .date ? .file : .title
            if let current, let row = library.rows(corpus).firstIndex(of: current) {
                library.selected = row
                clampLibrary()
            }
            message = "sorted by \(library.sort.rawValue)"
        case .character("/"):
            prompt = Prompt(kind: .filter, text: library.filter)
        case .enter, .right, .character("l"):
            if rows.indices.contains(library.selected) { openArticle(rows[library.selected]) }
        case .character("c"):
            guard rows.indices.contains(library.selected) else { break }
            let article = rows[library.selected]
            if let existing = library.marked.firstIndex(of: article) {
                library.marked.remove(at: existing)
            } else {
                library.marked.append(article)
            }
            if library.marked.count == 2 {
                let pair = library.marked
                library.marked = []
                openCompare(pair[0], pair[1])
            } else {
                message = library.marked.isEmpty ? nil : "marked for comparison — press c on a second article"
            }
        default:
            break
        }
        clampLibrary()
    }

    /// The library as it was left: its sort and the selection on the same article.
    mutating func restoreLibrary(sort: LibraryState.Sort?, selected path: String?) {
        if let sort { library.sort = sort }
        if let path, let article = corpus.articles.firstIndex(where: { $0.path == path }),
           let row = library.rows(corpus).firstIndex(of: article) {
            library.selected = row
        }
        clampLibrary()
    }

    mutating func clampLibrary() {
        let count = library.rows(corpus).count
        library.selected = max(0, min(library.selected, count - 1))
        if library.selected < library.top { library.top = library.selected }
        if library.selected >= library.top + libraryVisibleRows { library.top = library.selected - libraryVisibleRows + 1 }
        library.top = max(0, min(library.top, max(0, count - libraryVisibleRows)))
    }

    /// Opens an article in the reading view at its remembered position.
    public mutating func openArticle(_ index: Int) {
        guard hasTexts([index], orRead: .openArticle(index)) else { return }
        enter(.reading)
        let path = corpus.articles[index].path
        restore(Location(article: index, offset: positions[path] ?? 0))
    }
}
