import ArticleKit

extension ReaderState {
    /// Whether the corpus holds the texts of `indices`. When the library keeps only summaries of some,
    /// asks the shell for them (`.readTexts`) and remembers `then`, which runs when `.textsRead`
    /// brings them; a large library keeps a few such texts, dropping the least recently used.
    mutating func hasTexts(_ indices: [Int], orRead then: AwaitedTexts.Then) -> Bool {
        guard indices.allSatisfy(corpus.articles.indices.contains) else { return false }
        for index in indices where corpus.articles[index].hasText {
            if textsReadOnDemand.remove(index) != nil { textsReadOnDemand.append(index) }
        }
        let missing = indices.filter { !corpus.articles[$0].hasText }
        guard !missing.isEmpty else { return true }
        request(missing, then: then)
        return false
    }

    private mutating func request(_ indices: [Int], then: AwaitedTexts.Then) {
        let requests = indices.map { TextRequest(index: $0, summary: corpus.articles[$0]) }
        awaitedTexts = AwaitedTexts(requests: requests, then: then)
        if case .passages = then { outbox.append(.readSentences(requests)) } else { outbox.append(.readTexts(requests)) }
    }

    /// `.textsRead`: adopts the texts (or says why an article cannot be shown) and does what waited
    /// for them. A reply that answers nothing awaited (an older request's, or for an article the corpus
    /// no longer holds there) is dropped, and the request still waits for its own.
    mutating func takeTexts(_ replies: [TextReply]) {
        guard let awaited = awaitedTexts, replies.contains(where: { awaited.request(answeredBy: $0, in: corpus) != nil }) else { return }
        awaitedTexts = nil
        if case .passages(let name) = awaited.then {
            takePassageSentences(replies, awaited, name)
            return
        }
        for reply in replies {
            guard let request = awaited.request(answeredBy: reply, in: corpus) else { continue }
            let name = request.summary.fileName
            guard let full = reply.article else {
                message = "\(name) can no longer be read; it was moved or removed"
                return
            }
            guard corpus.adoptText(of: request.index, from: full) else {
                message = "\(name) changed since the library was analysed; reopen the library to read it"
                return
            }
            textsReadOnDemand.remove(request.index)
            textsReadOnDemand.append(request.index)
            dropOldTexts(keeping: awaited.requests.map(\.index))
        }
        guard awaited.requests.allSatisfy({ corpus.articles.indices.contains($0.index) && corpus.articles[$0.index].hasText }) else { return }
        switch awaited.then {
        case .openArticle(let index): openArticle(index)
        case .restore(let location, let exact): restore(location, exact: exact)
        case .openCompare(let a, let b): openCompare(a, b)
        case .passages: break
        }
    }

    private mutating func dropOldTexts(keeping wanted: [Int]) {
        let showing = Set([reading?.article, compare?.comparison.a, compare?.comparison.b].compactMap { $0 } + wanted)
        while textsReadOnDemand.count > Self.loadedTextLimit, let oldest = textsReadOnDemand.first(where: { !showing.contains($0) }) {
            textsReadOnDemand.remove(oldest)
            corpus.dropText(of: oldest)
        }
    }

    /// Asks for the texts of the articles a cross-reference list shows only as summaries, up to a
    /// limit per list (each costs the shell a file read and an analysis); past it, and until they
    /// come, the passage's own words stand in for its sentence.
    mutating func readPassageTexts(_ references: [CrossReference], for name: String) {
        var wanted: [Int] = []
        for reference in references where !corpus.articles[reference.article].hasText && !wanted.contains(reference.article) {
            guard wanted.count < PassageContext.readLimit else { break }
            wanted.append(reference.article)
        }
        if !wanted.isEmpty { request(wanted, then: .passages(name)) }
    }

    /// The sentences of the list's passages in the texts that came, kept for the list (the texts are
    /// not), and the list built again with them.
    private mutating func takePassageSentences(_ replies: [TextReply], _ awaited: AwaitedTexts, _ name: String) {
        guard let found = corpus.crossReferences(for: name) else { return }
        for reply in replies {
            guard let request = awaited.request(answeredBy: reply, in: corpus), let full = reply.article,
                  full.contentHash == request.summary.contentHash else { continue }
            for reference in found.references where reference.article == request.index {
                guard let sentence = full.sentenceIndex(containing: reference.span.start) else { continue }
                passageSentences[PassageKey(contentHash: full.contentHash, span: reference.span)] =
                    PassageContext.excerpt(full, sentence: full.sentences[sentence].span, match: reference.span)
            }
        }
        rebuildList()
    }
}
