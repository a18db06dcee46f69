import Algorithms
import ArticleKit

/// An article wrapped to a width: one entry per screen line, pointing into the clean text, with a
/// blank line between paragraphs and a byline after the title.
public struct ArticleLayout: Sendable {
    public enum Line: Hashable, Sendable {
        case text(paragraph: Int, range: Range<Int>)
        case byline(String)
        case blank
    }

    public let width: Int
    public private(set) var lines: [Line] = []
    /// First scalar offset of each text line (or of the next text for blank lines), for lookups.
    private var starts: [Int] = []

    public init(article: Article, width: Int, byline: String?) {
        self.width = max(1, width)
        let scalars = article.scalars.scalars
        for (index, paragraph) in article.paragraphs.enumerated() {
            if index > 0 { append(.blank, start: paragraph.span.start) }
            for range in LineBreaker.lines(scalars[paragraph.span.start..<paragraph.span.end], width: self.width) {
                append(.text(paragraph: index, range: range), start: range.lowerBound)
            }
            if index == 0, let byline { append(.byline(byline), start: paragraph.span.end) }
        }
    }

    private mutating func append(_ line: Line, start: Int) {
        lines.append(line)
        starts.append(start)
    }

    public var count: Int { lines.count }

    /// The line that holds `offset` (the last line starting at or before it).
    public func line(containing offset: Int) -> Int {
        guard !starts.isEmpty else { return 0 }
        let low = max(0, starts.partitioningIndex { $0 > offset } - 1)
        if case .blank = lines[low], low + 1 < lines.count { return low + 1 }
        return low
    }

    /// The first scalar offset shown on `line` (or the nearest text after it).
    public func offset(ofLine line: Int) -> Int {
        guard !starts.isEmpty else { return 0 }
        return starts[max(0, min(line, starts.count - 1))]
    }
}
