import ArticleFormats
import ArticleKit
import ReaderCore

/// Reads an article's file again and analyses it: the text of an article a large library keeps only
/// as a summary. Nil when the file is gone or unreadable.
public enum ArticleText {
    public static func load(_ article: Article) -> Article? { load(article, depth: .full) }

    /// The clean text without quotations and actors: what the first screen of an unseen article
    /// shows while its full analysis runs after the paint.
    public static func loadWithoutFindings(_ article: Article) -> Article? { load(article, depth: .text) }

    private static func load(_ article: Article, depth: ArticleAnalyzer.Depth) -> Article? {
        guard case .success(let source) = ArticleFile.read(file: article.path) else { return nil }
        return ArticleAnalyzer.analyze(source, depth: depth)
    }

    /// The answer to `.readTexts`: each requested article read with `load`.
    public static func answer(_ requests: [TextRequest], load: (Article) -> Article? = load) -> Event {
        .textsRead(requests.map { TextReply(index: $0.index, article: load($0.summary)) })
    }
}
