/// The content words of a stretch of text as stems, for similarity: function words dropped, names and
/// numbers marked so they can weigh more.
struct ContentWords {
    struct Word: Hashable {
        var stem: String
        var isNameOrNumber: Bool
        var span: TextSpan
    }

    static func words(in article: Article, span: TextSpan) -> [Word] {
        guard let firstSentence = article.sentenceIndex(containing: span.start) else { return [] }
        var result: [Word] = []
        var sentenceIndex = firstSentence
        while sentenceIndex < article.sentences.count, article.sentences[sentenceIndex].span.start < span.end {
            let sentence = article.sentences[sentenceIndex]
            for tokenIndex in sentence.tokens {
                let token = article.tokens[tokenIndex]
                guard token.span.start >= span.start, token.span.end <= span.end, token.kind != .punctuation else { continue }
                let surface = article.text(of: token.span)
                for part in surface.split(separator: "-") where !part.isEmpty {
                    let lower = TextFolding.fold(String(part))
                    if PhraseIndex.functionWords.contains(lower) { continue }
                    let initial = part.unicodeScalars.first!
                    let isName = token.kind == .number || (CharacterClass.isUppercase(initial) && tokenIndex != sentence.tokens.lowerBound)
                    result.append(Word(stem: Stemmer.stem(String(part)), isNameOrNumber: isName, span: token.span))
                }
            }
            sentenceIndex += 1
        }
        return result
    }
}

/// How rare each stem is among a set of paragraphs: rare words say more about what two paragraphs
/// share than common ones.
struct TermWeights {
    private var documentFrequency: [String: Int] = [:]
    private(set) var documents = 0

    init(_ paragraphs: [[ContentWords.Word]]) {
        for words in paragraphs {
            documents += 1
            for stem in Set(words.map(\.stem)) { documentFrequency[stem, default: 0] += 1 }
        }
    }

    func idf(_ stem: String) -> Double {
        log(1 + Double(documents) / Double(max(1, documentFrequency[stem] ?? 0)))
    }

    func frequency(_ stem: String) -> Int { documentFrequency[stem] ?? 0 }
}

/// A paragraph as weighted stems, normalised to unit length, for cosine similarity.
struct ParagraphVector {
    var weights: [String: Double]

    init(_ words: [ContentWords.Word], terms: TermWeights) {
        var weights: [String: Double] = [:]
        for word in words { weights[word.stem, default: 0] += terms.idf(word.stem) * (word.isNameOrNumber ? 2 : 1) }
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { for key in weights.keys { weights[key]! /= norm } }
        self.weights = weights
    }

    func cosine(_ other: ParagraphVector) -> Double {
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var sum = 0.0
        for (stem, weight) in small { if let match = large[stem] { sum += weight * match } }
        return sum
    }

    /// The share of this paragraph's weight that `other` also holds.
    func containment(in other: ParagraphVector) -> Double {
        var shared = 0.0
        for (stem, weight) in weights where other.weights[stem] != nil { shared += weight * weight }
        return shared
    }

    /// The rarest stems, used to find candidate partners without comparing every pair.
    func distinctive(_ count: Int) -> [String] {
        weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map(\.key)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
