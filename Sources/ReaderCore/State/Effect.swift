import ArticleKit

/// What the reader asks of the shell: `update` returns these instead of doing them, and the shell
/// answers with the event each names. ReaderCore never reads a file, a clock or a process itself.
public enum Effect: Sendable {
    /// Read and analyse the texts of articles the corpus holds as summaries, for a view that waits for
    /// them (the keys after it wait too); answered by `.textsRead`.
    case readTexts([TextRequest])
    /// The same for the sentences of a cross-reference list, which is shown at once and built again
    /// when they come: nothing waits, and the shell may read them in the background.
    case readSentences([TextRequest])
    /// Find the quotations and actors of articles shown from their text alone; answered by
    /// `.findingsFound`.
    case findFindings([Article])
    /// List the folder of the article painted first; answered by `.libraryListed`.
    case listLibrary
    /// Remember the reading positions and the view for the next start (the reader is quitting).
    case save(SavedState)
}

/// One article whose text the reader needs: its place in the corpus and its summary (path and hash).
public struct TextRequest: Sendable {
    public let index: Int
    public let summary: Article
}

/// The answer to one `TextRequest`: the article read from its file, or nil when it can no longer be
/// read.
public struct TextReply: Sendable {
    public let index: Int
    public let article: Article?

    public init(index: Int, article: Article?) {
        self.index = index
        self.article = article
    }
}
