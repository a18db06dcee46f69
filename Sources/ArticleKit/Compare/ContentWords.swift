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

/// Stems as small integers, so vectors are sorted arrays and similarity is a merge, not hashing.
struct StemTable {
    private(set) var ids: [String: Int32] = [:]

    mutating func id(_ stem: String) -> Int32 {
        if let existing = ids[stem] { return existing }
        let next = Int32(ids.count)
        ids[stem] = next
        return next
    }

    var count: Int { ids.count }
}

/// How rare each stem is among a set of paragraphs: rare words say more about what two paragraphs
/// share than common ones.
struct TermWeights {
    private var documentFrequency: [Int32]
    private(set) var documents = 0

    init(_ paragraphs: [[Int32]], stems: Int) {
        documentFrequency = [Int32](repeating: 0, count: stems)
        for ids in paragraphs {
            documents += 1
            for id in Set(ids) { documentFrequency[Int(id)] += 1 }
        }
    }

    func idf(_ id: Int32) -> Double {
        log(1 + Double(documents) / Double(max(1, documentFrequency[Int(id)])))
    }
}

/// A paragraph as weighted stems (sorted by stem id), normalised to unit length, for cosine similarity.
struct ParagraphVector {
    var ids: [Int32]
    var weights: [Double]

    init(_ words: [(id: Int32, boosted: Bool)], terms: TermWeights) {
        var accumulated: [Int32: Double] = [:]
        for word in words { accumulated[word.id, default: 0] += terms.idf(word.id) * (word.boosted ? 2 : 1) }
        let sorted = accumulated.sorted { $0.key < $1.key }
        let norm = sorted.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        ids = sorted.map(\.key)
        weights = sorted.map { norm > 0 ? $0.value / norm : 0 }
    }

    var count: Int { ids.count }

    func cosine(_ other: ParagraphVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] { sum += weights[i] * other.weights[j]; i += 1; j += 1 }
            else if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// The share of this paragraph's weight that `other` also holds.
    func containment(in other: ParagraphVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] { sum += weights[i] * weights[i]; i += 1; j += 1 }
            else if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// The heaviest (rarest) stems with their weights, used to find candidate partners without
    /// comparing every pair.
    func distinctive(_ limit: Int) -> [(id: Int32, weight: Double)] {
        zip(ids, weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map { ($0.0, $0.1) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
