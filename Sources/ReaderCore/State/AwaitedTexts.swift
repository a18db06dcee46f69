import ArticleKit

/// Texts the reader asked the shell for, and what it does when they arrive.
struct AwaitedTexts: Sendable {
    enum Then: Sendable {
        case openArticle(Int)
        case restore(Location, exact: Bool)
        case openCompare(Int, Int)
        /// The sentences of a cross-reference list: read for the list, not kept in the corpus.
        case passages(String)
    }

    let requests: [TextRequest]
    let then: Then

    /// Whether the keys typed after the request wait for it: not for a list's sentences.
    var holdsKeys: Bool {
        if case .passages = then { return false }
        return true
    }

    /// The request `reply` answers, if it is one of these and the corpus still holds that article there.
    func request(answeredBy reply: TextReply, in corpus: Corpus) -> TextRequest? {
        guard let request = requests.first(where: { $0.index == reply.index }), corpus.articles.indices.contains(reply.index),
              corpus.articles[reply.index].path == request.summary.path else { return nil }
        return request
    }
}

/// A cross-referenced passage of an article: its content and where in it.
struct PassageKey: Hashable, Sendable {
    let contentHash: UInt64
    let span: TextSpan
}
