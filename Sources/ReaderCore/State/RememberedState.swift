import ArticleKit

extension ReaderState {
    /// What the next start resumes from: every reading position, the view (by path), the library's sort
    /// and the article its selection is on.
    public var remembered: SavedState {
        var saved = SavedState(positions: positions)
        switch mode {
        case .reading: saved.view = reading.map { .reading(corpus.articles[$0.article].path) } ?? .library
        case .compare: saved.view = compare.map { .compare(corpus.articles[$0.comparison.a].path, corpus.articles[$0.comparison.b].path) } ?? .library
        case .library: saved.view = .library
        }
        saved.sort = library.sort
        let rows = library.rows(corpus)
        if rows.indices.contains(library.selected) { saved.selected = corpus.articles[rows[library.selected]].path }
        return saved
    }

    /// The library as it was left: its sort and selection, and the article or pair that was open (when
    /// the library still holds it).
    public mutating func resume(_ saved: SavedState) {
        restoreLibrary(sort: saved.sort, selected: saved.selected)
        func index(_ path: String) -> Int? { corpus.articles.firstIndex { $0.path == path } }
        switch saved.view {
        case .reading(let path):
            if let article = index(path) { openArticle(article) }
        case .compare(let a, let b):
            if let first = index(a), let second = index(b) { openCompare(first, second) }
        case .library:
            break
        }
    }
}
