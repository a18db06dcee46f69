import ArticleKit

/// The start screen: one row per article, sortable, filterable, with up to two marked for comparison.
public struct LibraryState: Sendable {
    public enum Sort: String, Sendable { case title, date, file }

    public var sort: Sort = .title
    public var filter = ""
    public var selected = 0
    public var top = 0
    public var marked: [Int] = []
    private let cache = RowCache()

    /// Article indices in display order; computed once per sort, filter and corpus (every key and
    /// every frame asks, and a large library has ten thousand rows).
    public func rows(_ corpus: Corpus) -> [Int] {
        let key = RowCache.Key(sort: sort, filter: filter, corpus: corpus.identity)
        if let rows = cache.rows, cache.key == key { return rows }
        let rows = Self.computeRows(corpus, sort: sort, filter: filter)
        cache.key = key
        cache.rows = rows
        return rows
    }

    private static func computeRows(_ corpus: Corpus, sort: Sort, filter: String) -> [Int] {
        let needle = filter.lowercased()
        let visible = corpus.articles.indices.filter { index in
            guard !needle.isEmpty else { return true }
            let article = corpus.articles[index]
            return [article.metadata.title, article.metadata.author ?? "", article.fileName].contains { $0.lowercased().contains(needle) }
        }
        switch sort {
        case .title:
            let keys = visible.map { corpus.articles[$0].metadata.title.lowercased() }
            return visible.indices.sorted { (keys[$0], visible[$0]) < (keys[$1], visible[$1]) }.map { visible[$0] }
        case .date:
            // Newest first; undated articles last, in title order.
            let dates = visible.map { corpus.articles[$0].metadata.date }
            let titles = visible.map { corpus.articles[$0].metadata.title.lowercased() }
            return visible.indices.sorted { a, b in
                switch (dates[a], dates[b]) {
                case let (x?, y?) where x != y: return x > y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return (titles[a], visible[a]) < (titles[b], visible[b])
                }
            }.map { visible[$0] }
        case .file:
            return visible.sorted { (corpus.articles[$0].fileName, $0) < (corpus.articles[$1].fileName, $1) }
        }
    }

    /// Shared by copies of the state; the key makes a stale entry harmless.
    private final class RowCache: @unchecked Sendable {
        struct Key: Equatable {
            var sort: Sort
            var filter: String
            var corpus: Int
        }

        var key: Key?
        var rows: [Int]?
    }
}
