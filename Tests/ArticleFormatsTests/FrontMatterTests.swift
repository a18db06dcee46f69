import Testing
@testable import ArticleFormats
@testable import ArticleKit

@Suite("Markdown with front matter")
struct FrontMatterTests {
    @Test func theHeaderGivesTitleAuthorAndDateAndTheBodyStays() {
        let text = """
            ---
            title: "Port talks stall over night shifts"
            author:
              - name: Ines Varga
              - name: Tomas Brandt
            date: 2024-05-06T08:30:00Z
            source: https://example.org/port-talks
            ---

            # Port talks stall over night shifts

            Negotiators left the harbour office at midnight without a deal.

            “We are further apart than in March,” said Ilse Marten, who leads the union.
            """
        let source = FrontMatter.apply(to: ArticleSource(path: "clip.md", text: text))
        let article = ArticleAnalyzer.analyze(source)
        #expect(article.metadata.title == "Port talks stall over night shifts")
        #expect(article.metadata.author == "Ines Varga and Tomas Brandt")
        #expect(article.metadata.date == "2024-05-06")
        #expect(article.paragraphs.count == 6)
        #expect(!article.text.contains("---") && !article.text.contains("source:"))
        #expect(article.text.hasSuffix("Source: https://example.org/port-talks"))
        #expect(article.quotes.first.flatMap(article.speakerName(of:)) == "Ilse Marten")
    }

    @Test func invalidYAMLIsShownAsTextWithAWarning() {
        let source = FrontMatter.apply(to: ArticleSource(path: "clip.md", text: "---\ntitle: [unclosed\n---\n\nBody text here."))
        #expect(source.text.hasPrefix("---"))
        #expect(source.warnings.contains { $0.contains("front matter") })
    }

    @Test func textWithoutFrontMatterIsUnchanged() {
        let source = ArticleSource(path: "a.md", text: "# Title\n\n---\n\nBody.")
        #expect(FrontMatter.apply(to: source) == source)
    }
}
