/// The same speaker quoted in both articles, in the same or different words. Quotations pair when
/// their content words overlap and their speakers agree (the same actor, or descriptors with the
/// same content words: "a US Department of Defense official" ≈ "a U.S. Defense Department
/// official"); each quotation pairs at most once, best pairs first. Candidates are the quotations of
/// aligned paragraphs and those sharing a rare word, so long articles are not compared all to all.
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
    /// A stem shared by more quotations than this says nothing about which ones are variants.
    static let postingsLimit = 50

    /// What one quotation needs for comparison, computed once.
    private struct Profile {
        var index: Int
        var paragraph: Int
        var stems: Set<String>
        var normalized: String
        var speaker: String?
        var speakerWords: [String]
    }

    /// `speakers` names each side's quotation's speaker (by quote index), as the library does.
    static func variants(_ first: Article, _ second: Article, aligned: [AlignedPair],
                         speakers: ((Int) -> String?, (Int) -> String?)) -> [QuoteVariant] {
        let left = profiles(first, speakers.0), right = profiles(second, speakers.1)
        var postings: [String: [Int]] = [:]
        for (index, profile) in right.enumerated() { for stem in profile.stems { postings[stem, default: []].append(index) } }
        var byParagraph: [Int: [Int]] = [:]
        for (index, profile) in right.enumerated() { byParagraph[profile.paragraph, default: []].append(index) }
        var partnersOfParagraph: [Int: [Int]] = [:]
        for pair in aligned { partnersOfParagraph[pair.a, default: []].append(pair.b) }

        var candidates: [QuoteVariant] = []
        for profile in left {
            var seen = Set<Int>()
            for paragraph in partnersOfParagraph[profile.paragraph] ?? [] { seen.formUnion(byParagraph[paragraph] ?? []) }
            for stem in profile.stems {
                guard let list = postings[stem], list.count <= postingsLimit else { continue }
                seen.formUnion(list)
            }
            for j in seen {
                let other = right[j]
                let similarity = dice(profile.stems, other.stems)
                let compatible = speakersAgree(profile.speakerWords, other.speakerWords)
                guard similarity >= minimumSimilarity && compatible || similarity >= 0.6 else { continue }
                candidates.append(QuoteVariant(a: profile.index, b: other.index, speaker: profile.speaker ?? other.speaker,
                                               similarity: similarity + (compatible ? 0.001 : 0),
                                               sameWords: profile.normalized == other.normalized))
            }
        }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var result: [QuoteVariant] = []
        for candidate in candidates.sorted(by: { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.a, $0.b) < ($1.a, $1.b) })
        where !usedA.contains(candidate.a) && !usedB.contains(candidate.b) {
            usedA.insert(candidate.a)
            usedB.insert(candidate.b)
            var variant = candidate
            variant.similarity = min(1, (candidate.similarity * 1000).rounded(.down) / 1000)
            result.append(variant)
        }
        return result.sorted { $0.a < $1.a }
    }

    private static func profiles(_ article: Article, _ speakerOf: (Int) -> String?) -> [Profile] {
        article.quotes.indices.filter { article.quotes[$0].kind == .speech }.map { index in
            let quote = article.quotes[index]
            let speaker = speakerOf(index)
            return Profile(index: index, paragraph: quote.paragraph,
                           stems: Set(ContentWords.words(in: article, span: quote.content).map(\.stem)),
                           normalized: GoldText.normalized(article.text(of: quote.content)), speaker: speaker,
                           speakerWords: speaker.map(speakerWords) ?? [])
        }
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    static func speakersAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return speakersAgree(speakerWords(a), speakerWords(b))
    }

    private static func speakersAgree(_ leftWords: [String], _ rightWords: [String]) -> Bool {
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
