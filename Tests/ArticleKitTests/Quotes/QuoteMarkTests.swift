import Testing
@testable import ArticleKit

@Suite("Quotation marks")
struct QuoteMarkTests {
    private func quoted(_ body: String) -> [String] {
        let article = analyze(body)
        return article.quotes.map { article.text(of: $0.content) }
    }

    @Test func curlyStraightAndMixedPairs() {
        #expect(quoted("She said “we will stay” and he said \"we will go\" and they wrote “we will see\".")
            == ["we will stay", "we will go", "we will see"])
    }

    @Test func apostrophesAreNeverQuoteMarks() {
        #expect(quoted("The rebels’ air force can't fly, and Iran’s '90s policy isn't the rebels' choice.").isEmpty)
    }

    @Test func singleQuotesQuoteOutsideDoubleOnes() {
        #expect(quoted("The minister called it ‘a historic day’ for the region.") == ["a historic day"])
    }

    @Test func nestedSingleQuoteBelongsToTheOuterQuote() {
        #expect(quoted("“He told me ‘never again,’ and I believed him,” the envoy said.") == ["He told me ‘never again,’ and I believed him,"])
    }

    @Test func strayMarkSpoilsAtMostItsParagraph() {
        let article = analyze("A stray ” mark sits here and “a real quote” follows.\n\nNext paragraph has “its own quote” intact.")
        #expect(article.quotes.map { article.text(of: $0.content) } == ["a real quote", "its own quote"])
    }

    @Test func wronglyDirectedClosingMarkAtTheEnd() {
        #expect(quoted("The official asked, “Who will pay for this? Nobody knows. “") == ["Who will pay for this? Nobody knows."])
    }

    @Test func unclosedQuoteEndsWithItsParagraph() {
        let article = analyze("“We will rebuild the port and the schools, the mayor promised.\n\nThe council met later.")
        #expect(article.quotes.count == 1)
        #expect(article.text(of: article.quotes[0].content) == "We will rebuild the port and the schools, the mayor promised.")
    }

    @Test func multiParagraphQuotationContinues() {
        let body = "Ana Reyes, the foreign minister, said: “We tried everything.\n\n“Then we tried again, and it worked.”"
        let article = analyze(body)
        #expect(article.speakers == ["Ana Reyes", "Ana Reyes"])
    }
}
