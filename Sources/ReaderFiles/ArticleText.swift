import ArticleFormats
import ArticleKit
import ReaderCore

/// Reads an article's file again and analyses it: the text of an article a large library keeps only
/// as a summary. Nil when the file is gone or unreadable. The shell hands it to `ReaderState.loadText`.
public enum ArticleText {
    public static func load(_ article: Article) -> Article? {
        guard case .success(let source) = ArticleFile.read(file: article.path) else { return nil }
        return ArticleAnalyzer.analyze(source, depth: .full)
    }
}
