extension AttributionContext {
    /// Turns a reference into the speaker to report: pronouns and bare titles through coreference,
    /// "they" to the last plural speaker, "I" to the article's author.
    func resolve(_ reference: SpeakerReference, previous: ResolvedSpeaker?) -> ResolvedSpeaker? {
        switch reference {
        case .mention(let index):
            return speaker(mention: index, span: actors.mentions[index].span)
        case .pronoun(let pronoun, let token):
            let span = tokens[token].span
            switch pronoun {
            case "he", "she":
                return coreference.resolve(pronoun: pronoun, at: span.start).flatMap { speaker(mention: $0, span: span) }
            case "they":
                guard let previous, previous.isPlural || previous.actor.map({ actors.actors[$0].kind != .person }) == true else { return nil }
                return ResolvedSpeaker(name: previous.name, actor: previous.actor, span: span, isPlural: true)
            case "i":
                return author.map { ResolvedSpeaker(name: $0, actor: nil, span: span) }
            default:
                return nil
            }
        case .descriptor(let written, let span):
            let words = written.lowercased().split(separator: " ")
            if words.count == 2, words[0] == "the", NameWords.titles.contains(String(words[1])),
               let mention = coreference.resolve(title: String(words[1]), at: span.start) {
                return speaker(mention: mention, span: span)
            }
            return ResolvedSpeaker(name: written, actor: nil, span: span, isPlural: written.hasSuffix("s") && !written.hasSuffix("ss"))
        case .work(let name, let span):
            return ResolvedSpeaker(name: name, actor: nil, span: span)
        }
    }

    private func speaker(mention index: Int, span: TextSpan) -> ResolvedSpeaker {
        let actorIndex = actors.mentions[index].actor
        return ResolvedSpeaker(name: actors.actors[actorIndex].name, actor: actorIndex, span: span,
                               isPlural: actors.actors[actorIndex].kind != .person)
    }

    /// The last reporting cue in `range` (scanning right to left) with its token.
    func lastCue(in range: Range<Int>) -> (text: String, first: Int, last: Int)? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            if let cue = cue(at: index, limit: range.upperBound) { return (cue.text, index, cue.last) }
            index -= 1
        }
        return nil
    }

    func firstCue(in range: Range<Int>) -> (text: String, first: Int, last: Int)? {
        for index in range {
            if let cue = cue(at: index, limit: range.upperBound) { return (cue.text, index, cue.last) }
        }
        return nil
    }
}

/// One rule of the attribution sieve: it either decides a quotation or passes it on.
protocol AttributionRule {
    var name: String { get }
    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution?
}

extension AttributionRule {
    func speech(_ speaker: ResolvedSpeaker?, cue: String?) -> Attribution? {
        guard let speaker else { return nil }
        return Attribution(speaker: speaker, cue: cue, kind: .speech, rule: name)
    }

    /// Speech by whoever `reference` resolves to (nil when it resolves to nobody).
    func speech(_ reference: SpeakerReference, cue: String?, _ context: AttributionContext, _ decided: [Attribution]) -> Attribution? {
        speech(context.resolve(reference, previous: previousSpeaker(decided)), cue: cue)
    }

    /// The speaker of the nearest earlier speech quotation among the last few, if any (looking
    /// further back would make long runs of unattributed quotations quadratic).
    func previousSpeaker(_ decided: [Attribution]) -> ResolvedSpeaker? {
        decided.suffix(12).last(where: { $0.kind == .speech && $0.speaker != nil })?.speaker
    }
}
