/// Attribution as a walk over an article's quotations in reading order: for each, the candidates
/// and their features, the speaker scorer's choice, the speech-or-term decision, and the speaker it
/// resolves to. The same walk serves inference and training (the trainer scores with the weights
/// it is learning and corrects each step before the next), so features are written once.
struct AttributionWalk {
    let context: AttributionContext
    let generator: CandidateGenerator
    let featurizer: CandidateFeatures
    let kindFeaturizer: QuoteKindFeatures
    let ranker: AntecedentRanker
    let sites: [QuoteSite]
    let labels: TranscriptLabels
    let namesWanted: Bool
    /// The one person of the article whose surname a word is, by the word's key: a capitalised speaker
    /// the recognizer passed over ("said Burman", read as Burma's demonym) is still that person.
    let personBySurname: [UInt64: Int]
    private(set) var chosen: [SpeakerCandidate?]
    private(set) var results: [Attribution]

    init(context: AttributionContext, model: AttributionModel, namesWanted: Bool = false) {
        self.context = context
        generator = CandidateGenerator(context: context, descriptorHeads: model.descriptorHeads.union(Self.lexiconHeads))
        featurizer = CandidateFeatures(context: context, ruleChoices: AttributionSieve().attribute(context))
        kindFeaturizer = QuoteKindFeatures(context: context)
        ranker = AntecedentRanker(context: context, model: model)
        sites = context.sites()
        labels = TranscriptLabels(context: context)
        self.namesWanted = namesWanted
        personBySurname = Self.personsBySurname(context.actors.actors)
        chosen = Array(repeating: nil, count: sites.count)
        results = []
        results.reserveCapacity(sites.count)
    }

    static let lexiconHeads: Set<UInt64> = WordKey.set(SpeakerNouns.heads)

    struct Step {
        var site: QuoteSite
        var facts: CandidateFeatures.SiteFacts
        var candidates: [SpeakerCandidate]
        var features: [FeatureVector]
    }

    /// The candidates of the next quotation and their features.
    func step(_ index: Int) -> Step {
        let site = sites[index]
        var candidates = generator.candidates(for: site)
        candidates += generator.previousSpeakers(for: site, chosen: chosen)
        let facts = featurizer.facts(site)
        let ranks = Self.ranks(candidates, site: site)
        let features = candidates.indices.map { featurizer.features(candidates[$0], rank: ranks[$0], site: site, facts: facts, namesWanted: namesWanted) }
        return Step(site: site, facts: facts, candidates: candidates, features: features)
    }

    /// Each candidate's place among those on its side of the quotation, nearest first.
    static func ranks(_ candidates: [SpeakerCandidate], site: QuoteSite) -> [Int] {
        var ranks = [Int](repeating: 0, count: candidates.count)
        var before: [(Int, Int)] = [], after: [(Int, Int)] = []
        for (index, candidate) in candidates.enumerated() where !candidate.tokens.isEmpty {
            if candidate.tokens.upperBound <= site.openToken { before.append((site.openToken - candidate.tokens.upperBound, index)) } else {
                after.append((candidate.tokens.lowerBound - site.afterToken, index))
            }
        }
        for side in [before, after] {
            for (rank, entry) in side.sorted(by: { $0 < $1 }).enumerated() { ranks[entry.1] = min(rank, 3) }
        }
        return ranks
    }

    /// The best candidate under `score`, and its margin over nobody.
    static func best(_ step: Step, score: ([UInt64]) -> Float) -> (index: Int, margin: Float) {
        var bestIndex = 0
        var bestScore = -Float.infinity
        var nobody: Float = 0
        for (index, features) in step.features.enumerated() {
            let value = score(features.keys)
            if step.candidates[index].kind == .nobody { nobody = value }
            if value > bestScore { bestScore = value; bestIndex = index }
        }
        return (bestIndex, bestScore - nobody)
    }

    func kindFeatures(_ step: Step, best: Int, margin: Float) -> FeatureVector {
        kindFeaturizer.features(step.site, facts: step.facts, best: step.candidates[best], margin: margin, namesWanted: namesWanted)
    }

    /// Records the decision for the quotation of `step`.
    mutating func commit(_ step: Step, choice: Int, kind: QuoteKind) {
        let candidate = step.candidates[choice]
        guard kind == .speech else {
            results.append(Attribution(speaker: nil, cue: nil, kind: .term, rule: "learned"))
            return
        }
        chosen[step.site.index] = candidate.kind == .nobody ? nil : candidate
        let speaker = resolve(candidate)
        results.append(Attribution(speaker: speaker, cue: cue(for: candidate), kind: .speech, rule: "learned:" + candidate.kind.name))
    }

    /// Runs the whole walk with fixed weights.
    static func attribute(_ context: AttributionContext, model: AttributionModel) -> [Attribution] {
        var walk = AttributionWalk(context: context, model: model)
        for index in walk.sites.indices {
            let step = walk.step(index)
            if let label = walk.labels.label(for: step.site) {
                walk.commitLabel(label, step: step, model: model)
                continue
            }
            let (best, margin) = Self.best(step, score: model.speaker.score)
            var kind: QuoteKind = model.kind.score(walk.kindFeatures(step, best: best, margin: margin)) > 0 ? .speech : .term
            if step.candidates[best].kind == .nobody, step.facts.words < 6 { kind = .term }
            if walk.isInHeadline(step.site) || walk.isNicknameInName(step.site) { kind = .term }
            walk.commit(step, choice: best, kind: kind)
        }
        return walk.results
    }

    /// A quotation in a transcript's turn is the labelled speaker's; the turn itself, quoted whole, is speech.
    mutating func commitLabel(_ label: Range<Int>, step: Step, model: AttributionModel) {
        var step = step
        let span = TextSpan(context.tokens[label.lowerBound].span.start, context.tokens[label.upperBound - 1].span.end)
        step.candidates.append(SpeakerCandidate(kind: .transcriptLabel, tokens: label, head: label.upperBound - 1, span: span))
        let (best, margin) = Self.best(step, score: model.speaker.score)
        let opensTurn = label.lowerBound >= step.site.openToken
        let kind: QuoteKind = opensTurn || model.kind.score(kindFeatures(step, best: best, margin: margin)) > 0 ? .speech : .term
        commit(step, choice: step.candidates.count - 1, kind: kind)
    }

    /// A quoted nickname inside a name (Harold T. “Hal” Mercer) names, it does not speak.
    func isNicknameInName(_ site: QuoteSite) -> Bool {
        guard let mention = context.actors.mentionByToken[site.openToken] else { return false }
        return context.actors.mentions[mention].span.start < site.marks.span.start
    }

    /// The first paragraph is the headline (see `MetadataExtractor`): a quotation there echoes one of
    /// the body, where it is attributed; the headline's copy is reported as a term.
    func isInHeadline(_ site: QuoteSite) -> Bool {
        site.marks.paragraph == 0 && context.article.paragraphs.count > 1
    }

    private func previousResolved() -> ResolvedSpeaker? {
        results.suffix(12).last(where: { $0.kind == .speech && $0.speaker != nil })?.speaker
    }

    func resolve(_ candidate: SpeakerCandidate) -> ResolvedSpeaker? {
        switch candidate.kind {
        case .nobody:
            return nil
        case .mention, .descriptor, .capitalised:
            if let owner = personOwning(candidate) { return context.resolve(.mention(owner), previous: nil) }
            if candidate.kind != .descriptor, let enclosing = enclosingDescriptor(candidate) { return enclosing }
            return resolveWords(candidate)
        case .pronoun:
            let word = context.lower(candidate.head)
            let span = context.tokens[candidate.head].span
            if let referring = referringWord(candidate) {
                guard let actor = ranker.resolve(token: candidate.head, word: referring.key, role: referring.role, speakers: recentSpeakerActors()) else {
                    return ResolvedSpeaker(name: word, actor: nil, span: span, isPlural: word == "they" || word == "we")
                }
                return speaker(actor: actor, span: span)
            }
            return context.resolve(.pronoun(word, token: candidate.head), previous: previousResolved())
                ?? ResolvedSpeaker(name: word, actor: nil, span: span)
        case .previous:
            guard let index = candidate.previousQuote, let speaker = results[index].speaker else { return nil }
            return speaker
        case .transcriptLabel:
            guard let span = candidate.span else { return nil }
            if let actor = labels.person(for: candidate.tokens, context) { return speaker(actor: actor, span: span) }
            return ResolvedSpeaker(name: context.text.string(span), actor: nil, span: span)
        }
    }

    /// The speaker that a name, a descriptor or a capitalised phrase stands for by itself.
    private func resolveWords(_ candidate: SpeakerCandidate) -> ResolvedSpeaker? {
        switch candidate.kind {
        case .mention:
            if let head = descriptorHead(after: candidate) {
                return resolve(SpeakerCandidate(kind: .descriptor, tokens: head..<(head + 1), head: head, span: context.tokens[head].span))
            }
            if case .descriptor(let written, let span)? = context.phrase(endingAt: candidate.head, floor: max(0, candidate.tokens.lowerBound - 8)) {
                return ResolvedSpeaker(name: written, actor: nil, span: span)
            }
            return candidate.mention.flatMap { context.resolve(.mention($0), previous: nil) }
        case .descriptor:
            let floor = max(0, candidate.head - 8)
            guard let reference = context.descriptor(head: candidate.head, floor: floor) else { return nil }
            if case .descriptor(_, let span) = reference, let referring = referringWord(candidate) {
                // "the minister" after "Foreign Minister Ana Reyes": the one actor given that role is
                // the referent whatever the scorer ranks (a title match, as in sieve coreference).
                if let role = referring.role, let actor = ranker.onlyActor(withRole: role, before: candidate.head, speakers: recentSpeakerActors()) {
                    return speaker(actor: actor, span: span)
                }
                if let actor = ranker.resolve(token: candidate.head, word: referring.key, role: referring.role, speakers: recentSpeakerActors()) {
                    return speaker(actor: actor, span: span)
                }
            }
            return context.resolve(reference, previous: previousResolved())
        case .capitalised:
            if let head = descriptorHead(after: candidate) {
                return resolve(SpeakerCandidate(kind: .descriptor, tokens: head..<(head + 1), head: head, span: context.tokens[head].span))
            }
            guard let span = candidate.span else { return nil }
            if candidate.tokens.count == 1, let actor = personBySurname[context.layer.keys[candidate.head]] {
                return speaker(actor: actor, span: span)
            }
            return ResolvedSpeaker(name: context.text.string(span), actor: nil, span: span)
        default:
            return nil
        }
    }

    /// The key a referring candidate is ranked under: the pronoun itself, or "the" and the head noun of
    /// a definite description ("the senator"); nil for anything else (and for "I").
    func referringWord(_ candidate: SpeakerCandidate) -> (key: UInt64, name: String, role: String?)? {
        switch candidate.kind {
        case .pronoun:
            let key = context.layer.keys[candidate.head]
            return key == Self.firstPersonKey ? nil : (key, namesWanted ? context.lower(candidate.head) : "", nil)
        case .descriptor:
            let floor = max(0, candidate.head - 8)
            guard case .descriptor(let written, _)? = context.descriptor(head: candidate.head, floor: floor),
                  written.hasPrefix("the ") || written.hasPrefix("The ") else { return nil }
            let head = context.lower(candidate.head)
            return (context.layer.keys[candidate.head] ^ Self.definiteMark, "the " + head, head)
        default:
            return nil
        }
    }

    /// A name that only modifies the noun after it speaks through that noun: "a White House official",
    /// "the Indiana governor", "Gary Johnson’s doctor" (an organisation, a place, an unrecognised
    /// capitalised word or any possessive, then at most three lower-case words ending in a speaker noun).
    private func descriptorHead(after candidate: SpeakerCandidate) -> Int? {
        let layer = context.layer
        if let mention = candidate.mention {
            let kind = context.actors.actors[context.actors.mentions[mention].actor].kind
            guard kind != .person || layer.has(candidate.head, .possessive) else { return nil }
        } else {
            guard candidate.kind == .capitalised else { return nil }
        }
        var token = candidate.tokens.upperBound
        guard token < layer.count, layer.has(token, .word), !layer.has(token, .capitalised), !layer.has(token, .quoted) else { return nil }
        // Any noun between a possessive and a reporting verb speaks ("Vance’s lawyer said"); a known
        // speaker noun that is also a reporting word is a noun after a determiner and a name ("a Budget
        // Office report found"), unless "that" or punctuation follows it: then it is the verb ("The
        // Ledger reports that").
        if layer.has(candidate.head, .possessive), context.cueStems[token] == 0, context.reportingVerb(from: token + 1, skipping: 2) != nil { return token }
        if context.cueStems[token] != 0, generator.descriptorHeads.contains(layer.keys[token]), candidate.tokens.lowerBound > 0,
           CandidateGenerator.determinerKeys.contains(layer.keys[candidate.tokens.lowerBound - 1]),
           token + 1 < layer.count, !layer.has(token + 1, .punctuation), layer.keys[token + 1] != Self.thatKey { return token }
        while token < layer.count, token < candidate.tokens.upperBound + 3, layer.has(token, .word), !layer.has(token, .capitalised),
              !layer.has(token, .quoted), context.cueStems[token] == 0 {
            if generator.descriptorHeads.contains(layer.keys[token]) { return token }
            token += 1
        }
        return nil
    }

    /// Surnames that only one person of the article bears.
    static func personsBySurname(_ actors: [Actor]) -> [UInt64: Int] {
        var found: [UInt64: Int] = [:], shared: Set<UInt64> = []
        for (index, actor) in actors.enumerated() where actor.kind == .person {
            guard let surname = FullNames.surnames(of: actor.name).first else { continue }
            let key = WordKey.of(surname)
            if let other = found[key], other != index { shared.insert(key) } else { found[key] = index }
        }
        for key in shared { found[key] = nil }
        return found
    }

    static let firstPersonKey = WordKey.of("i")
    static let thatKey = WordKey.of("that")
    static let definiteMark: UInt64 = 0xDEF1_417E

    /// The actors of the last few speech quotations, most recent first.
    func recentSpeakerActors() -> [Int] {
        var result: [Int] = []
        for attribution in results.suffix(12).reversed() where attribution.kind == .speech {
            if let actor = attribution.speaker?.actor, !result.contains(actor) { result.append(actor) }
            if result.count == 3 { break }
        }
        return result
    }

    private func speaker(actor: Int, span: TextSpan) -> ResolvedSpeaker {
        let value = context.actors.actors[actor]
        return ResolvedSpeaker(name: value.name, actor: actor, span: span, isPlural: value.kind != .person)
    }

    /// The reporting verb the chosen speaker is subject or object of, if any.
    private func cue(for candidate: SpeakerCandidate) -> String? {
        guard !candidate.tokens.isEmpty,
              let verb = context.reportingVerb(from: candidate.tokens.upperBound, skipping: 4) ?? context.reportingVerb(before: candidate.tokens.lowerBound)
        else { return nil }
        return context.lower(verb)
    }
}
