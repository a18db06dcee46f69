import ArticleKit
import ReaderCore

/// The readable form of `list`: aligned columns, titles shortened to fit.
enum ArticleTable {
    static func render(_ articles: [Article]) -> String {
        var rows: [[String]] = [["TITLE", "AUTHOR", "DATE", "WORDS", "QUOTES", "ACTORS", "FILE"]]
        for article in articles {
            rows.append([
                TextColumns.shorten(article.metadata.title, to: 48), article.metadata.author ?? "-",
                article.metadata.date ?? "-", String(article.wordCount), String(article.quotes.count),
                String(article.actors.count), article.fileName,
            ])
        }
        return TextColumns.table(rows, rightAligned: [3, 4, 5])
    }
}
