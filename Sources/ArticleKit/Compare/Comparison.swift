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
        compare(a, b, words: (contentWords(of: a), contentWords(of: b)))
    }

    /// Every pair of articles, most similar first. Each article's content words are extracted once.
    public func compareAll() -> [Comparison] {
        let words = articles.indices.map(contentWords(of:))
        var result: [Comparison] = []
        for a in articles.indices {
            for b in articles.indices where b > a { result.append(compare(a, b, words: (words[a], words[b]))) }
        }
        return result.sorted { $0.verdict.score != $1.verdict.score ? $0.verdict.score > $1.verdict.score : ($0.a, $0.b) < ($1.a, $1.b) }
    }

    public func wordDiff(_ comparison: Comparison, _ pair: AlignedPair) -> WordDiff {
        let first = articles[comparison.a], second = articles[comparison.b]
        return WordDiff.between(first, first.paragraphs[pair.a].span, second, second.paragraphs[pair.b].span)
    }

    private func compare(_ a: Int, _ b: Int, words: ([[ContentWords.Word]], [[ContentWords.Word]])) -> Comparison {
        let vectors = Self.vectors(words.0, words.1)
        let pairs = ParagraphAligner.align(vectors.0, vectors.1)
        let variants = QuoteVariantFinder.variants(articles[a], articles[b], aligned: pairs,
                                                   speakers: ({ speaker(article: a, quote: $0) }, { speaker(article: b, quote: $0) }))
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

    /// Each paragraph's content words, as stems.
    private func contentWords(of index: Int) -> [[ContentWords.Word]] {
        articles[index].paragraphs.map { ContentWords.words(in: articles[index], span: $0.span) }
    }

    /// The two articles' paragraphs as (stem id, is a name or number) vectors, with one stem table and
    /// weights over those two articles' paragraphs only.
    private static func vectors(_ first: [[ContentWords.Word]], _ second: [[ContentWords.Word]]) -> ([ParagraphVector], [ParagraphVector]) {
        var table = StemTable()
        let ids = [first, second].map { paragraphs in
            paragraphs.map { $0.map { (id: table.id($0.stem), boosted: $0.isNameOrNumber) } }
        }
        let weights = TermWeights(ids.flatMap { $0.map { $0.map(\.id) } }, stems: table.count)
        let vectors = ids.map { $0.map { ParagraphVector($0, terms: weights) } }
        return (vectors[0], vectors[1])
    }
}

