/// The same speaker quoted in both articles, in the same or different words. Quotations pair when
/// their content words overlap and their speakers agree (the same actor, or descriptors with the
/// same content words: "a US Department of Defense official" ≈ "a U.S. Defense Department
/// official"); each quotation pairs at most once, best pairs first.
public struct QuoteVariant: Sendable, Hashable {
    /// Quote indices in A and B.
    public var a: Int
    public var b: Int
    public var speaker: String?
    public var similarity: Double
    public var sameWords: Bool
}

enum QuoteVariantFinder {
    static let minimumSimilarity = 0.3

    static func variants(_ first: Article, _ second: Article) -> [QuoteVariant] {
        let left = first.quotes.indices.filter { first.quotes[$0].kind == .speech }
        let right = second.quotes.indices.filter { second.quotes[$0].kind == .speech }
        let leftStems = left.map { stems(first, first.quotes[$0]) }
        let rightStems = right.map { stems(second, second.quotes[$0]) }
        var postings: [String: [Int]] = [:]
        for (index, set) in rightStems.enumerated() { for stem in set { postings[stem, default: []].append(index) } }
        var candidates: [QuoteVariant] = []
        for (i, set) in leftStems.enumerated() {
            var seen = Set<Int>()
            for stem in set { seen.formUnion(postings[stem] ?? []) }
            for j in seen {
                let similarity = dice(set, rightStems[j])
                let a = first.quotes[left[i]], b = second.quotes[right[j]]
                let compatible = speakersAgree(a.speaker, b.speaker)
                guard similarity >= minimumSimilarity && compatible || similarity >= 0.6 else { continue }
                let same = GoldText.normalized(first.text(of: a.content)) == GoldText.normalized(second.text(of: b.content))
                candidates.append(QuoteVariant(a: left[i], b: right[j], speaker: a.speaker ?? b.speaker,
                                               similarity: similarity + (compatible ? 0.001 : 0), sameWords: same))
            }
        }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var result: [QuoteVariant] = []
        for candidate in candidates.sorted(by: { $0.similarity > $1.similarity }) where !usedA.contains(candidate.a) && !usedB.contains(candidate.b) {
            usedA.insert(candidate.a)
            usedB.insert(candidate.b)
            var variant = candidate
            variant.similarity = min(1, (candidate.similarity * 1000).rounded(.down) / 1000)
            result.append(variant)
        }
        return result.sorted { $0.a < $1.a }
    }

    static func stems(_ article: Article, _ quote: Quote) -> Set<String> {
        Set(ContentWords.words(in: article, span: quote.content).map(\.stem))
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    static func speakersAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        let leftWords = speakerWords(a), rightWords = speakerWords(b)
        let left = Set(leftWords), right = Set(rightWords)
        guard let head = leftWords.last, !right.isEmpty else { return false }
        if left == right || left.isSubset(of: right) || right.isSubset(of: left) { return true }
        return rightWords.last == head && dice(left, right) >= 0.6
    }

    /// A speaker's words without determiners, folded and stemmed, in order (the head noun last).
    private static func speakerWords(_ speaker: String) -> [String] {
        speaker.split(whereSeparator: { $0 == " " || $0 == "-" }).map { TextFolding.fold(String($0)).replacingOccurrences(".", "") }
            .filter { !["a", "an", "the", "one", "of"].contains($0) }.map(Stemmer.stem)
    }
}

/// Comparing quotation texts the way the gold does: no quote marks, folded case, collapsed spaces.
enum GoldText {
    static func normalized(_ text: String) -> String {
        let marks = Set("\"'`«»‘’‚‛“”„‟‹›".unicodeScalars)
        let kept = text.unicodeScalars.filter { !marks.contains($0) && $0 != "*" }
        return String(String.UnicodeScalarView(kept)).lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
