/// Cross-reference threads: actors and phrases that two or more articles discuss. Phrases rank by how
/// many articles share them, how often they recur, and how rare their words are in the corpus, so
/// specific phrases ("burden sharing") come before common ones ("national security").
public struct Thread: Sendable, Hashable {
    public enum Kind: String, Sendable { case actor, phrase }

    public struct Passage: Sendable, Hashable {
        public var article: Int
        public var span: TextSpan
    }

    public var name: String
    public var kind: Kind
    /// Article indices, in corpus order.
    public var articles: [Int]
    public var passages: [Passage]
    public var score: Double
}

extension Corpus {
    public func threads() -> [Thread] {
        actorThreads() + phraseThreads()
    }

    public func actorThreads() -> [Thread] {
        var result: [Thread] = []
        for actor in actors {
            let articleSet = Set(actor.members.map(\.article))
            guard articleSet.count >= 2 else { continue }
            let passages = actor.members.flatMap { member in
                articles[member.article].actors[member.actor].mentions.map {
                    Thread.Passage(article: member.article, span: articles[member.article].mentions[$0].span)
                }
            }.sorted { ($0.article, $0.span) < ($1.article, $1.span) }
            result.append(Thread(name: actor.name, kind: .actor, articles: articleSet.sorted(), passages: passages,
                                 score: Double(articleSet.count) * 10 + Double(passages.count)))
        }
        return result.sorted { $0.score > $1.score }
    }

    public func phraseThreads() -> [Thread] {
        let shared = PhraseIndex.sharedPhrases(in: articles)
        let frequency = stemFrequencies()
        let total = Double(frequency.values.reduce(0, +))
        var threads: [(key: [String], thread: Thread)] = []
        for (key, occurrences) in shared {
            let articleSet = Set(occurrences.map(\.article))
            let content = key.filter { !PhraseIndex.functionWords.contains($0) }
            let specificity = content.reduce(0.0) { $0 + log2(total / Double(max(1, frequency[$1] ?? 1))) } / Double(max(1, content.count))
            var forms: [String: Int] = [:]
            for occurrence in occurrences { forms[occurrence.surface.lowercased(), default: 0] += 1 }
            let name = forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let passages = occurrences.map { Thread.Passage(article: $0.article, span: $0.span) }
                .sorted { ($0.article, $0.span) < ($1.article, $1.span) }
            threads.append((key, Thread(name: name, kind: .phrase, articles: articleSet.sorted(), passages: passages,
                                        score: Double(articleSet.count) * 3 + log2(Double(passages.count)) * 2 + specificity
                                            - (key.count > 3 ? 3 : 0))))
        }
        let kept = threads.filter { candidate in
            !threads.contains { other in
                other.key.count > candidate.key.count && other.thread.articles == candidate.thread.articles
                    && other.thread.passages.count >= candidate.thread.passages.count && contains(other.key, candidate.key)
            }
        }
        return kept.map(\.thread).sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
    }

    private func contains(_ long: [String], _ short: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        return (0...(long.count - short.count)).contains { Array(long[$0..<($0 + short.count)]) == short }
    }

    private func stemFrequencies() -> [String: Int] {
        var counts: [String: Int] = [:]
        for article in articles {
            for piece in PhraseIndex.pieces(of: article) { counts[piece.stem, default: 0] += 1 }
        }
        return counts
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
