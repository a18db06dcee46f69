import Testing
@testable import ArticleKit

@Suite("Sentences and tokens")
struct SentenceTests {
    private func sentences(_ text: String) -> [String] {
        let article = ArticleAnalyzer.analyze(ArticleSource(path: "t.txt", text: text))
        return article.sentences.map { article.text(of: $0.span) }
    }

    private func words(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return Tokenizer.tokens(in: scalars, span: TextSpan(0, scalars.count)).filter { $0.kind != .punctuation }.map { scalars.string($0.span) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("The U.S. has ruled out a similar move. Gen. Qassem Soleimani was killed in Jan. 2020 by the U.S. military.")
            == ["The U.S. has ruled out a similar move.", "Gen. Qassem Soleimani was killed in Jan. 2020 by the U.S. military."])
        #expect(sentences("Mr. Smith met St. John at the U.N. headquarters. They talked.")
            == ["Mr. Smith met St. John at the U.N. headquarters.", "They talked."])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(sentences("George W. Bush committed too few resources. It failed.")
            == ["George W. Bush committed too few resources.", "It failed."])
    }

    @Test func abbreviationAtSentenceEndBeforeATypicalOpening() {
        #expect(sentences("Several partners have passed the U.S. The aggressiveness is new.")
            == ["Several partners have passed the U.S.", "The aggressiveness is new."])
    }

    @Test func closingQuoteBelongsToTheSentence() {
        #expect(sentences("He said, “We are not an ocean away.” Then he left.")
            == ["He said, “We are not an ocean away.”", "Then he left."])
        #expect(sentences("“Who will fight us?” said the envoy. Nobody answered.")
            == ["“Who will fight us?” said the envoy.", "Nobody answered."])
    }

    @Test func wordsKeepApostrophesHyphensAndDots() {
        #expect(words("Iran’s can't Iran-backed F-16 U.S. 2,500 9/11 ISIS’") == ["Iran’s", "can't", "Iran-backed", "F-16", "U.S.", "2,500", "9/11", "ISIS"])
    }

    @Test func paragraphsAndOffsetsCountScalars() {
        let article = ArticleAnalyzer.analyze(ArticleSource(path: "t.txt", text: "Café é\n\nSecond paragraph."))
        #expect(article.paragraphs.map { article.text(of: $0.span) } == ["Café é", "Second paragraph."])
        #expect(article.paragraphs[1].span.start == 8)
    }
}
