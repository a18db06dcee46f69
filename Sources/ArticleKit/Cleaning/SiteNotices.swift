/// Single blocks of site furniture recognisable by their wording alone: browser and paywall notices,
/// ad widgets, photo credits and share prompts. The phrases are the stock wording of news sites, not
/// anything one article says.
enum SiteNotices {
    static func reason(for block: CleanBlock) -> String? {
        guard block.text.utf8.count <= maximumNoticeBytes else { return nil }
        let text = LowercaseBytes(block.text)
        let words = block.wordCount
        if text.containsAny(browserPhrases) { return "browser notice" }
        if text.startsWithAny(paywallPrefixes) || text.containsAny(paywallPhrases) { return "paywall notice" }
        if text.containsAny(adPhrases) || adLines.contains(block.text.lowercased()) { return "advertising" }
        if words <= 6, text.startsWithAny(["more from "]), !block.endsSentence { return "advertising" }
        if words <= 20, text.startsWithAny(creditPrefixes) { return "photo credit" }
        if words <= 12, text.containsAny(creditAgencies), !text.containsAny([". "]) { return "photo credit" }
        if words <= 8, text.startsWithAny(sharePhrases) { return "share prompt" }
        return nil
    }

    /// Notices, credits and widgets are a line or two; a longer block is running text.
    static let maximumNoticeBytes = 240

    private static let browserPhrases = [
        "is not supported. for an optimal experience", "visit our site on another browser",
        "please enable javascript", "update your browser", "your browser is out of date",
        "you are using an outdated browser",
    ]
    private static let paywallPrefixes = [
        "your ip access to", "to ensure uninterrupted reading", "subscribe to continue reading",
        "already a subscriber", "you have reached your", "create a free account to continue",
        "sign in to continue", "log in to continue", "subscribers only",
    ]
    private static let paywallPhrases = ["access to will expire", "free articles remaining", "this article is for subscribers"]
    private static let adPhrases = ["sponsored links by", "by taboola", "by outbrain", "promoted stories", "paid content by"]
    private static let adLines: Set<String> = ["advertisement", "trending now", "sponsored", "sponsored content", "ad", "story continues below advertisement"]
    private static let creditPrefixes = ["photo credit", "photo:", "photograph:", "photo by ", "image credit", "image:", "credit:", "(photo by", "pictured:"]
    private static let creditAgencies = ["getty images", "shutterstock", "/ap photo", "ap photo/", "afp via getty", "/reuters", "reuters/"]
    private static let sharePhrases = ["share this article", "share on facebook", "share on twitter", "click to share", "print this article", "copy link", "share this:"]
}

/// A short text as lower-case ASCII bytes, for fast phrase tests (other bytes compare as they are).
struct LowercaseBytes {
    let bytes: [UInt8]

    init(_ text: String) { bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }

    func startsWithAny(_ phrases: [String]) -> Bool {
        phrases.contains { phrase in phrase.utf8.count <= bytes.count && zip(phrase.utf8, bytes).allSatisfy { $0 == $1 } }
    }

    func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains { phrase in
            let needle = Array(phrase.utf8)
            guard let first = needle.first, needle.count <= bytes.count else { return false }
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
                index += 1
            }
            return false
        }
    }
}

/// The "About the author(s)" box some sites print before the article: its heading, the author's
/// link, bio sentences and section labels, up to the first block of running text.
enum AuthorBox {
    static func drop(from blocks: [CleanBlock], dropped: inout [DroppedText]) -> [CleanBlock] {
        var kept: [CleanBlock] = []
        var inBox = false
        for block in blocks {
            if isBoxHeading(block) {
                inBox = true
                dropped.append(DroppedText(rule: "author box", text: block.text, sourceLine: block.sourceLine))
                continue
            }
            if inBox {
                if block.isLinkOnly || isLabel(block) || BioSentence.isBio(block.text) {
                    dropped.append(DroppedText(rule: "author box", text: block.text, sourceLine: block.sourceLine))
                    continue
                }
                inBox = false
            }
            kept.append(block)
        }
        return kept
    }

    private static func isBoxHeading(_ block: CleanBlock) -> Bool {
        guard block.text.utf8.count <= 20 else { return false }
        let text = block.text.uppercased()
        return text == "ABOUT THE AUTHOR" || text == "ABOUT THE AUTHORS" || text == "ABOUT THE AUTHOR(S)"
    }

    private static func isLabel(_ block: CleanBlock) -> Bool {
        block.wordCount <= 4 && !block.endsSentence
    }
}

/// Teaser lists and tag lists at the foot of a page ("RECOMMENDED", "TOPICS", "Related"): the
/// heading and everything after it up to the next block of running text.
enum TailSections {
    static func drop(from blocks: [CleanBlock], dropped: inout [DroppedText]) -> [CleanBlock] {
        var kept: [CleanBlock] = []
        var inSection = false
        for block in blocks {
            if isSectionHeading(block) {
                inSection = true
                dropped.append(DroppedText(rule: "teaser or topic list", text: block.text, sourceLine: block.sourceLine))
                continue
            }
            if inSection {
                if !block.isProse {
                    dropped.append(DroppedText(rule: "teaser or topic list", text: block.text, sourceLine: block.sourceLine))
                    continue
                }
                inSection = false
            }
            kept.append(block)
        }
        return kept
    }

    private static let headings: Set<String> = [
        "RECOMMENDED", "RECOMMENDED FOR YOU", "RELATED", "RELATED ARTICLES", "RELATED STORIES", "RELATED CONTENT",
        "RELATED ANALYSIS", "READ MORE", "READ NEXT", "MORE ON THIS TOPIC", "MORE ON THIS STORY", "YOU MAY ALSO LIKE",
        "YOU MIGHT ALSO LIKE", "MOST POPULAR", "MOST READ", "TOPICS", "TAGS", "TRENDING", "TRENDING NOW",
        "EDITOR'S PICKS", "EDITORS' PICKS", "LATEST NEWS", "FURTHER READING",
    ]

    private static func isSectionHeading(_ block: CleanBlock) -> Bool {
        guard block.wordCount <= 4 else { return false }
        var text = block.text.uppercased()
        if text.hasSuffix(":") { text.removeLast() }
        return headings.contains(text)
    }
}
