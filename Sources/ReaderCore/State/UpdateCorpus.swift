import ArticleKit
import OrderedCollections

extension ReaderState {
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

    /// Whether `key` needs what the reader is still waiting for, so it waits too (and every key after
    /// it), to do what it says when that comes: the texts it asked for; the findings of an article
    /// shown from its text alone, for a jump to a quotation or speaker or a list; the whole library,
    /// for a key that reaches other articles.
    func waits(for key: Key) -> Bool {
        if awaitedTexts?.holdsKeys == true { return true }
        guard prompt == nil, overlay == nil else { return false }
        let readsTheLibrary: Bool
        switch key {
        case .character("}"), .character("{"), .character("s"), .character("a"), .character("x"), .character("t"): readsTheLibrary = true
        default: readsTheLibrary = false
        }
        if awaitsLibrary && readsTheLibrary { return true }
        guard awaitsFindings, mode == .reading, shownArticles.contains(where: { !$0.hasFindings }) else { return false }
        return readsTheLibrary || key == .character("]") || key == .character("[")
    }

    /// Asks for the findings of the articles shown from their text alone, once.
    mutating func askForMissingFindings() {
        guard !awaitsFindings else { return }
        let missing = shownArticles.filter { $0.hasText && !$0.hasFindings }
        guard !missing.isEmpty else { return }
        awaitsFindings = true
        outbox.append(.findFindings(missing))
    }

    /// Takes the findings of an article whose text is shown without them (its full analysis ran after
    /// the first screen): the same file with the same content gets its quotations and actors, and the
    /// view is drawn again in place. Anything else, or an article that has its findings, is left alone.
    mutating func adoptFindings(_ analysed: Article) {
        guard analysed.hasFindings, let index = sameArticle(analysed, in: corpus), !corpus.articles[index].hasFindings else { return }
        var next = corpus
        guard next.adoptText(of: index, from: analysed) else { return }
        textsReadOnDemand.append(index)
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
    mutating func replaceLibrary(_ library: Corpus) {
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
        // Indices move: a request made on the old corpus is answered by nothing it could still use.
        awaitedTexts = nil
        passageSentences = [:]
        corpus = next
        textsReadOnDemand = OrderedSet(textsReadOnDemand.compactMap { moved[$0] }.filter { corpus.articles[$0].hasText })
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
    mutating func replaceCorpus(_ newCorpus: Corpus) {
        var next = newCorpus
        for index in next.articles.indices where index < corpus.articles.count && corpus.articles[index].hasText && !next.articles[index].hasText {
            if !next.adoptText(of: index, from: corpus.articles[index]) { textsReadOnDemand.remove(index) }
        }
        textsReadOnDemand.removeAll { !next.articles.indices.contains($0) || !next.articles[$0].hasText }
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
    mutating func rebuildList() {
        guard case .list(let old)? = overlay, let source = old.source else { return }
        switch source {
        case .speakers: showSpeakers()
        case .actors: showActors()
        case .threads: showThreads()
        case .crossReferences(let name): showCrossReferences(name, readsTexts: false)
        }
        guard case .list(var list)? = overlay else { return }
        list.selected = min(old.selected, max(0, list.rows.count - 1))
        list.top = min(old.top, list.selected)
        overlay = .list(list)
    }
}

extension ReaderState {
    /// The reader was started on one article (or a pair) alone: asks the shell to list its folder, and
    /// keys that reach other articles wait until `.libraryListed` brings it.
    public mutating func listLibraryLater() {
        awaitsLibrary = true
        outbox.append(.listLibrary)
    }

    /// Whether keys are waiting for an answer from the shell (which then looks for it sooner).
    public var hasWaitingKeys: Bool { !deferredKeys.isEmpty }
}
