import Testing
@testable import ArticleKit

/// Floors on the bundled articles, scored against the hand-checked gold. They only ever rise.
@Suite("Accuracy against the gold")
struct AccuracyTests {
    static let corpus = Corpus(articles: Fixtures.articleNames.map(Fixtures.article))
    static let score = GoldScore(corpus: corpus, goldQuotes: Fixtures.gold("quotes.jsonl"), goldActors: Fixtures.gold("actors.jsonl"))

    @Test func speechQuoteF1() {
        #expect(Self.score.quoteF1 >= 0.99, "\(Self.score.quoteF1): \(Self.score.errors)")
    }

    @Test func attributionAccuracy() {
        #expect(Self.score.attributionAccuracy >= 0.98, "\(Self.score.attributionAccuracy): \(Self.score.errors)")
    }

    @Test func actorF1AndPersonPrecision() {
        #expect(Self.score.actorF1 >= 0.98, "\(Self.score.actorF1): \(Self.score.errors)")
        #expect(Self.score.personPrecision >= 0.97, "\(Self.score.personPrecision): \(Self.score.errors)")
    }

    @Test func termQuotesAreReportedAsTerms() {
        for gold in Fixtures.gold("quotes.jsonl") where gold["kind"] as? String == "term" {
            let article = Self.corpus.articles.first { $0.fileName == gold["article"] as? String }!
            let text = GoldScore.normalized(gold["quote"] as? String ?? "")
            let quote = article.quotes.first { GoldScore.matches(text, GoldScore.normalized(article.text(of: $0.content))) }
            #expect(quote?.kind == .term, "\(text)")
        }
    }
}
