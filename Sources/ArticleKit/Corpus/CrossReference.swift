/// One passage that names an actor or uses a phrase, with the sentence around it.
public struct CrossReference: Sendable, Hashable {
    public var article: Int
    public var span: TextSpan
    public var paragraph: Int
    public var sentence: TextSpan
}

extension Corpus {
    /// Every passage in the corpus for `query`: an actor named by its canonical name or any alias
    /// ("Whitfield" → Dana Whitfield), else a phrase matched with its inflections ("lead from behind" also
    /// finds "leading from behind"). Nil when neither is found.
    public func crossReferences(for query: String) -> (name: String, kind: Thread.Kind, references: [CrossReference])? {
        if let actorIndex = corpusActorIndex(named: query) {
            let actor = actors[actorIndex]
            let references = actor.members.flatMap { member in
                articles[member.article].actors[member.actor].mentions.map {
                    let mention = articles[member.article].mentions[$0]
                    return reference(article: member.article, span: mention.span, paragraph: mention.paragraph)
                }
            }.sorted { ($0.article, $0.span) < ($1.article, $1.span) }
            return (actor.name, .actor, references)
        }
        let stems = query.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Stemmer.stem(String($0)) }
        let occurrences = PhraseIndex.occurrences(of: stems, in: articles)
        guard !occurrences.isEmpty else { return nil }
        return (query, .phrase, occurrences.map { reference(article: $0.article, span: $0.span) })
    }

    /// A text-less article (see `Article.hasText`) gives the passage's own span as its sentence.
    private func reference(article index: Int, span: TextSpan, paragraph: Int? = nil) -> CrossReference {
        let article = articles[index]
        let sentence = article.sentenceIndex(containing: span.start).map { article.sentences[$0].span } ?? span
        return CrossReference(article: index, span: span, paragraph: paragraph ?? article.paragraphIndex(containing: span.start) ?? 0,
                              sentence: sentence)
    }
}
