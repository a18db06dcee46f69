import ArticleKit

extension ReaderState {
    /// Makes sure the corpus holds the text of `index`, loading it when the library keeps only a
    /// summary; a large library keeps a few such texts, dropping the least recently used. False, with a
    /// message, when the file is gone or changed since the library was analysed.
    mutating func ensureText(_ index: Int) -> Bool {
        guard corpus.articles.indices.contains(index) else { return false }
        if corpus.articles[index].hasText {
            if let position = textLoaded.firstIndex(of: index) { textLoaded.append(textLoaded.remove(at: position)) }
            return true
        }
        let summary = corpus.articles[index]
        guard let full = loadText(summary) else {
            message = "\(summary.fileName) can no longer be read; it was moved or removed"
            return false
        }
        guard corpus.adoptText(of: index, from: full) else {
            message = "\(summary.fileName) changed since the library was analysed; reopen the library to read it"
            return false
        }
        textLoaded.append(index)
        dropOldTexts()
        return true
    }

    private mutating func dropOldTexts() {
        let showing = Set([reading?.article, compare?.comparison.a, compare?.comparison.b].compactMap { $0 })
        while textLoaded.count > Self.loadedTextLimit, let oldest = textLoaded.first(where: { !showing.contains($0) }) {
            textLoaded.removeAll { $0 == oldest }
            corpus.dropText(of: oldest)
        }
    }

    /// Takes the corpus of a finished background analysis (same articles, same order), keeping texts
    /// loaded so far and redrawing the view on it.
    public mutating func replaceCorpus(_ newCorpus: Corpus) {
        var next = newCorpus
        for index in next.articles.indices where index < corpus.articles.count && corpus.articles[index].hasText && !next.articles[index].hasText {
            if !next.adoptText(of: index, from: corpus.articles[index]) { textLoaded.removeAll { $0 == index } }
        }
        textLoaded.removeAll { !next.articles.indices.contains($0) || !next.articles[$0].hasText }
        corpus = next
        if let current = reading {
            reading = nil
            restore(Location(article: current.article, offset: current.anchor, focus: current.focus), exact: true)
            reading?.search = current.search
        }
        if let current = compare, mode == .compare {
            let panes = current.panes
            openCompareState(current.comparison.a, current.comparison.b)
            compare?.panes[0].top = panes[0].top
            compare?.panes[1].top = panes[1].top
        }
        clampLibrary()
        rebuildList()
    }

    /// A list opened while the analysis ran is built again on the finished corpus, keeping its place.
    private mutating func rebuildList() {
        guard case .list(let old)? = overlay, let source = old.source else { return }
        switch source {
        case .speakers: showSpeakers()
        case .actors: showActors()
        case .threads: showThreads()
        case .crossReferences(let name): showCrossReferences(name)
        }
        guard case .list(var list)? = overlay else { return }
        list.selected = min(old.selected, max(0, list.rows.count - 1))
        list.top = min(old.top, list.selected)
        overlay = .list(list)
    }
}
