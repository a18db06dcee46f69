/// What a library row needs before the article is analysed: the title, author and date from the
/// cleaned head and tail of the text only, so ten thousand rows can be shown in a fraction of a
/// second. The full analysis replaces it (a bio line in the middle of a long tail can still differ).
public enum MetadataSummary {
    /// Enough for a title, byline and dateline, and for a closing bio line.
    static let headBytes = 1200
    static let tailBytes = 600

    /// `contentHash` is the source's `ContentHash`, when the caller has already taken it.
    public static func summary(of source: ArticleSource, contentHash: UInt64? = nil) -> Article {
        let paragraphs = headAndTail(source.text).flatMap { Cleaner.clean(String($0)).paragraphs }
        return .summary(path: source.path, metadata: MetadataExtractor.metadata(paragraphs: paragraphs, fileName: source.fileName), wordCount: 0,
                        contentHash: contentHash ?? ContentHash.of(source.text), quotes: [], actors: [], mentions: [],
                        warnings: source.warnings, hasFindings: false)
    }

    /// The whole text when it is short; else the paragraphs within the first and last few kilobytes.
    static func headAndTail(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.count > headBytes + tailBytes else { return [text[...]] }
        let headEnd = paragraphBreak(in: text, from: utf8.index(utf8.startIndex, offsetBy: headBytes), forward: true)
        let tailStart = paragraphBreak(in: text, from: utf8.index(utf8.endIndex, offsetBy: -tailBytes), forward: false)
        guard headEnd < tailStart else { return [text[...]] }
        return [text[..<headEnd], text[tailStart...]]
    }

    /// The nearest "\n\n" from `index` in the given direction, else `index` itself.
    private static func paragraphBreak(in text: String, from index: String.Index, forward: Bool) -> String.Index {
        let utf8 = text.utf8
        var cursor = index
        var steps = 0
        while steps < 2048 {
            if forward {
                guard cursor < utf8.endIndex else { return cursor }
            } else {
                guard cursor > utf8.startIndex else { return cursor }
            }
            if utf8[cursor] == 0x0A, utf8.index(after: cursor) < utf8.endIndex, utf8[utf8.index(after: cursor)] == 0x0A {
                return forward ? cursor : utf8.index(cursor, offsetBy: 2)
            }
            cursor = forward ? utf8.index(after: cursor) : utf8.index(before: cursor)
            steps += 1
        }
        cursor = index
        while cursor > utf8.startIndex, utf8[cursor] & 0xC0 == 0x80 { cursor = utf8.index(before: cursor) }
        return cursor
    }
}
