@testable import ArticleKit
import Testing

/// What the library's first screen is built from before any analysis: the content hash and the
/// metadata read from the head and tail of the text only.
@Suite struct LibrarySummaryTests {
    @Test(arguments: Fixtures.articleNames)
    func headAndTailGiveTheSameMetadataAsTheWholeText(_ name: String) {
        let source = Fixtures.source(name)
        #expect(MetadataSummary.summary(of: source).metadata == ArticleAnalyzer.analyze(source, depth: .text).metadata)
    }

    @Test func aLongTextIsReadOnlyAtItsEnds() {
        let body = (0..<200).map { "Paragraph \($0) of the middle, which the summary never needs to clean." }
        let text = (["A Long Title", "By Ada Byron", "Mar 3, 2024"] + body + ["Ada Byron is a columnist."]).joined(separator: "\n\n")
        let parts = MetadataSummary.headAndTail(text)
        #expect(parts.count == 2)
        #expect(parts.reduce(0) { $0 + $1.utf8.count } < text.utf8.count / 2)
        #expect(parts[0].hasPrefix("A Long Title\n\n"))
        #expect(parts[1].hasSuffix("Ada Byron is a columnist."))
        let summary = MetadataSummary.summary(of: ArticleSource(path: "long.txt", text: text))
        #expect(summary.metadata == ArticleMetadata(title: "A Long Title", author: "Ada Byron", date: "2024-03-03"))
        #expect(!summary.hasText && !summary.hasFindings)
    }

    @Test func theContentHashTellsVersionsApart() {
        let text = Fixtures.source(Fixtures.articleNames[0]).text
        #expect(ContentHash.of(text) == ContentHash.of(String(text)))
        #expect(ContentHash.of(text) != ContentHash.of(text + " "))
        #expect(ContentHash.of(text) != ContentHash.of(String(text.dropFirst())))
        #expect(ContentHash.of("") != ContentHash.of("\u{0}"))
        let hashes = Set(Fixtures.articleNames.map { ContentHash.of(Fixtures.source($0).text) })
        #expect(hashes.count == Fixtures.articleNames.count)
    }

    @Test func findingsAddedToTheTextAreThoseOfTheFullAnalysis() {
        for name in Fixtures.articleNames {
            let source = Fixtures.source(name)
            let full = ArticleAnalyzer.analyze(source)
            let later = ArticleAnalyzer.withFindings(ArticleAnalyzer.analyze(source, depth: .text))
            #expect(later.hasFindings && later.quotes == full.quotes && later.actors == full.actors && later.mentions == full.mentions, "\(name)")
        }
        let summary = ArticleAnalyzer.analyze(Fixtures.source(Fixtures.articleNames[0])).withoutText()
        #expect(ArticleAnalyzer.withFindings(summary).quotes == summary.quotes, "a summary has no text to analyse")
    }

    @Test func anArticleWithoutItsTextKeepsTheNameItIsShownBy() {
        var source = ArticleSource(path: "/library/north/story.txt", text: "Port Reopens\n\nThe port reopened on Monday.")
        source.fileName = source.path
        #expect(ArticleAnalyzer.analyze(source).withoutText().fileName == "/library/north/story.txt")
    }

    @Test func anArticleWithoutItsTextTakesItBackOnlyFromTheSameContent() {
        let full = ArticleAnalyzer.analyze(Fixtures.source(Fixtures.articleNames[1]))
        var summary = full.withoutText()
        #expect(!summary.hasText && summary.text.isEmpty && summary.tokens.isEmpty)
        #expect(summary.quotes == full.quotes)
        var other = ArticleAnalyzer.analyze(Fixtures.source(Fixtures.articleNames[2]))
        let otherContent = summary.adoptText(from: other)
        #expect(!otherContent)
        other.contentHash = full.contentHash
        let otherFindings = summary.adoptText(from: other)
        #expect(!otherFindings, "same hash, different findings: refused")
        let same = summary.adoptText(from: full)
        #expect(same)
        #expect(summary.hasText && summary.text == full.text)
    }
}
