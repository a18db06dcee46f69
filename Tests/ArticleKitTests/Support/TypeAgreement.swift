import Foundation
@testable import ArticleKit

/// How the actor typer's mentions agree with CoreNLP's automatic entity labels (`corenlp/NAME.conll`
/// of a PolNeAR folder), per kind: CoreNLP's runs of PERSON, ORGANIZATION and LOCATION tokens
/// against crossread's mentions of persons, organisations and places, matched per article as
/// multisets of (words, kind). CoreNLP is not always right, so this is agreement, not accuracy.
struct TypeAgreement {
    struct Counts { var gold = 0, predicted = 0, agreed = 0 }
    var byKind: [ActorKind: Counts] = [:]
    /// Disagreements as (article, words, CoreNLP's kind or "-", crossread's kind or "-", how many).
    var disagreements: [(String, String, String, String, Int)] = []

    func f1(_ kind: ActorKind) -> Double {
        let counts = byKind[kind] ?? Counts()
        let precision = Double(counts.agreed) / Double(max(counts.predicted, 1)), recall = Double(counts.agreed) / Double(max(counts.gold, 1))
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    static let labels: [String: ActorKind] = ["PERSON": .person, "ORGANIZATION": .organization, "LOCATION": .place,
                                              "CITY": .place, "COUNTRY": .place, "STATE_OR_PROVINCE": .place]

    init(folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("articles").path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let conll = folder.appendingPathComponent("corenlp/" + name.dropLast(4) + ".conll")
            guard let table = try? String(contentsOf: conll, encoding: .utf8) else { continue }
            let path = folder.appendingPathComponent("articles/\(name)").path
            let article = ArticleAnalyzer.analyze(ArticleSource(path: path, text: try String(contentsOfFile: path, encoding: .utf8)))
            var gold: [String: ActorKind] = [:], goldCounts: [String: Int] = [:]
            var run: [String] = [], runKind: ActorKind?
            func close() {
                if let kind = runKind, !run.isEmpty {
                    let key = Self.key(run.joined(separator: " ")) + "|" + kind.rawValue
                    gold[key] = kind
                    goldCounts[key, default: 0] += 1
                }
                run = []; runKind = nil
            }
            for line in table.split(separator: "\n", omittingEmptySubsequences: false) {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 6 else { close(); continue }
                let kind = Self.labels[String(columns[5])]
                if kind != runKind { close() }
                if let kind { run.append(String(columns[0])); runKind = kind }
            }
            close()
            var predicted: [String: Int] = [:], predictedKind: [String: ActorKind] = [:]
            for mention in article.mentions {
                let kind = article.actors[mention.actor].kind
                let key = Self.key(mention.surface) + "|" + kind.rawValue
                predicted[key, default: 0] += 1
                predictedKind[key] = kind
            }
            for (key, count) in goldCounts {
                let kind = gold[key]!
                byKind[kind, default: Counts()].gold += count
                let agreed = min(count, predicted[key] ?? 0)
                byKind[kind, default: Counts()].agreed += agreed
                if agreed < count { disagreements.append((name, key, kind.rawValue, "-", count - agreed)) }
            }
            for (key, count) in predicted {
                let kind = predictedKind[key]!
                byKind[kind, default: Counts()].predicted += count
                if count > (goldCounts[key] ?? 0) { disagreements.append((name, key, "-", kind.rawValue, count - (goldCounts[key] ?? 0))) }
            }
        }
    }

    /// Words compared without a leading "the" or honorific, a closing full stop, spaces, possessives,
    /// case or accents ("The Times" and "Times", "Obama ’s" and "Obama's", "Mr. Kerr" and "Kerr",
    /// "Va." and "Va" agree): crossread's mentions leave honorifics out by design.
    static func key(_ words: String) -> String {
        var folded = TextFolding.fold(words)
        for prefix in ["the ", "mr. ", "ms. ", "mrs. ", "dr. "] where folded.hasPrefix(prefix) { folded = String(folded.dropFirst(prefix.count)) }
        if folded.hasSuffix(".") { folded.removeLast() }
        for suffix in ["’s", "'s"] where folded.hasSuffix(suffix) { folded = String(folded.dropLast(2)) }
        return String(folded.unicodeScalars.filter { !CharacterClass.isWhitespace($0) && $0 != "’" && $0 != "'" })
            .replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
    }
}
