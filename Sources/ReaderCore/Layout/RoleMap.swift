import ArticleKit

/// The semantic role of every scalar of an article's clean text, and which scalars name something
/// other articles share. Later layers win: quotations, then actor kinds, then the speaker's mention.
public struct RoleMap: Sendable {
    public private(set) var roles: [Role]
    public private(set) var shared: [Bool]

    /// With `sharedWith`, only actors that article also names are marked (the compare view);
    /// otherwise actors named by any other article of the corpus.
    public init(article: Article, corpus: Corpus?, articleIndex: Int?, sharedWith other: Int? = nil) {
        let count = article.scalars.count
        roles = [Role](repeating: .plain, count: count)
        shared = [Bool](repeating: false, count: count)
        if let title = article.paragraphs.first { fill(title.span, .title) }
        for quote in article.quotes { fill(quote.span, quote.kind == .speech ? .speech : .term) }
        var sharedActors = Set<Int>()
        if let corpus, let articleIndex {
            for (index, _) in article.actors.enumerated() {
                let corpusActor = corpus.corpusActor[articleIndex][index]
                let articles = Set(corpus.actors[corpusActor].members.map(\.article))
                if let other, articles.contains(other) { sharedActors.insert(index) }
                if other == nil, articles.count > 1 { sharedActors.insert(index) }
            }
        }
        for mention in article.mentions {
            let role: Role
            switch article.actors[mention.actor].kind {
            case .person: role = .person
            case .organization: role = .organization
            case .place: role = .place
            }
            fill(mention.span, role)
            if sharedActors.contains(mention.actor) { mark(mention.span) }
        }
        for quote in article.quotes { if let span = quote.speakerSpan { fill(span, .speaker) } }
    }

    /// Underlines passages of phrase threads (shared phrases).
    public mutating func markShared(_ spans: [TextSpan]) { for span in spans { mark(span) } }

    private mutating func fill(_ span: TextSpan, _ role: Role) {
        let upper = min(span.end, roles.count)
        guard span.start < upper else { return }
        for offset in span.start..<upper { roles[offset] = role }
    }

    private mutating func mark(_ span: TextSpan) {
        let upper = min(span.end, shared.count)
        guard span.start < upper else { return }
        for offset in span.start..<upper { shared[offset] = true }
    }
}
