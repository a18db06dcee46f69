import Testing
@testable import ArticleKit

private func article(_ name: String, _ body: String) -> Article {
    ArticleAnalyzer.analyze(ArticleSource(path: name, text: body))
}

private let source = """
    Harbour Deal Collapses

    The harbour authority rejected the dockworkers' final offer on Tuesday, ending six weeks of negotiations over pensions and night shifts. Talks had stalled for days over overtime pay and the staffing of automated cranes at the western terminals.

    Union leader Marta Kowalczyk said the authority had "never intended to settle" and promised further strikes at the container terminals.

    Shipping companies have already diverted forty vessels to neighbouring ports, and freight rates for refrigerated cargo doubled overnight.

    Economists warn that a long stoppage could shave half a percentage point off regional growth this year.
    """

@Suite("Comparing two articles")
struct CompareTests {
    @Test func verbatimCopyAlignsEveryParagraphAndIsDerived() {
        let corpus = Corpus(articles: [article("a.txt", source), article("b.txt", source)])
        let comparison = corpus.compare(0, 1)
        #expect(comparison.pairs.map { [$0.a, $0.b] } == [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]])
        #expect(comparison.pairs.allSatisfy { $0.score > 0.99 })
        #expect(comparison.verdict.derived)
        #expect(comparison.variants.count == 1 && comparison.variants[0].sameWords)
    }

    @Test func reorderedParagraphsAlignMonotonically() {
        let paragraphs = source.split(separator: "\n\n").map(String.init)
        let reordered = [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[2], paragraphs[4]].joined(separator: "\n\n")
        let comparison = Corpus(articles: [article("a.txt", source), article("b.txt", reordered)]).compare(0, 1)
        let pairs = comparison.pairs.map { [$0.a, $0.b] }
        #expect(pairs == pairs.sorted { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] })
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0[1] <= $1[1] })
        #expect(pairs.count >= 4)
    }

    @Test func splitParagraphFacesBothHalves() {
        let split = source.replacingOccurrences(of: "night shifts. Talks had stalled", with: "night shifts.\n\nTalks had stalled")
        let comparison = Corpus(articles: [article("a.txt", source), article("b.txt", split)]).compare(0, 1)
        let partnersOfFirstBody = comparison.pairs.filter { $0.a == 1 }.map(\.b)
        #expect(partnersOfFirstBody == [1, 2])
    }

    @Test func rewordedCopyStillAligns() {
        let reworded = """
            Port Agreement Falls Apart

            On Tuesday the harbour authority turned down the final offer of the dockworkers, closing six weeks of talks about pensions and night shifts. For days the talks had been stuck on overtime pay and on staffing automated cranes at the western terminals.

            Marta Kowalczyk, the union leader, said the authority "never meant to settle" and vowed more strikes at the container terminals.

            Forty vessels have already been diverted by shipping companies to nearby ports, while refrigerated cargo freight rates doubled overnight.

            A long stoppage could cut half a percentage point from regional growth this year, economists warn.
            """
        let comparison = Corpus(articles: [article("a.txt", source), article("b.txt", reworded)]).compare(0, 1)
        #expect(comparison.pairs.filter { $0.a == $0.b && $0.a > 0 }.count == 4)
        #expect(comparison.verdict.derived)
        #expect(comparison.variants.first?.speaker == "Marta Kowalczyk")
        #expect(comparison.variants.first.map { !$0.sameWords && $0.similarity >= 0.5 } == true)
    }

    @Test func unrelatedArticlesShareNothing() {
        let other = """
            Orchestra Opens Season

            The city orchestra opened its season with a program of late Romantic symphonies under a new conductor.

            Critics praised the brass section and the conductor's brisk tempos in the finale.
            """
        let comparison = Corpus(articles: [article("a.txt", source), article("b.txt", other)]).compare(0, 1)
        #expect(comparison.pairs.filter { $0.a > 0 }.isEmpty)
        #expect(!comparison.verdict.derived)
        #expect(comparison.variants.isEmpty)
    }

    @Test func wordDiffMarksSharedReplacedAndOnlyWords() {
        let first = article("a.txt", "T\n\nThe talks collapsed on Tuesday night.")
        let second = article("b.txt", "T\n\nThe negotiations collapsed on Tuesday.")
        let diff = WordDiff.between(first, first.paragraphs[1].span, second, second.paragraphs[1].span)
        #expect(diff.a.map(\.kind) == [.shared, .replaced, .shared, .shared, .shared, .only])
        #expect(diff.b.map(\.kind) == [.shared, .replaced, .shared, .shared, .shared])
    }
}

/// The bundled reworded copy against its source, and every other bundled pair.
@Suite("Comparing the bundled articles")
struct BundledCompareTests {
    static let corpus = AccuracyTests.corpus
    static let copy = corpus.articles.firstIndex { $0.fileName.hasPrefix("resurrection") }!
    static let original = corpus.articles.firstIndex { $0.fileName.hasPrefix("revitalizing") }!

    /// Checked by hand against the two texts: each paragraph of the copy (left) and the paragraph of
    /// the source it rewords (right); the source's byline, dateline and closing note have no copy.
    static let expected: [[Int]] = [
        [0, 0], [1, 4], [2, 5], [3, 6], [4, 6], [5, 7], [6, 7], [7, 8], [8, 8], [9, 8], [10, 9], [11, 9], [12, 9],
        [13, 10], [14, 11], [15, 11], [16, 11], [17, 12], [18, 12], [19, 12], [20, 12], [21, 13], [22, 13], [23, 13], [24, 14],
    ]

    @Test func everyParagraphOfTheCopyFacesItsSource() {
        let comparison = Self.corpus.compare(Self.copy, Self.original)
        #expect(comparison.pairs.map { [$0.a, $0.b] } == Self.expected)
        #expect(comparison.verdict.derived)
    }

    @Test func goldQuoteVariantsAreFound() {
        let comparison = Self.corpus.compare(Self.copy, Self.original)
        let copy = Self.corpus.articles[Self.copy], original = Self.corpus.articles[Self.original]
        let found = Fixtures.gold("quote_variants.jsonl").filter { gold in
            let a = GoldText.normalized((gold["a"] as? [String: Any])?["quote"] as? String ?? "")
            let b = GoldText.normalized((gold["b"] as? [String: Any])?["quote"] as? String ?? "")
            return comparison.variants.contains { variant in
                GoldScore.matches(a, GoldText.normalized(copy.text(of: copy.quotes[variant.a].content)))
                    && GoldScore.matches(b, GoldText.normalized(original.text(of: original.quotes[variant.b].content)))
            }
        }
        #expect(found.count >= 12)
    }

    @Test func noOtherPairIsDerived() {
        let all = Self.corpus.compareAll()
        #expect(all.count == 10)
        #expect(all.filter(\.verdict.derived).map { Set([$0.a, $0.b]) } == [Set([Self.copy, Self.original])])
        #expect(all.dropFirst().allSatisfy { $0.verdict.score < 0.2 })
    }
}
