import ArticleFormats
import ArticleKit

/// Reads an article's file again and analyses it: the text of an article a large library keeps only
/// as a summary. Nil when the file is gone or unreadable.
public enum ArticleText {
    public static func load(_ article: Article) -> Article? {
        guard case .success(let source) = ArticleFile.read(file: article.path) else { return nil }
        return ArticleAnalyzer.analyze(source, depth: .full)
    }
}
