import Algorithms
/// What the text states about the article itself.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    public var title: String
    public var author: String?
    /// ISO 8601 (`2021-03-24`) when the text states a full date, else nil.
    public var date: String?

    public init(title: String, author: String? = nil, date: String? = nil) {
        self.title = title
        self.author = author
        self.date = date
    }
}

public struct Paragraph: Hashable, Sendable {
    public var span: TextSpan
    /// Indices into `Article.sentences`.
    public var sentences: Range<Int>
}

public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    public var paragraph: Int
    /// Indices into `Article.tokens`.
    public var tokens: Range<Int>
}

/// One analysed article: the clean text a reader sees and everything found in it. Every span counts
/// Unicode scalars of `text`.
public struct Article: Sendable {
    public var fileName: String
    public var path: String
    /// The clean text, held once: as scalars, which every span counts.
    public var scalars: ScalarText
    public var metadata: ArticleMetadata
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var tokens: [Token]
    public var quotes: [Quote] = []
    public var actors: [Actor] = []
    /// Every place an actor is named, in reading order.
    public var mentions: [Mention] = []
    public var warnings: [String]

    /// Word tokens, counted once when the article is analysed (the library shows it on every screen).
    public var wordCount: Int = 0
    /// `ContentHash` of the source text: what the persistent index and a later reload check against.
    public var contentHash: UInt64 = 0
    /// False for a summary of a large library: metadata and findings without the text, tokens and
    /// sentences, which are loaded again when the article is opened (`adoptText`).
    public private(set) var hasText = true
    /// False until quotations, speakers and actors are known (a library row shown before analysis).
    public var hasFindings = true
    /// Quotation and actor counts known before the findings are (from the persistent index).
    public var pendingCounts: (quotes: Int, actors: Int)?

    /// An article known only by what the library row and the corpus indexes need.
    public static func summary(path: String, metadata: ArticleMetadata, wordCount: Int, contentHash: UInt64,
                               quotes: [Quote], actors: [Actor], mentions: [Mention], warnings: [String],
                               hasFindings: Bool) -> Article {
        var article = Article(fileName: ArticleSource.fileName(of: path), path: path, scalars: ScalarText(scalars: []), metadata: metadata,
                              paragraphs: [], sentences: [], tokens: [], quotes: quotes, actors: actors, mentions: mentions,
                              warnings: warnings)
        article.wordCount = wordCount
        article.contentHash = contentHash
        article.hasText = false
        article.hasFindings = hasFindings
        return article
    }

    /// The same article without its text: what a large library keeps for articles not on screen.
    public func withoutText() -> Article {
        var summary = Article.summary(path: path, metadata: metadata, wordCount: wordCount, contentHash: contentHash, quotes: quotes,
                                      actors: actors, mentions: mentions, warnings: warnings, hasFindings: hasFindings)
        summary.fileName = fileName
        return summary
    }

    /// Takes the text, tokens and sentences of `full`, a fresh analysis of the same file, keeping this
    /// article's findings; an article without
    /// findings takes those of `full` if it has them (a text-only analysis leaves them to come later).
    /// False, and nothing changes, when the file is no longer the one analysed.
    public mutating func adoptText(from full: Article) -> Bool {
        guard full.contentHash == contentHash else { return false }
        if hasFindings, full.quotes.count != quotes.count || full.actors.count != actors.count { return false }
        scalars = full.scalars
        paragraphs = full.paragraphs
        sentences = full.sentences
        tokens = full.tokens
        if !hasFindings, full.hasFindings {
            metadata = full.metadata
            wordCount = full.wordCount
            pendingCounts = nil
            quotes = full.quotes
            actors = full.actors
            mentions = full.mentions
            hasFindings = true
        }
        hasText = true
        return true
    }

    public func text(of span: TextSpan) -> String { scalars.string(span) }

    /// The whole clean text, built for output.
    public var text: String { scalars.string(TextSpan(0, scalars.count)) }

    /// The index of the paragraph holding `offset` (the nearest one before it, between paragraphs).
    public func paragraphIndex(containing offset: Int) -> Int? {
        Self.lastStarting(atOrBefore: offset, count: paragraphs.count) { paragraphs[$0].span.start }
    }

    /// The index of the sentence holding `offset` (the nearest one before it, between sentences).
    public func sentenceIndex(containing offset: Int) -> Int? {
        Self.lastStarting(atOrBefore: offset, count: sentences.count) { sentences[$0].span.start }
    }

    /// Of items sorted by start, the last one starting at or before `offset` (the first when none does).
    private static func lastStarting(atOrBefore offset: Int, count: Int, start: (Int) -> Int) -> Int? {
        guard count > 0 else { return nil }
        return max(0, (0..<count).partitioningIndex { start($0) > offset } - 1)
    }
}
