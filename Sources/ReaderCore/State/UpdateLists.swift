import ArticleKit

extension ReaderState {
    /// `s`: every speaker in the library with their role and quotation count; Enter goes to the first.
    mutating func showSpeakers() {
        let speakers = corpus.quotesBySpeaker.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        let rows = speakers.map { name, quotes -> ListOverlay.Row in
            let role = corpus.corpusActorIndex(named: name).flatMap { corpus.actors[$0].roles.first } ?? ""
            let first = quotes[0]
            let span = corpus.articles[first.article].quotes[first.quote].span
            let articles = Set(quotes.map(\.article)).count
            return ListOverlay.Row(text: name + (role.isEmpty ? "" : " — " + role),
                                   detail: "\(quotes.count) quote\(quotes.count == 1 ? "" : "s")\(articles > 1 ? " in \(articles) articles" : "")",
                                   action: .jump(Location(article: first.article, offset: span.start, focus: span)))
        }
        // The list opens at the speaker of the quotation the reader is on.
        let current = currentQuote().flatMap { corpus.speaker(article: $0.article, quote: $0.index) }
        overlay = .list(opened(ListOverlay(title: "Speakers (\(rows.count))", rows: rows, source: .speakers),
                               at: current.flatMap { name in speakers.firstIndex { $0.key == name } }))
    }

    /// The list with `row` selected and in view.
    private func opened(_ list: ListOverlay, at row: Int?) -> ListOverlay {
        var list = list
        guard let row, list.rows.indices.contains(row) else { return list }
        let visible = max(1, contentHeight - 4)
        list.selected = row
        list.top = max(0, row - visible / 2)
        return list
    }

    /// `a`: the actors of this article; Enter goes to the first mention.
    mutating func showActors() {
        guard let state = reading else { return }
        let article = corpus.articles[state.article]
        let rows = article.actors.indices.sorted { article.actors[$0].mentions.count > article.actors[$1].mentions.count }.map { index in
            let actor = article.actors[index]
            let corpusIndex = corpus.corpusActor[state.article][index]
            let articles = Set(corpus.actors[corpusIndex].members.map(\.article)).count
            let span = article.mentions[actor.mentions[0]].span
            return ListOverlay.Row(text: corpus.actors[corpusIndex].name + " (\(actor.kind.rawValue))",
                                   detail: "\(actor.mentions.count)×" + (articles > 1 ? ", in \(articles) articles" : ""),
                                   action: .jump(Location(article: state.article, offset: span.start, focus: span)))
        }
        // The list opens at the focused actor, if one is.
        let order = article.actors.indices.sorted { article.actors[$0].mentions.count > article.actors[$1].mentions.count }
        let focused = state.focus.flatMap { focus in article.mentions.first { $0.span == focus }?.actor }
        overlay = .list(opened(ListOverlay(title: "Actors in this article (\(rows.count))", rows: rows, source: .actors),
                               at: focused.flatMap { order.firstIndex(of: $0) }))
    }

    /// `x`: every passage in the library for the actor or phrase at the cursor (the focused mention,
    /// the focused quotation's speaker, the search pattern, or the first actor on screen). Built again
    /// (`readsTexts` false) when the sentences of summarised articles or the finished analysis arrive.
    mutating func showCrossReferences(_ explicit: String?, readsTexts: Bool = true) {
        guard let name = explicit ?? subjectAtCursor() else {
            message = "nothing at the cursor to cross-reference: focus a quote (]) or an actor (a)"
            return
        }
        guard let found = corpus.crossReferences(for: name) else {
            message = "no cross-references for \(name)"
            return
        }
        // A sentence that names the actor twice is one passage.
        var seen = Set<[Int]>()
        let references = found.references.filter { seen.insert([$0.article, $0.sentence.start, $0.sentence.end]).inserted }
        if readsTexts {
            passageSentences = [:]
            readPassageTexts(references, for: name)
        }
        let rows = references.map { reference -> ListOverlay.Row in
            let article = corpus.articles[reference.article]
            return ListOverlay.Row(text: TextColumns.shorten(article.metadata.title, to: 36) + "  ¶\(reference.paragraph + 1)",
                                   detail: PassageContext.sentence(of: reference, in: article, read: passageSentences),
                                   action: .jump(Location(article: reference.article, offset: reference.span.start, focus: reference.span)))
        }
        let articles = Set(references.map(\.article)).count
        overlay = .list(ListOverlay(title: "\(found.name): \(plural(rows.count, "passage")) in \(plural(articles, "article"))", rows: rows,
                                     source: .crossReferences(name)))
    }

    /// `t`: the cross-reference threads of the library; Enter lists a thread's passages.
    mutating func showThreads() {
        let threads = corpus.actorThreads().prefix(40) + corpus.phraseThreads().prefix(40)
        let rows = threads.map { thread in
            ListOverlay.Row(text: thread.name + (thread.kind == .phrase ? " (phrase)" : ""),
                            detail: "\(thread.articles.count) articles, \(thread.passages.count) passages",
                            action: .crossReferences(thread.name))
        }
        overlay = .list(ListOverlay(title: "Threads across the library (\(rows.count))", rows: rows, source: .threads))
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    func subjectAtCursor() -> String? { focusedSubject()?.name }

    /// What `x` acts on and the status line names: the focused actor, search match or quotation's
    /// speaker; with nothing focused on screen, the named speaker of the first quotation on screen
    /// (a descriptor such as "an official" has nothing to cross-reference), else the first actor on screen.
    func focusedSubject() -> (label: String, name: String)? {
        guard let state = reading else { return nil }
        let article = corpus.articles[state.article]
        if let focus = state.focus {
            if let mention = article.mentions.first(where: { $0.span == focus }) {
                return ("actor", corpus.canonicalName(article: state.article, actor: mention.actor))
            }
            if let search = state.search, search.matches.contains(focus) { return ("match", search.pattern) }
            if let quote = article.quotes.firstIndex(where: { $0.span.overlaps(focus) }),
               let speaker = corpus.speaker(article: state.article, quote: quote) { return ("speaker", speaker) }
            if let mention = article.mentions.first(where: { $0.span.overlaps(focus) }) {
                return ("actor", corpus.canonicalName(article: state.article, actor: mention.actor))
            }
        }
        if let (index, quote) = currentQuote(), corpus.articles[index].quotes[quote].speakerActor != nil,
           let speaker = corpus.speaker(article: index, quote: quote) { return ("speaker", speaker) }
        let visible = visibleOffsets(state)
        if let mention = article.mentions.first(where: { visible.contains($0.span.start) }) {
            return ("actor", corpus.canonicalName(article: state.article, actor: mention.actor))
        }
        return nil
    }
}

/// The sentence around a cross-referenced passage: from the article's text, from the sentences read
/// for the list when the library holds only its summary, else the passage's own words.
enum PassageContext {
    /// How many summarised articles one list reads for its sentences.
    static let readLimit = 40

    static func sentence(of reference: CrossReference, in article: Article, read: [PassageKey: String]) -> String {
        if article.hasText { return excerpt(article, sentence: reference.sentence, match: reference.span) }
        if let sentence = read[PassageKey(contentHash: article.contentHash, span: reference.span)] { return sentence }
        return article.mentions.first { $0.span == reference.span }.map { "… «\($0.surface)» …" } ?? "…"
    }

    /// Characters of context kept before the match when a sentence is too long to show whole.
    static let contextBefore = 30
    static let longest = 96

    /// The sentence with the match marked «…», cut around the match (with ellipses) when long, so
    /// the match is always in view.
    static func excerpt(_ article: Article, sentence: TextSpan, match: TextSpan) -> String {
        let start = max(sentence.start, min(match.start, sentence.end))
        let end = max(start, min(match.end, sentence.end))
        var from = sentence.start, to = sentence.end
        if to - from > longest {
            from = max(sentence.start, start - contextBefore)
            to = min(sentence.end, from + longest)
        }
        let before = article.text(of: TextSpan(from, start)), matched = article.text(of: TextSpan(start, end))
        let after = article.text(of: TextSpan(end, max(end, to)))
        return (from > sentence.start ? "…" : "") + before + "«" + matched + "»" + after + (to < sentence.end ? "…" : "")
    }
}
