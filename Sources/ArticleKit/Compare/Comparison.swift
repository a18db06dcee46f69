/// Two articles compared: paragraphs aligned, quotations paired, a verdict on whether one is a
/// reworded or copied version of the other, and the actors both discuss.
public struct Comparison: Sendable {
    public struct Verdict: Sendable, Hashable {
        public var derived: Bool
        public var score: Double
        /// Share of the better-covered article's paragraphs aligned with a close partner.
        public var coverage: Double
        /// Share of the fewer-quoting article's quotations found again in the other.
        public var quoteShare: Double
    }

    public var a: Int
    public var b: Int
    public var pairs: [AlignedPair]
    public var variants: [QuoteVariant]
    public var verdict: Verdict
    /// Corpus actor indices named in both articles.
    public var sharedActors: [Int]

    static let closePair = 0.35
    static let derivedThreshold = 0.5
}

extension Corpus {
    /// Compares two articles of the corpus. Term weights come from the two articles' own paragraphs,
    /// so a pair scores the same whatever else is loaded: in `compare A B`, in `compare --all` and in
    /// the reader, in a library of five articles or of ten thousand.
    public func compare(_ a: Int, _ b: Int) -> Comparison {
        let pair = vectors(of: [a, b])
        return compare(a, b, vectors: [a: pair[0], b: pair[1]])
    }

    /// Every pair of articles, most similar first.
    public func compareAll() -> [Comparison] {
        var result: [Comparison] = []
        for a in articles.indices {
            for b in articles.indices where b > a { result.append(compare(a, b)) }
        }
        return result.sorted { $0.verdict.score != $1.verdict.score ? $0.verdict.score > $1.verdict.score : ($0.a, $0.b) < ($1.a, $1.b) }
    }

    public func wordDiff(_ comparison: Comparison, _ pair: AlignedPair) -> WordDiff {
        let first = articles[comparison.a], second = articles[comparison.b]
        return WordDiff.between(first, first.paragraphs[pair.a].span, second, second.paragraphs[pair.b].span)
    }

    private func compare(_ a: Int, _ b: Int, vectors: [Int: [ParagraphVector]]) -> Comparison {
        let pairs = ParagraphAligner.align(vectors[a]!, vectors[b]!)
        let variants = QuoteVariantFinder.variants(articles[a], articles[b], aligned: pairs)
        let shared = Set(corpusActor[a]).intersection(corpusActor[b]).sorted()
        return Comparison(a: a, b: b, pairs: pairs, variants: variants,
                          verdict: verdict(a, b, pairs: pairs, variants: variants), sharedActors: shared)
    }

    private func verdict(_ a: Int, _ b: Int, pairs: [AlignedPair], variants: [QuoteVariant]) -> Comparison.Verdict {
        let close = pairs.filter { $0.score >= Comparison.closePair }
        let coveredA = Double(Set(close.map(\.a)).count) / Double(max(1, articles[a].paragraphs.count))
        let coveredB = Double(Set(close.map(\.b)).count) / Double(max(1, articles[b].paragraphs.count))
        let coverage = max(coveredA, coveredB)
        let quotesA = articles[a].quotes.filter { $0.kind == .speech }.count
        let quotesB = articles[b].quotes.filter { $0.kind == .speech }.count
        let strongVariants = variants.filter { $0.similarity >= 0.5 }.count
        let quoteShare = min(quotesA, quotesB) == 0 ? 0 : Double(strongVariants) / Double(min(quotesA, quotesB))
        let score = 0.7 * coverage + 0.3 * min(1, quoteShare)
        return Comparison.Verdict(derived: score >= Comparison.derivedThreshold, score: score, coverage: coverage, quoteShare: quoteShare)
    }

    /// Each paragraph of the given articles as (stem id, is a name or number) pairs, with one stem
    /// table and weights over those articles' paragraphs.
    private func vectors(of chosen: [Int]) -> [[ParagraphVector]] {
        var table = StemTable()
        let words = chosen.map { articles[$0] }.map { article in
            article.paragraphs.map { paragraph in
                ContentWords.words(in: article, span: paragraph.span).map { (id: table.id($0.stem), boosted: $0.isNameOrNumber) }
            }
        }
        let weights = TermWeights(words.flatMap { $0.map { $0.map(\.id) } }, stems: table.count)
        return words.map { $0.map { ParagraphVector($0, terms: weights) } }
    }
}

