import Algorithms
/// Who a pronoun or a definite description ("he", "they", "the senator") refers to: the actors named
/// in the few sentences before it and the speakers of the last quotations, ranked by a learned
/// scorer over recency, salience, gender and number agreement, kind, and whether the actor was just
/// speaking, against keeping the words as written. Only actors the word can stand for are candidates:
/// persons of the pronoun's gender (or of none known) for "he" and "she", anything but a person for "it".
struct AntecedentRanker {
    let context: AttributionContext
    let model: LinearModel
    /// Per actor: how often a he/him/his (male) or she/her (female) refers to them alone.
    let genderEvidence: [Int: (male: Int, female: Int)]

    static let maleKeys = WordKey.set(["he", "him", "his", "himself"])
    static let femaleKeys = WordKey.set(["she", "her", "hers", "herself"])
    static let lookBackSentences = 4
    static let maximumCandidates = 12

    struct Candidate {
        var actor: Int?
        var lastMention: Int?
        var recency: Int
        var speakerRecency: Int?
    }

    init(context: AttributionContext, model: AttributionModel) {
        self.context = context
        self.model = model.antecedent
        let mentions = context.actors.mentions
        // An honorific or a first name news prose genders settles an actor's gender: counting pronouns
        // near a name is noisy (a "she" in a sentence about what she read of a man counts for him).
        var evidence: [Int: (male: Int, female: Int)] = [:]
        var settled = Set<Int>()
        for (index, actor) in context.actors.actors.enumerated() where actor.kind == .person {
            // A person the article names by one word that is a first name ("Dana said") goes by it.
            let first = Self.firstName(actor.name) ?? (actor.name.contains(" ") ? nil : WordKey.of(actor.name))
            switch actor.gender ?? first.flatMap(model.gendered.gender(of:)) {
            case .male?: evidence[index] = (3, 0)
            case .female?: evidence[index] = (0, 3)
            case nil: continue
            }
            settled.insert(index)
        }
        let layer = context.layer
        var cursor = 0
        for token in 0..<layer.count where layer.has(token, .word) {
            let key = layer.keys[token]
            let male = Self.maleKeys.contains(key)
            guard male || Self.femaleKeys.contains(key) else { continue }
            let offset = context.tokens[token].span.start
            while cursor < mentions.count, mentions[cursor].span.start < offset { cursor += 1 }
            // Persons named earlier in the pronoun's sentence; for a pronoun opening its sentence, in the
            // sentence before. A pronoun after a quotation ("…,” she said) is not evidence: it is what
            // is being resolved.
            let sentence = Int(layer.sentence[token])
            let reach = layer.has(token, .sentenceStart) ? sentence - 1 : sentence
            var persons = Set<Int>()
            var index = cursor - 1
            while index >= 0, mentions[index].sentence >= reach, persons.count < 3 {
                let actor = mentions[index].actor
                if mentions[index].sentence < sentence, !persons.isEmpty { break }
                if context.actors.actors[actor].kind == .person, !context.isQuoted(mentions[index].span.start) { persons.insert(actor) }
                index -= 1
            }
            if persons.count == 1, let actor = persons.first, !settled.contains(actor) {
                var counts = evidence[actor] ?? (0, 0)
                if male { counts.male += 1 } else { counts.female += 1 }
                evidence[actor] = counts
            }
        }
        genderEvidence = evidence
    }

    /// The key of a name's first word when the name has several ("Dana" of "Dana Whitfield").
    static func firstName(_ name: String) -> UInt64? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, first.count > 1, !first.hasSuffix(".") else { return nil }
        return WordKey.of(String(first))
    }

    static let personKeys = maleKeys.union(femaleKeys)
    static let thingKeys = WordKey.set(["it", "its", "itself"])

    /// Whether the referring word (a pronoun's key) can stand for the actor: "he" and "she" a person
    /// the article does not more often call the other, "it" anything but a person.
    func isCompatible(_ actor: Int, word: UInt64) -> Bool {
        let kind = context.actors.actors[actor].kind
        if Self.personKeys.contains(word) {
            guard kind == .person else { return false }
            let evidence = genderEvidence[actor] ?? (0, 0)
            return Self.maleKeys.contains(word) ? evidence.female <= evidence.male : evidence.male <= evidence.female
        }
        if Self.thingKeys.contains(word) { return kind != .person }
        return true
    }

    /// The candidates for a referring word at `token`: distinct actors it can stand for, most recent first.
    func candidates(before token: Int, word: UInt64, speakers: [Int]) -> [Candidate] {
        let mentions = context.actors.mentions
        let offset = context.tokens[token].span.start
        let sentence = Int(context.layer.sentence[token])
        let low = mentions.partitioningIndex { $0.span.start >= offset }
        var result: [Candidate] = [Candidate(actor: nil, lastMention: nil, recency: 0, speakerRecency: nil)]
        var seen = Set<Int>()
        var index = low - 1
        var looked = 0
        while index >= 0, mentions[index].sentence >= sentence - Self.lookBackSentences, result.count <= Self.maximumCandidates, looked < 60 {
            defer { index -= 1; looked += 1 }
            let mention = mentions[index]
            if context.isQuoted(mention.span.start) || !isCompatible(mention.actor, word: word) || !seen.insert(mention.actor).inserted { continue }
            result.append(Candidate(actor: mention.actor, lastMention: index, recency: seen.count - 1,
                                    speakerRecency: speakers.firstIndex(of: mention.actor)))
        }
        for (rank, actor) in speakers.prefix(3).enumerated() where !seen.contains(actor) && isCompatible(actor, word: word) {
            seen.insert(actor)
            result.append(Candidate(actor: actor, lastMention: nil, recency: 9, speakerRecency: rank))
        }
        return result
    }

    /// `role`: for a definite description, its head noun, matched against the roles the actor was given.
    func features(_ candidate: Candidate, word: UInt64, wordName: String, referrer: Int, role: String?, namesWanted: Bool) -> FeatureVector {
        var f = FeatureVector(namesWanted: namesWanted)
        let wordKey = word & 0xFFFF_FFFF
        // Definite descriptions share one class, so what is learned of "the senator" helps "the nominee".
        let wordClass: UInt64 = role == nil ? wordKey : 1
        let className = role == nil ? wordName : "the-noun"
        guard let actorIndex = candidate.actor else {
            f.add("asWritten", word, wordName)
            f.add("asWritten×class", wordClass, className)
            return f
        }
        let actor = context.actors.actors[actorIndex]
        let kind: Int = actor.kind == .person ? 0 : actor.kind == .organization ? 1 : 2
        f.add("word×kind", pair(wordKey, kind), "\(wordName)×\(actor.kind.rawValue)")
        f.add("word×recency", pair(wordKey, candidate.recency), "\(wordName)×\(candidate.recency)")
        f.add("kind×recency", pair(kind, candidate.recency), "\(actor.kind.rawValue)×\(candidate.recency)")
        if role != nil {
            f.add("class×kind×recency", pair(wordClass << 8 | UInt64(kind), candidate.recency), "\(className)×\(actor.kind.rawValue)×\(candidate.recency)")
            f.add("class×speaker", pair(wordClass, candidate.speakerRecency.map { $0 + 1 } ?? 0))
        }
        if let rank = candidate.speakerRecency {
            f.add("word×speaker", pair(wordKey, rank), "\(wordName)×\(rank)")
            f.add("kind×speaker", pair(kind, rank), "\(actor.kind.rawValue)×\(rank)")
        } else {
            f.add("word×notSpeaker", wordKey, wordName)
        }
        let evidence = genderEvidence[actorIndex] ?? (0, 0)
        let gender = evidence.male > evidence.female ? 1 : evidence.female > evidence.male ? 2 : 0
        f.add("word×gender", pair(wordKey, gender), "\(wordName)×g\(gender)")
        f.add("word×gender×kind", pair(wordKey, gender << 4 | kind), "\(wordName)×g\(gender)×\(actor.kind.rawValue)")
        if let role {
            f.add("roleGiven", actor.hasRole(word: role))
        }
        f.add("word×salience", pair(wordKey, bucket(actor.mentions.count)), "\(wordName)×\(bucket(actor.mentions.count))")
        if let last = candidate.lastMention {
            let mention = context.actors.mentions[last]
            let referrerSentence = Int(context.layer.sentence[referrer])
            f.add("word×sentences", pair(wordKey, referrerSentence - mention.sentence), "\(wordName)×\(referrerSentence - mention.sentence)")
            let first = context.tokenIndex(atOrAfter: mention.span.start)
            var end = first
            while end + 1 < context.layer.count, context.actors.mentionByToken[end + 1] == context.actors.mentionByToken[first] { end += 1 }
            let shape = (context.layer.has(first, .sentenceStart) ? 1 : 0) | (context.layer.has(end, .possessive) ? 2 : 0)
                | (end + 1 < context.cueStems.count && context.cueStems[end + 1] != 0 ? 4 : 0)
                | (first > 0 && context.cueStems[first - 1] != 0 ? 8 : 0)
            f.add("word×mentionShape", pair(wordKey, shape), "\(wordName)×s\(shape)")
            f.add("word×tokens", pair(wordKey, bucket(referrer - end)), "\(wordName)×\(bucket(referrer - end))")
        }
        return f
    }

    /// The one candidate actor given a role that contains `role` as a word, if exactly one is.
    func onlyActor(withRole role: String, before token: Int, speakers: [Int]) -> Int? {
        let matching = candidates(before: token, word: 0, speakers: speakers).compactMap(\.actor).filter { context.actors.actors[$0].hasRole(word: role) }
        return matching.count == 1 ? matching[0] : nil
    }

    /// The actor the word at `token` refers to, or nil to keep the words as written.
    func resolve(token: Int, word: UInt64, role: String?, speakers: [Int]) -> Int? {
        let candidates = candidates(before: token, word: word, speakers: speakers)
        var best: Int?
        var bestScore = -Float.infinity
        for candidate in candidates {
            let score = model.score(features(candidate, word: word, wordName: "", referrer: token, role: role, namesWanted: false))
            if score > bestScore { bestScore = score; best = candidate.actor }
        }
        return best
    }
}
