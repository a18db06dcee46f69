/// A paragraph break in the middle of a sentence ("some of the" / "actions we're taking") is a
/// scraping fault: a block that stops without closing punctuation followed by one that starts in
/// lower case is one paragraph. The title and short labels are never joined: they lack closing
/// punctuation by nature.
enum BrokenParagraphs {
    static func join(_ blocks: [CleanBlock]) -> [CleanBlock] {
        var result: [CleanBlock] = []
        for block in blocks {
            // Headings join too: the clean text has no headings, and cleaning it again must not join
            // what this pass left apart. The joined paragraph is read as one line would be.
            if result.count > 1, let last = result.last, last.wordCount >= 8,
               !last.endsSentence, startsLowercase(block.text), MetadataExtractor.byline(block.text) == nil {
                result[result.count - 1].text = SourceLines.lineForm(last.text + " " + block.text).text
                continue
            }
            result.append(block)
        }
        return result
    }

    private static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }
}

