import Foundation
@testable import ArticleKit

/// The metrics of ../shared/gold/README.md (as score.py computes them), over the bundled corpus.
/// Quotations are paired one-to-one greedily in reading order, preferring a prediction with the right
/// speaker; score.py's optimal pairing can only score the same or higher.
struct GoldScore {
    var goldSpeech = 0, predicted = 0, found = 0, attributedRight = 0
    var goldActors = 0, predictedActors = 0, foundActors = 0, rightActors = 0
    var predictedPersons = 0, rightPersons = 0
    var errors: [String] = []

    var quoteF1: Double { f1(precision: Double(found) / Double(max(predicted, 1)), recall: Double(found) / Double(max(goldSpeech, 1))) }
    var attributionAccuracy: Double { Double(attributedRight) / Double(max(found, 1)) }
    var actorF1: Double { f1(precision: Double(rightActors) / Double(max(predictedActors, 1)), recall: Double(foundActors) / Double(max(goldActors, 1))) }
    var personPrecision: Double { Double(rightPersons) / Double(max(predictedPersons, 1)) }

    private func f1(precision: Double, recall: Double) -> Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func normalized(_ text: String) -> String {
        let marks = Set("\"'`«»‘’‚‛“”„‟‹›❛❜❝❞〝〞〟＂´")
        return text.filter { !marks.contains($0) }.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    static func matches(_ gold: String, _ predicted: String) -> Bool {
        guard !gold.isEmpty, !predicted.isEmpty else { return false }
        return gold.contains(String(predicted.prefix(20))) || predicted.contains(String(gold.prefix(20)))
    }

    init(corpus: Corpus, goldQuotes: [[String: Any]], goldActors: [[String: Any]]) {
        for (index, article) in corpus.articles.enumerated() {
            scoreQuotes(article, gold: goldQuotes.filter { $0["article"] as? String == article.fileName })
            scoreActors(corpus, index, gold: goldActors.filter { $0["article"] as? String == article.fileName })
        }
    }

    private mutating func scoreQuotes(_ article: Article, gold: [[String: Any]]) {
        let speech = gold.filter { $0["kind"] as? String == "speech" }
        let predictions = article.quotes.filter { $0.kind == .speech }
        goldSpeech += speech.count
        predicted += predictions.count
        var taken = Set<Int>()
        for quote in speech {
            let text = Self.normalized(quote["quote"] as? String ?? "")
            let match = (quote["match"] as? [String] ?? []).map { $0.lowercased() }
            let candidates = predictions.indices.filter { !taken.contains($0) && Self.matches(text, Self.normalized(article.text(of: predictions[$0].content))) }
            let right = candidates.first { index in match.contains { article.speakerName(of: predictions[index])?.lowercased().contains($0) ?? false } }
            guard let chosen = right ?? candidates.first else {
                errors.append("\(article.fileName): missed quote \(text.prefix(60))")
                continue
            }
            taken.insert(chosen)
            found += 1
            if right != nil { attributedRight += 1 } else {
                errors.append("\(article.fileName): wrong speaker \(article.speakerName(of: predictions[chosen]) ?? "nil") for \(text.prefix(50))")
            }
        }
    }

    private mutating func scoreActors(_ corpus: Corpus, _ articleIndex: Int, gold: [[String: Any]]) {
        let article = corpus.articles[articleIndex]
        var names: [String: Set<ActorKind>] = [:]
        for (index, actor) in article.actors.enumerated() {
            names[corpus.canonicalName(article: articleIndex, actor: index).lowercased(), default: []].insert(actor.kind)
        }
        let goldMatches = gold.map { ($0["match"] as? [String] ?? []).map { $0.lowercased() } }
        goldActors += gold.count
        predictedActors += names.count
        for (index, match) in goldMatches.enumerated() {
            if names.keys.contains(where: { name in match.contains { name.contains($0) } }) { foundActors += 1 } else {
                errors.append("\(article.fileName): missed actor \(gold[index]["name"] as? String ?? "")")
            }
        }
        for (name, kinds) in names {
            let right = goldMatches.contains { $0.contains { name.contains($0) } }
            if right { rightActors += 1 } else { errors.append("\(article.fileName): false actor \(name)") }
            if kinds.contains(.person) {
                predictedPersons += 1
                if right { rightPersons += 1 }
            }
        }
    }
}
