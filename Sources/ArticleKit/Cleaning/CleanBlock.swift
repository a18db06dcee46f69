/// A run of non-blank source lines (or one heading line) on its way to becoming a paragraph.
struct CleanBlock: Hashable, Sendable {
    /// The plain text, lines joined by single spaces.
    var text: String {
        didSet { wordCount = Self.countWords(text) }
    }
    var isHeading: Bool
    /// The whole block was one Markdown link in the source.
    var isLinkOnly: Bool
    /// 1-based line number of the block's first line in the source.
    var sourceLine: Int
    /// Words separated by spaces, counted once.
    private(set) var wordCount: Int

    init(text: String, isHeading: Bool, isLinkOnly: Bool, sourceLine: Int) {
        self.text = text
        self.isHeading = isHeading
        self.isLinkOnly = isLinkOnly
        self.sourceLine = sourceLine
        wordCount = Self.countWords(text)
    }


    private static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Ends like a finished sentence (or a closing mark after one).
    var endsSentence: Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?…:;\"”’)]♦*".unicodeScalars.contains(last)
    }

    /// Running text rather than a label, teaser title, date or list entry.
    var isProse: Bool {
        guard wordCount >= 15, !isHeading else { return false }
        return text.contains(". ") || endsSentence
    }
}

/// A block that cleaning removed, kept for reporting what was dropped and why.
public struct DroppedText: Hashable, Sendable {
    public var rule: String
    public var text: String
    public var sourceLine: Int
}
