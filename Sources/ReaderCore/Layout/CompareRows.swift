import ArticleKit

/// The rows of the compare view: aligned paragraphs (a group of one or more on each side) start on
/// the same row, the shorter side padded with blank rows; unaligned paragraphs face each other in
/// gaps between groups. Each side wraps its own text to the pane width and never truncates it.
public struct CompareRows: Sendable {
    public enum Side: Hashable, Sendable {
        case text(paragraph: Int, range: Range<Int>)
        case blank
    }

    public struct Row: Hashable, Sendable {
        public var left: Side
        public var right: Side
        public var aligned: Bool
    }

    public private(set) var rows: [Row] = []
    public let paneWidth: Int

    public init(comparison: Comparison, a: Article, b: Article, paneWidth: Int) {
        self.paneWidth = max(1, paneWidth)
        var cursorA = 0, cursorB = 0
        for group in Self.groups(comparison.pairs) {
            if cursorA < group.a.lowerBound || cursorB < group.b.lowerBound {
                appendBlock(a, cursorA..<max(cursorA, group.a.lowerBound), b, cursorB..<max(cursorB, group.b.lowerBound), aligned: false)
            }
            appendBlock(a, max(cursorA, group.a.lowerBound)..<group.a.upperBound, b, max(cursorB, group.b.lowerBound)..<group.b.upperBound, aligned: true)
            cursorA = max(cursorA, group.a.upperBound)
            cursorB = max(cursorB, group.b.upperBound)
        }
        if cursorA < a.paragraphs.count || cursorB < b.paragraphs.count {
            appendBlock(a, cursorA..<a.paragraphs.count, b, cursorB..<b.paragraphs.count, aligned: false)
        }
    }

    /// Consecutive pairs that share a paragraph form one group (a split paragraph and its halves).
    public static func groups(_ pairs: [AlignedPair]) -> [(a: Range<Int>, b: Range<Int>)] {
        var groups: [(a: Range<Int>, b: Range<Int>)] = []
        for pair in pairs.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            if let last = groups.last, last.a.upperBound - 1 == pair.a || last.b.upperBound - 1 == pair.b {
                groups[groups.count - 1] = (last.a.lowerBound..<max(last.a.upperBound, pair.a + 1),
                                            last.b.lowerBound..<max(last.b.upperBound, pair.b + 1))
            } else {
                groups.append((pair.a..<(pair.a + 1), pair.b..<(pair.b + 1)))
            }
        }
        return groups
    }

    private mutating func appendBlock(_ a: Article, _ left: Range<Int>, _ b: Article, _ right: Range<Int>, aligned: Bool) {
        let leftLines = wrap(a, left), rightLines = wrap(b, right)
        let height = max(leftLines.count, rightLines.count)
        guard height > 0 else { return }
        for index in 0..<height {
            rows.append(Row(left: index < leftLines.count ? leftLines[index] : .blank,
                            right: index < rightLines.count ? rightLines[index] : .blank, aligned: aligned))
        }
        rows.append(Row(left: .blank, right: .blank, aligned: false))
    }

    private func wrap(_ article: Article, _ paragraphs: Range<Int>) -> [Side] {
        var lines: [Side] = []
        for index in paragraphs where article.paragraphs.indices.contains(index) {
            if !lines.isEmpty { lines.append(.blank) }
            let span = article.paragraphs[index].span
            for range in LineBreaker.lines(article.scalars.scalars[span.start..<span.end], width: paneWidth) {
                lines.append(.text(paragraph: index, range: range))
            }
        }
        return lines
    }

    public var count: Int { rows.count }
}
