import Testing
@testable import ArticleKit

/// Floors on PolNeAR's development split: real news that the weights were not trained on. They
/// only ever rise. Skipped, with a message, where ../shared/polnear is absent.
@Suite("Accuracy on unseen news (PolNeAR dev)")
struct DevAccuracyTests {
    static let score: DevScore? = DevScore.folder.flatMap { try? DevScore(folder: $0) }

    @Test(.enabled(if: DevScore.folder != nil, "../shared/polnear/dev is absent: dev accuracy not measured"))
    func quotationsSpeakersAndMentions() throws {
        let score = try #require(Self.score)
        print("PolNeAR dev: quote F1 \(score.quoteF1), attribution accuracy \(score.attributionAccuracy), mention accuracy \(score.mentionAccuracy)")
        #expect(score.quoteF1 >= 0.96, "quote F1 \(score.quoteF1)")
        #expect(score.attributionAccuracy >= 0.85, "attribution accuracy \(score.attributionAccuracy)")
        #expect(score.mentionAccuracy >= 0.92, "mention accuracy \(score.mentionAccuracy)")
    }
}
