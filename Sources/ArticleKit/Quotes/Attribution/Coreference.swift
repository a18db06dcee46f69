import Algorithms
/// Resolves pronouns and bare titles to the actor they refer to: the most recent person mentioned
/// before them whose gender does not contradict the pronoun. Gender comes only from the text: an
/// honorific, or a he/she that can only refer to one person (the only person named since the
/// previous sentence began).
struct Coreference {
    private var personMentions: [(offset: Int, mention: Int)] = []
    private(set) var genders: [Int: Gender] = [:]
    private let actors: ActorAnalysis

    init(article: Article, actors: ActorAnalysis, quoteMarks: [QuoteMarks.Span]) {
        self.actors = actors
        let quoted = quoteMarks.map(\.content)
        var quoteIndex = 0
        for (index, mention) in actors.mentions.enumerated() where actors.actors[mention.actor].kind == .person {
            while quoteIndex < quoted.count, quoted[quoteIndex].end <= mention.span.start { quoteIndex += 1 }
            if quoteIndex < quoted.count, quoted[quoteIndex].contains(mention.span.start) { continue }
            personMentions.append((mention.span.start, index))
        }
        for (index, actor) in actors.actors.enumerated() { if let gender = actor.gender { genders[index] = gender } }
        learnGenders(article)
    }

    private mutating func learnGenders(_ article: Article) {
        for token in article.tokens where token.kind == .word && token.span.length <= 7 {
            let initial = article.scalars[token.span.start]
            guard initial == "h" || initial == "H" || initial == "s" || initial == "S" else { continue }
            let word = article.text(of: token.span).lowercased()
            let gender: Gender
            switch word {
            case "he", "him", "his", "himself": gender = .male
            case "she", "her", "hers", "herself": gender = .female
            default: continue
            }
            guard let sentence = article.sentenceIndex(containing: token.span.start) else { continue }
            var candidates = persons(from: article.sentences[sentence].span.start, before: token.span.start)
            if candidates.isEmpty, sentence > 0 {
                candidates = persons(from: article.sentences[sentence - 1].span.start, before: article.sentences[sentence].span.start)
            }
            if candidates.count == 1, let actor = candidates.first, genders[actor] == nil { genders[actor] = gender }
        }
    }

    /// The distinct person actors mentioned in [start, end).
    private func persons(from start: Int, before end: Int) -> Set<Int> {
        var result = Set<Int>()
        var cursor = position(before: end)
        var looked = 0
        while cursor >= 0, personMentions[cursor].offset >= start, looked < 40 {
            looked += 1
            result.insert(actors.mentions[personMentions[cursor].mention].actor)
            cursor -= 1
        }
        return result
    }

    /// Index into `personMentions` of the last mention before `offset`, or -1.
    private func position(before offset: Int) -> Int {
        personMentions.partitioningIndex { $0.offset >= offset } - 1
    }

    /// The mention a he/she at `offset` refers to: the most recent person not shown by the text to be
    /// of the other gender.
    func resolve(pronoun: String, at offset: Int) -> Int? {
        let wanted: Gender? = pronoun == "he" ? .male : pronoun == "she" ? .female : nil
        var cursor = position(before: offset)
        var looked = 0
        while cursor >= 0, looked < 40 {
            let mention = personMentions[cursor].mention
            let actor = actors.mentions[mention].actor
            if wanted == nil || genders[actor] == nil || genders[actor] == wanted { return mention }
            cursor -= 1
            looked += 1
        }
        return nil
    }

    /// The actor a bare title ("the minister", "the general") refers to: the last one given that role.
    func resolve(title: String, at offset: Int) -> Int? {
        var cursor = position(before: offset)
        var looked = 0
        while cursor >= 0, looked < 40 {
            looked += 1
            let mention = personMentions[cursor].mention
            let actor = actors.actors[actors.mentions[mention].actor]
            if actor.hasRole(word: title) { return mention }
            cursor -= 1
        }
        return nil
    }
}
