/// A pull quote repeats, word for word, a sentence or two of a longer paragraph printed a few
/// paragraphs away; that shorter copy goes. A paragraph that occurs again whole is the article's
/// own (a refrain, a repeated question, a document pasted twice) and stays. Words are compared as
/// hashes, and candidates are found through their first five words, so long articles stay linear.
enum PullQuotes {
    /// How many paragraphs away from the passage it repeats a pull quote is printed.
    static let nearby = 8

    static func drop(from blocks: [CleanBlock], dropped: inout [DroppedText]) -> [CleanBlock] {
        let words = blocks.map { wordHashes($0.text) }
        var candidatesByOpening: [Int: [Int]] = [:]
        // Headings are candidates too: cleaning the clean text (which has none) must drop nothing more.
        for (index, hashes) in words.enumerated() where hashes.count >= 8 && hashes.count <= 120 {
            candidatesByOpening[opening(hashes, 0), default: []].append(index)
        }
        guard !candidatesByOpening.isEmpty else { return blocks }
        var redundant = Set<Int>()
        for (hostIndex, host) in words.enumerated() where host.count > 5 {
            for start in 0...(host.count - 5) {
                guard let candidates = candidatesByOpening[opening(host, start)] else { continue }
                // Candidates are in block order: only those within `nearby` blocks are read.
                var first = candidates.startIndex, last = candidates.endIndex
                while first < last {
                    let middle = (first + last) / 2
                    if candidates[middle] < hostIndex - nearby { first = middle + 1 } else { last = middle }
                }
                for candidate in candidates[first...].prefix(while: { $0 <= hostIndex + nearby }) where candidate != hostIndex && !redundant.contains(candidate) {
                    let quote = words[candidate]
                    guard host.count > quote.count, start + quote.count <= host.count,
                          host[start..<(start + quote.count)].elementsEqual(quote) else { continue }
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

    private static func opening(_ hashes: [Int], _ start: Int) -> Int {
        var combined = 0
        for index in start..<(start + 5) { combined = combined &* 1_000_003 &+ hashes[index] }
        return combined
    }

    /// Each space-separated word's FNV-1a key (`WordKey`'s steps over its bytes), ASCII letters folded
    /// to lower case.
    static func wordHashes(_ text: String) -> [Int] {
        var hashes: [Int] = []
        var hash = WordKey.seed
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A {
                if inWord { hashes.append(Int(bitPattern: UInt(hash))) }
                hash = WordKey.seed
                inWord = false
                continue
            }
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = WordKey.mix(hash, UInt32(folded))
            inWord = true
        }
        if inWord { hashes.append(Int(bitPattern: UInt(hash))) }
        return hashes
    }
}
