import Algorithms
/// A half-open range of Unicode scalar offsets into an article's clean text.
public struct TextSpan: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }

    /// Whether one of `count` sorted, non-overlapping spans (`span(i)`) contains `offset`: the first
    /// span ending after it does.
    static func anyContains(_ offset: Int, count: Int, span: (Int) -> TextSpan) -> Bool {
        let first = (0..<count).partitioningIndex { span($0).end > offset }
        return first < count && span(first).contains(offset)
    }
}
