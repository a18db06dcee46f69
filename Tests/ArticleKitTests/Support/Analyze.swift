@testable import ArticleKit

/// Analyses a few paragraphs written for a test, under a plain title.
func analyze(_ body: String) -> Article {
    ArticleAnalyzer.analyze(ArticleSource(path: "test.txt", text: "Test article\n\n" + body))
}

extension Article {
    /// (quoted words, speaker) for every quotation, in reading order.
    var attributed: [(String, String?)] { quotes.map { (text(of: $0.content), speakerName(of: $0)) } }
    var speakers: [String?] { quotes.map(speakerName(of:)) }
    /// Who said the first speech quotation, as the article names them.
    var firstSpeaker: String? { quotes.first { $0.kind == .speech }.flatMap(speakerName(of:)) }
    var kinds: [QuoteKind] { quotes.map(\.kind) }
    func actorNames(_ kind: ActorKind? = nil) -> [String] { actors.filter { kind == nil || $0.kind == kind }.map(\.name) }
}
