import ArticleKit

/// The start screen: one row per article, sortable, filterable, with up to two marked for comparison.
public struct LibraryState: Sendable {
    public enum Sort: String, Sendable { case title, date, file }

    public var sort: Sort = .title
    public var filter = ""
    public var selected = 0
    public var top = 0
    public var marked: [Int] = []

    /// Article indices in display order.
    public func rows(_ corpus: Corpus) -> [Int] {
        let needle = filter.lowercased()
        let visible = corpus.articles.indices.filter { index in
            guard !needle.isEmpty else { return true }
            let article = corpus.articles[index]
            return [article.metadata.title, article.metadata.author ?? "", article.fileName].contains { $0.lowercased().contains(needle) }
        }
        return visible.sorted { left, right in
            let a = corpus.articles[left].metadata, b = corpus.articles[right].metadata
            switch sort {
            case .title: return (a.title.lowercased(), left) < (b.title.lowercased(), right)
            case .date: return (a.date ?? "", left) > (b.date ?? "", right)
            case .file: return (corpus.articles[left].fileName, left) < (corpus.articles[right].fileName, right)
            }
        }
    }
}
