import ArticleKit
import Foundation
import Yams

/// A Markdown clipping's YAML header (`---` … `---`): its title, author and date become the lines
/// crossread reads them from (a `#` title, a "By" line, a date line), the rest is the article, and
/// the source URL closes it ("Source: https://…").
enum FrontMatter {
    static let titleKeys = ["title", "headline"]
    static let authorKeys = ["author", "authors", "byline", "creator"]
    static let dateKeys = ["date", "published", "published_at", "publishdate", "pubdate", "created"]
    static let sourceKeys = ["source", "url", "link", "canonical_url", "original_url"]

    /// The source with its front matter read, or unchanged when it has none.
    static func apply(to source: ArticleSource) -> ArticleSource {
        guard let (header, body) = split(source.text) else { return source }
        let fields: [String: Any]
        do {
            guard let parsed = try Yams.load(yaml: header) as? [String: Any] else { return source }
            fields = Dictionary(parsed.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        } catch {
            var kept = source
            kept.warnings.append("the front matter is not valid YAML; it is shown as text")
            return kept
        }
        let title = titleKeys.lazy.compactMap { text(fields[$0]) }.first
        let author = authorKeys.lazy.compactMap { names(fields[$0]) }.first
        let date = dateKeys.lazy.compactMap { day(fields[$0]) }.first
        let url = sourceKeys.lazy.compactMap { text(fields[$0]) }.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        var lines: [String] = []
        var rest = body
        if let title {
            lines.append("# " + title)
            // A clipper that also printed the title as the body's first heading: once is enough.
            let firstLine = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first.map(String.init) ?? ""
            if firstLine.trimmingCharacters(in: CharacterSet(charactersIn: "# ")) == title {
                rest = String(rest.drop { $0 == "\n" }.dropFirst(firstLine.count))
            }
        }
        if let author { lines.append("By " + author) }
        if let date { lines.append(date) }
        var result = source
        // Where the clipping came from closes the article, as a reader's footer would.
        let source = url.map { ["Source: " + $0] } ?? []
        result.text = (lines + [rest.trimmingCharacters(in: .newlines)] + source).filter { !$0.isEmpty }.joined(separator: "\n\n")
        return result
    }

    /// (the YAML, the text after it) when the text opens with a `---` line closed by `---` or `...`.
    static func split(_ text: String) -> (String, String)? {
        guard text.hasPrefix("---\n") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().prefix(200).firstIndex(where: { $0 == "---" || $0 == "..." }) else { return nil }
        return (lines[1..<close].joined(separator: "\n"), lines[(close + 1)...].joined(separator: "\n"))
    }

    private static func text(_ value: Any?) -> String? {
        guard let value else { return nil }
        let string = HTMLText.collapse("\(value)")
        return string.isEmpty ? nil : string
    }

    private static func names(_ value: Any?) -> String? {
        if let list = value as? [Any] {
            return LinkedData.byline(list.compactMap { ($0 as? [String: Any]).flatMap { text($0["name"]) } ?? text($0) })
        }
        if let object = value as? [String: Any] { return text(object["name"]) }
        return text(value)
    }

    private static func day(_ value: Any?) -> String? {
        if let date = value as? Date {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: date)
        }
        return text(value).flatMap { DateParser.isoDate($0) }
    }
}
