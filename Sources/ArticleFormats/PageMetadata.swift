import ArticleKit
import Foundation

/// Title, author and date as a news page declares them: JSON-LD (`NewsArticle`, `Article`,
/// `BlogPosting`…), Open Graph and `article:` meta properties, `meta[name=author]`, `<time
/// datetime>`, and as a last resort the first `<h1>` and the `<title>` without its site suffix.
struct PageMetadata: Equatable {
    var title: String?
    var author: String?
    var date: String?

    static func of(_ root: HTMLElement) -> PageMetadata {
        let elements = root.descendants()
        var meta: [String: String] = [:]
        for element in elements where element.name == "meta" {
            guard let key = (element["property"] ?? element["name"] ?? element["itemprop"])?.lowercased(),
                  let content = element["content"].map(HTMLText.collapse), !content.isEmpty, meta[key] == nil else { continue }
            meta[key] = content
        }
        let linked = elements.filter { $0.name == "script" && $0["type"]?.lowercased() == "application/ld+json" }
            .compactMap { LinkedData.article(in: $0.rawText) }.first
        var result = PageMetadata()
        result.title = linked?.headline ?? meta["og:title"] ?? meta["twitter:title"]
            ?? elements.first { $0.name == "h1" }.map(\.text).flatMap(nonEmpty)
            ?? elements.first { $0.name == "title" }.map { withoutSiteName($0.text) }.flatMap(nonEmpty)
        result.author = linked?.author ?? meta["author"].flatMap(personName) ?? meta["article:author"].flatMap(personName)
            ?? meta["parsely-author"] ?? meta["sailthru.author"] ?? bylineElement(elements)
        let published = linked?.datePublished ?? meta["article:published_time"] ?? meta["datepublished"] ?? meta["date"]
            ?? meta["pubdate"] ?? meta["parsely-pub-date"] ?? elements.first { $0.name == "time" && $0["datetime"] != nil }?["datetime"]
        result.date = published.flatMap { DateParser.isoDate($0.trimmingCharacters(in: .whitespaces)) } ?? dateElement(elements)
        return result
    }

    /// "Harbour strike enters second week | The Coastal Times" → the longest part around a site separator.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " — ", " – ", " - ", " :: ", " · "] where title.contains(separator) {
            return title.components(separatedBy: separator).max { $0.count < $1.count }!.trimmingCharacters(in: .whitespaces)
        }
        return title
    }

    /// `<span class="byline">By <a rel="author">Ana Reyes</a></span>`, `itemprop="author"`.
    private static func bylineElement(_ elements: [HTMLElement]) -> String? {
        let byline = elements.first { element in
            element["rel"]?.lowercased() == "author" || element["itemprop"]?.lowercased() == "author"
                || MainContent.classWords(element).contains { $0 == "byline" || $0 == "author" }
        }
        guard var text = byline?.text, !text.isEmpty, text.unicodeScalars.count <= 120 else { return nil }
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        return text.isEmpty ? nil : text
    }

    /// `<div class="published">Published 7 September 2021</div>`: a date element's text.
    private static func dateElement(_ elements: [HTMLElement]) -> String? {
        elements.lazy.filter { element in
            MainContent.classWords(element).contains { ["published", "pubdate", "date", "dateline", "timestamp"].contains($0) }
        }.compactMap { element in
            let text = element.text
            return text.unicodeScalars.count <= 80 ? DateParser.firstDate(in: text) : nil
        }.first
    }

    /// A profile URL is not a name.
    private static func personName(_ value: String) -> String? {
        value.hasPrefix("http://") || value.hasPrefix("https://") ? nil : nonEmpty(value)
    }

    private static func nonEmpty(_ value: String) -> String? { value.isEmpty ? nil : value }
}

/// The article object of a page's JSON-LD, however it is nested (`@graph`, arrays).
enum LinkedData {
    struct Article {
        var headline: String?
        var author: String?
        var datePublished: String?
    }

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
        "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
    ]

    static func article(in json: String) -> Article? {
        guard let data = json.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var stack: [Any] = [value]
        var visited = 0
        while let next = stack.popLast(), visited < 10_000 {
            visited += 1
            if let array = next as? [Any] { stack.append(contentsOf: array.reversed()); continue }
            guard let object = next as? [String: Any] else { continue }
            if isArticle(object["@type"]) {
                return Article(headline: (object["headline"] as? String).map(HTMLText.collapse),
                               author: authorName(object["author"]), datePublished: object["datePublished"] as? String)
            }
            if let graph = object["@graph"] { stack.append(graph) }
        }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let name = type as? String { return articleTypes.contains(name.lowercased()) }
        if let names = type as? [Any] { return names.contains { isArticle($0) } }
        return false
    }

    /// "Ana Reyes", {"name": "Ana Reyes"}, or several: "Ana Reyes and Tom Berg".
    private static func authorName(_ value: Any?) -> String? {
        let names: [String]
        if let name = value as? String {
            names = [name]
        } else if let object = value as? [String: Any], let name = object["name"] as? String {
            names = [name]
        } else if let list = value as? [Any] {
            names = list.compactMap { authorName($0) }
        } else {
            names = []
        }
        return byline(names.map(HTMLText.collapse).filter { !$0.isEmpty && !$0.hasPrefix("http") })
    }

    /// Authors as a byline names them: "Ana Reyes", "Ana Reyes and Tom Berg", "A, B and C".
    static func byline(_ names: [String]) -> String? {
        guard let last = names.last else { return nil }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
