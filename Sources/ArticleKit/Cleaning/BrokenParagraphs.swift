/// A paragraph break in the middle of a sentence ("some of the" / "actions we're taking") is a
/// scraping fault: a block that stops without closing punctuation followed by one that starts in
/// lower case is one paragraph. The title and short labels are never joined: they lack closing
/// punctuation by nature.
enum BrokenParagraphs {
    static func join(_ blocks: [CleanBlock]) -> [CleanBlock] {
        var result: [CleanBlock] = []
        for block in blocks {
            if result.count > 1, let last = result.last, !last.isHeading, !block.isHeading, last.wordCount >= 8,
               !last.endsSentence, startsLowercase(block.text), MetadataExtractor.byline(block.text) == nil {
                result[result.count - 1].text += " " + block.text
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

/// A pull quote repeats, word for word, sentences the article prints in full elsewhere; the shorter
/// copy goes. Found through the first five words of each candidate, so long articles stay linear.
enum PullQuotes {
    static func drop(from blocks: [CleanBlock], dropped: inout [DroppedText]) -> [CleanBlock] {
        let normalized = blocks.map { $0.words.map { $0.lowercased() } }
        var candidatesByOpening: [String: [Int]] = [:]
        for (index, words) in normalized.enumerated() where !blocks[index].isHeading && words.count >= 8 && words.count <= 120 {
            candidatesByOpening[words[0..<5].joined(separator: " "), default: []].append(index)
        }
        guard !candidatesByOpening.isEmpty else { return blocks }
        var redundant = Set<Int>()
        for (hostIndex, host) in normalized.enumerated() where host.count > 5 {
            for start in 0...(host.count - 5) {
                let opening = host[start..<(start + 5)].joined(separator: " ")
                guard let candidates = candidatesByOpening[opening] else { continue }
                for candidate in candidates where candidate != hostIndex && !redundant.contains(candidate) {
                    let words = normalized[candidate]
                    let isLonger = host.count > words.count || (host.count == words.count && hostIndex < candidate)
                    guard isLonger, start + words.count <= host.count,
                          host[start..<(start + words.count)].elementsEqual(words) else { continue }
                    redundant.insert(candidate)
                }
            }
        }
        var kept: [CleanBlock] = []
        for (index, block) in blocks.enumerated() {
            if redundant.contains(index) {
                dropped.append(DroppedText(rule: "pull quote or repeated passage", text: block.text, sourceLine: block.sourceLine))
            } else {
                kept.append(block)
            }
        }
        return kept
    }
}
