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

    /// The articles on screen: the one being read, or the two compared.
    public var shownArticles: [Article] {
        let shown: [Int]
        switch mode {
        case .library: shown = []
        case .reading: shown = reading.map { [$0.article] } ?? []
        case .compare: shown = compare.map { [$0.comparison.a, $0.comparison.b] } ?? []
        }
        return shown.filter(corpus.articles.indices.contains).map { corpus.articles[$0] }
    }

    /// Whether `event` reads the findings of an article shown without them (a jump to a quotation or
    /// speaker, or a list of speakers, actors, threads or cross-references): the shell lets the
    /// article's analysis finish before applying it, so the key does what it says.
    public func waitsForFindings(_ event: Event) -> Bool {
        guard mode == .reading, prompt == nil, overlay == nil, shownArticles.contains(where: { !$0.hasFindings }) else { return false }
        return readsTheLibrary(event) || event == .key(.character("]")) || event == .key(.character("["))
    }

    /// Whether `event` reaches other articles of the library (a jump to the same speaker, a list of
    /// speakers, actors, threads or cross-references): a reader that painted one article before its
    /// folder was listed lets the listing finish before applying it.
    public func readsTheLibrary(_ event: Event) -> Bool {
        guard case .key(let key) = event, prompt == nil, overlay == nil else { return false }
        switch key {
        case .character("}"), .character("{"), .character("s"), .character("a"), .character("x"), .character("t"): return true
        default: return false
        }
    }

    /// Takes the findings of an article whose text is shown without them (its full analysis ran after
    /// the first screen): the same file with the same content gets its quotations and actors, and the
    /// view is drawn again in place. Anything else, or an article that has its findings, is left alone.
    public mutating func adoptFindings(_ analysed: Article) {
        guard analysed.hasFindings, let index = sameArticle(analysed, in: corpus), !corpus.articles[index].hasFindings else { return }
        var next = corpus
        guard next.adoptText(of: index, from: analysed) else { return }
        if !textLoaded.contains(index) { textLoaded.append(index) }
        replaceCorpus(next)
    }

    /// The article of `library` that is `article` of the current corpus: the same content under the
    /// same file name (the path may be written otherwise, `x.txt` against `./x.txt`).
    func sameArticle(_ article: Article, in library: Corpus) -> Int? {
        let name = ArticleSource.fileName(of: article.path)
        return library.articles.firstIndex { $0.contentHash == article.contentHash && ArticleSource.fileName(of: $0.path) == name }
            ?? library.articles.firstIndex { $0.path == article.path }
    }

    /// Takes the whole library when the reader started on one file (or a pair) alone, painted before
    /// its folder was listed: the shown articles keep their text, findings and place under their
    /// indices in `library`, and jumps and lists then reach the whole folder.
    public mutating func replaceLibrary(_ library: Corpus) {
        var next = library
        var moved: [Int: Int] = [:]
        for old in corpus.articles.indices {
            guard let new = sameArticle(corpus.articles[old], in: next) else { continue }
            moved[old] = new
            if corpus.articles[old].hasText, !next.articles[new].hasText { _ = next.adoptText(of: new, from: corpus.articles[old]) }
            if let position = positions.removeValue(forKey: corpus.articles[old].path) { positions[next.articles[new].path] = position }
        }
        let current = reading
        let compared = compare
        corpus = next
        textLoaded = textLoaded.compactMap { moved[$0] }.filter { corpus.articles[$0].hasText }
        jumpList = jumpList.compactMap { location in moved[location.article].map { Location(article: $0, offset: location.offset, focus: location.focus) } }
        sharedPhrases = [:]
        if let current, let article = moved[current.article] {
            reading = nil
            restore(Location(article: article, offset: current.anchor, focus: current.focus), exact: true)
            reading?.search = current.search
        }
        if let compared, let a = moved[compared.comparison.a], let b = moved[compared.comparison.b] {
            openCompareState(a, b)
            compare?.panes[0].top = compared.panes[0].top
            compare?.panes[1].top = compared.panes[1].top
        }
        clampLibrary()
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
