/// Finds quotation spans in each paragraph. Double marks (curly, straight, low-9, guillemets, mixed)
/// pair by their direction and by what stands on either side, so a stray or wrongly-directed mark
/// spoils at most its own paragraph. A quotation still open at the paragraph's end ends there; when the
/// next paragraph opens with a mark again it continues the same quotation. Single marks quote only
/// outside double quotations and only where they are not apostrophes (`can't`, `Iran’s`, `'90s`).
public enum QuoteMarks {
    public struct Span: Sendable, Hashable {
        /// From the opening mark to just after the closing mark (or to the paragraph's end).
        public var span: TextSpan
        /// The words between the marks, white space trimmed.
        public var content: TextSpan
        public var paragraph: Int
        public var isClosed: Bool
        /// Opens a paragraph right after a paragraph whose quotation was left open.
        public var continuesPrevious: Bool
    }

    public static func spans(in text: ScalarText, paragraphs: [Paragraph]) -> [Span] {
        var result: [Span] = []
        var previousLeftOpen = false
        for (index, paragraph) in paragraphs.enumerated() {
            var spans = doubleQuotes(text, paragraph: paragraph.span, index: index)
            spans += singleQuotes(text, paragraph: paragraph.span, index: index, outside: spans)
            spans.sort { $0.span < $1.span }
            if previousLeftOpen, let first = spans.first, first.span.start == firstNonSpace(text, paragraph.span) {
                spans[0].continuesPrevious = true
            }
            previousLeftOpen = spans.last.map { !$0.isClosed } ?? false
            result += spans.filter { !$0.content.isEmpty }
        }
        return result
    }

    private enum Direction { case opening, closing, either }

    private static func direction(_ scalar: Unicode.Scalar) -> Direction? {
        switch scalar {
        case "“", "„", "«": return .opening
        case "”", "»": return .closing
        case "\"", "\u{FF02}": return .either
        default: return nil
        }
    }

    private static func doubleQuotes(_ text: ScalarText, paragraph: TextSpan, index: Int) -> [Span] {
        var spans: [Span] = []
        var open: Int?
        for offset in paragraph.start..<paragraph.end {
            guard let direction = direction(text[offset]) else { continue }
            let context = MarkContext(text: text, offset: offset, paragraph: paragraph)
            if let start = open {
                if direction != .opening || context.canClose || !context.canOpen {
                    spans.append(make(text, open: start, close: offset, paragraph: index))
                    open = nil
                } else {
                    spans.append(make(text, open: start, close: nil, end: offset, paragraph: index))
                    open = offset
                }
            } else if context.canOpen && (direction != .closing || !context.canClose) {
                open = offset
            }
        }
        if let start = open { spans.append(make(text, open: start, close: nil, end: paragraph.end, paragraph: index)) }
        return spans
    }

    /// Single quotations, outside the double ones. The next possible closing mark after every position
    /// is found in one backward pass, so a paragraph of openers with no closer stays linear.
    private static func singleQuotes(_ text: ScalarText, paragraph: TextSpan, index: Int, outside doubles: [Span]) -> [Span] {
        guard paragraph.length > 0 else { return [] }
        var nextCloser = [Int](repeating: Int.max, count: paragraph.length + 1)
        var offset = paragraph.end - 1
        while offset >= paragraph.start {
            let scalar = text[offset]
            let closes = (scalar == "’" || scalar == "'" || scalar == "›")
                && MarkContext(text: text, offset: offset, paragraph: paragraph).canCloseSingle
            nextCloser[offset - paragraph.start] = closes ? offset : nextCloser[offset - paragraph.start + 1]
            offset -= 1
        }
        var spans: [Span] = []
        offset = paragraph.start
        var doubleIndex = 0
        while offset < paragraph.end {
            while doubleIndex < doubles.count, doubles[doubleIndex].span.end <= offset { doubleIndex += 1 }
            if doubleIndex < doubles.count, doubles[doubleIndex].span.contains(offset) {
                offset = doubles[doubleIndex].span.end
                continue
            }
            let scalar = text[offset]
            guard scalar == "‘" || scalar == "'" || scalar == "‹",
                  MarkContext(text: text, offset: offset, paragraph: paragraph).canOpenSingle else {
                offset += 1
                continue
            }
            let limit = doubleIndex < doubles.count ? doubles[doubleIndex].span.start : paragraph.end
            let close = nextCloser[offset + 1 - paragraph.start]
            if close < limit {
                spans.append(make(text, open: offset, close: close, paragraph: index))
                offset = close + 1
            } else {
                offset += 1
            }
        }
        return spans
    }

    private static func make(_ text: ScalarText, open: Int, close: Int?, end: Int? = nil, paragraph: Int) -> Span {
        let contentEnd = close ?? end ?? open + 1
        var start = open + 1
        var stop = contentEnd
        while start < stop, CharacterClass.isWhitespace(text[start]) { start += 1 }
        while stop > start, CharacterClass.isWhitespace(text[stop - 1]) { stop -= 1 }
        return Span(span: TextSpan(open, close.map { $0 + 1 } ?? stop), content: TextSpan(start, stop),
                    paragraph: paragraph, isClosed: close != nil, continuesPrevious: false)
    }

    private static func firstNonSpace(_ text: ScalarText, _ span: TextSpan) -> Int {
        var offset = span.start
        while offset < span.end, CharacterClass.isWhitespace(text[offset]) { offset += 1 }
        return offset
    }
}

/// What stands on either side of a quotation mark.
struct MarkContext {
    let before: Unicode.Scalar?
    let after: Unicode.Scalar?

    init(text: ScalarText, offset: Int, paragraph: TextSpan) {
        before = offset > paragraph.start ? text[offset - 1] : nil
        after = offset + 1 < paragraph.end ? text[offset + 1] : nil
    }

    private static let openers: Set<Unicode.Scalar> = ["(", "[", "{", "—", "–", "-", "/", "“", "‘", "\"", "'", "«", "„"]
    private static let closersAfter: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "—", "–", "…", "”", "’", "\"", "'", "»", "-"]

    private var spaceBefore: Bool { before.map { CharacterClass.isWhitespace($0) || Self.openers.contains($0) } ?? true }
    private var spaceAfter: Bool { after.map { CharacterClass.isWhitespace($0) || Self.closersAfter.contains($0) } ?? true }

    /// Something follows that can be quoted, and nothing glues the mark to the word before.
    var canOpen: Bool { after.map { !CharacterClass.isWhitespace($0) } ?? false && spaceBefore }
    var canClose: Bool { before.map { !CharacterClass.isWhitespace($0) } ?? false && spaceAfter }

    /// A single mark opens only before a letter (not a digit: `'90s`) after a space or bracket.
    var canOpenSingle: Bool {
        guard let after, CharacterClass.isLetter(after) else { return false }
        return before.map { CharacterClass.isWhitespace($0) || Self.openers.contains($0) } ?? true
    }

    /// A single mark closes after a word or punctuation when no letter follows (`rebels’ air` is
    /// ambiguous; it closes only when an opening single mark is waiting).
    var canCloseSingle: Bool {
        guard let before, !CharacterClass.isWhitespace(before) else { return false }
        return after.map { !CharacterClass.isLetter($0) && !CharacterClass.isDigit($0) } ?? true
    }
}
