/// The clean text a reader sees: the article without site furniture or Markdown, one paragraph per
/// block, paragraphs separated by a blank line. Cleaning never drops a sentence of the article.
public enum Cleaner {
    public struct Result: Sendable {
        public var text: String
        public var paragraphs: [String]
        /// Whether each paragraph was a heading in the source.
        public var headings: [Bool]
        public var dropped: [DroppedText]
    }

    /// One pass, idempotent by construction: every rule leaves text that the rules would not
    /// change again (a line is converted until it reads the same, joined lines are spaced as one
    /// line is, headings join as plain paragraphs would), so cleaning clean text changes nothing.
    /// The fuzzer, `OnePassIdempotenceTests` and `HostileInputTests` check it.
    public static func clean(_ source: String) -> Result {
        var dropped: [DroppedText] = []
        var blocks = SourceLines.blocks(of: source, dropped: &dropped)
        blocks = blocks.filter { block in
            guard let reason = SiteNotices.reason(for: block) else { return true }
            dropped.append(DroppedText(rule: reason, text: block.text, sourceLine: block.sourceLine))
            return false
        }
        blocks = AuthorBox.drop(from: blocks, dropped: &dropped)
        blocks = TailSections.drop(from: blocks, dropped: &dropped)
        blocks = BrokenParagraphs.join(blocks)
        blocks = PullQuotes.drop(from: blocks, dropped: &dropped)
        blocks = dropRepeats(blocks, dropped: &dropped)
        let paragraphs = blocks.map(\.text)
        return Result(text: paragraphs.joined(separator: "\n\n"), paragraphs: paragraphs,
                      headings: blocks.map(\.isHeading), dropped: dropped.sorted { $0.sourceLine < $1.sourceLine })
    }

    /// Dropping furniture can leave the headline twice at the top (printed around a notice); the
    /// second copy goes, by the same rule as `SourceLines` (top or heading), which keeps cleaning
    /// idempotent. Identical paragraphs further down are the article's own.
    private static func dropRepeats(_ blocks: [CleanBlock], dropped: inout [DroppedText]) -> [CleanBlock] {
        var kept: [CleanBlock] = []
        for block in blocks {
            if let last = kept.last, last.text == block.text, kept.count <= 1 || last.isHeading || block.isHeading {
                dropped.append(DroppedText(rule: "repeated line", text: block.text, sourceLine: block.sourceLine))
                continue
            }
            kept.append(block)
        }
        return kept
    }
}
