import Foundation
@testable import ArticleKit

/// score.py's quotation metrics over a PolNeAR-format folder (`articles/`, `gold/quotes.jsonl`):
/// quote F1 over speech quotations, attribution accuracy through the gold `match` strings, and
/// `mention_acc` through the annotated source spans. Pairs greedily in reading order (score.py's
/// optimal pairing can only score the same or higher), so these are lower bounds of its figures.
struct DevScore {
    var goldSpeech = 0, predicted = 0, found = 0, attributed = 0, mentionGold = 0, mentionRight = 0

    var quoteF1: Double {
        let precision = Double(found) / Double(max(predicted, 1)), recall = Double(found) / Double(max(goldSpeech, 1))
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
    var attributionAccuracy: Double { Double(attributed) / Double(max(found, 1)) }
    var mentionAccuracy: Double { Double(mentionRight) / Double(max(mentionGold, 1)) }

    /// `../shared/polnear/dev` beside the package, when it is there.
    static let folder: URL? = {
        let url = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/polnear/dev")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("gold/quotes.jsonl").path) ? url : nil
    }()

    init(folder: URL) throws {
        let goldText = try String(contentsOf: folder.appendingPathComponent("gold/quotes.jsonl"), encoding: .utf8)
        var gold: [String: [[String: Any]]] = [:]
        for line in goldText.split(separator: "\n") {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let article = record["article"] as? String, record["adjudicated"] as? String != "removed" else { continue }
            gold[article, default: []].append(record)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("articles").path).sorted()
        for name in names {
            let path = folder.appendingPathComponent("articles/\(name)").path
            let article = ArticleAnalyzer.analyze(ArticleSource(path: path, text: try String(contentsOfFile: path, encoding: .utf8)))
            score(article, gold: (gold[name] ?? []).filter { $0["kind"] as? String == "speech" })
        }
    }

    private mutating func score(_ article: Article, gold: [[String: Any]]) {
        let predictions = article.quotes.filter { $0.kind == .speech }
        goldSpeech += gold.count
        predicted += predictions.count
        var taken = Set<Int>()
        for record in gold {
            let text = GoldScore.normalized(record["quote"] as? String ?? "")
            let matching = predictions.indices.filter { !taken.contains($0) && GoldScore.matches(text, GoldScore.normalized(article.text(of: predictions[$0].content))) }
            let match = (record["match"] as? [String] ?? []).map { $0.lowercased() }.filter { !$0.isEmpty }
            func right(_ index: Int) -> Bool {
                let speaker = article.speakerName(of: predictions[index])?.lowercased() ?? ""
                return !speaker.isEmpty && match.contains { speaker.contains($0) }
            }
            guard let index = matching.first(where: right) ?? matching.first else { continue }
            taken.insert(index)
            found += 1
            if right(index) { attributed += 1 }
            if let sources = record["source_spans"] as? [[Int]], !sources.isEmpty, let start = record["start"] as? Int {
                mentionGold += 1
                let shift = start - predictions[index].content.start
                if let span = predictions[index].speakerSpan,
                   sources.contains(where: { $0.count == 2 && span.start + shift < $0[1] && $0[0] < span.end + shift }) {
                    mentionRight += 1
                }
            }
        }
    }
}
