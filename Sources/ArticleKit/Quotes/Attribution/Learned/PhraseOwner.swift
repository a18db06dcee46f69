/// The person a chosen stretch of words belongs to when it is only part of the phrase that names
/// them: a title in front of a name ("Republican nominee Dana Whitfield", "current presidential
/// nominee Lucia Ortega"), or an appositive after one ("Scott Pruitt, the state's attorney general",
/// "Dana Reyes, 59, of Ashton, Md.", "Mr. Morgan of the Sierra Club"). The scorer picks the words; this
/// reads the syntax around them, so the speaker is the person and not the title, the town or the club.
extension AttributionWalk {
    static let appositiveKeys = WordKey.set(["of", "from", "the", "a", "an", "at", "in"])

    func personOwning(_ candidate: SpeakerCandidate) -> Int? {
        guard !candidate.tokens.isEmpty else { return nil }
        if let mention = candidate.mention, isPerson(mention) { return nil }
        return personAfterTitle(candidate.tokens.upperBound) ?? personBeforeAppositive(start: phraseStart(candidate))
    }

    private func isPerson(_ mention: Int) -> Bool {
        context.actors.actors[context.actors.mentions[mention].actor].kind == .person
    }

    /// Where the phrase of the candidate begins: a descriptor's determiner, else its first token.
    private func phraseStart(_ candidate: SpeakerCandidate) -> Int {
        guard candidate.kind == .descriptor, case .descriptor(_, let span)? = context.descriptor(head: candidate.head, floor: max(0, candidate.head - 8)) else {
            return candidate.tokens.lowerBound
        }
        return context.tokenIndex(atOrAfter: span.start)
    }

    /// A person named right after the candidate, across at most three more words of a title, or
    /// set off by one comma ("the union's president, Tomas Brandt,").
    private func personAfterTitle(_ start: Int) -> Int? {
        let layer = context.layer
        if start + 1 < layer.count, context.isPunctuation(start, ","), let mention = context.actors.mentionByToken[start + 1], isPerson(mention) {
            return mention
        }
        var token = start
        while token < layer.count, token < start + 4, layer.has(token, .word), !layer.has(token, .quoted), context.cueStems[token] == 0 {
            if let mention = context.actors.mentionByToken[token] { return isPerson(mention) ? mention : nil }
            if !layer.has(token, .capitalised), CommonWords.capitalisedFunctionKeys.contains(layer.keys[token]) { return nil }
            token += 1
        }
        return nil
    }

    /// A person named just before the candidate's phrase, with only commas, "of", articles, numbers
    /// and other names between, and at least one comma or "of".
    private func personBeforeAppositive(start: Int) -> Int? {
        let layer = context.layer
        var token = start - 1
        var linked = false
        while token >= 0, token >= start - 9, !layer.has(token, .quoted) {
            if let mention = context.actors.mentionByToken[token] {
                if isPerson(mention) { return linked ? mention : nil }
                token -= 1
                continue
            }
            if layer.has(token, .punctuation) {
                guard context.text[context.tokens[token].span.start] == "," else { return nil }
                linked = true
            } else if layer.has(token, .word) {
                let key = layer.keys[token]
                if key == Self.ofKey { linked = true } else if !Self.appositiveKeys.contains(key) && !layer.has(token, .capitalised) { return nil }
            }
            token -= 1
        }
        return nil
    }

    static let ofKey = WordKey.of("of")
}

/// A name after "a spokesperson for", "an aide to", "officials at": the people the head noun names
/// speak, not the organisation or person after the preposition.
extension AttributionWalk {
    static let linkingKeys = WordKey.set(["for", "of", "at", "with", "from", "to"])
    static let theKey = WordKey.of("the")

    func enclosingDescriptor(_ candidate: SpeakerCandidate) -> ResolvedSpeaker? {
        let layer = context.layer
        guard !candidate.tokens.isEmpty else { return nil }
        var token = candidate.tokens.lowerBound - 1
        if token >= 0, layer.keys[token] == Self.theKey { token -= 1 }
        guard token >= 1, Self.linkingKeys.contains(layer.keys[token]), generator.descriptorHeads.contains(layer.keys[token - 1]),
              !layer.has(token - 1, .quoted),
              case .descriptor(_, let span)? = context.descriptor(head: token - 1, floor: max(0, token - 9)) else { return nil }
        var end = candidate.tokens.upperBound - 1
        while end + 1 < layer.count, end < candidate.tokens.upperBound + 4, layer.has(end + 1, .word), layer.has(end + 1, .capitalised),
              !layer.has(end + 1, .quoted), !layer.has(end, .possessive) { end += 1 }
        let full = TextSpan(span.start, context.tokens[end].span.end)
        var written = context.text.string(full)
        if let first = written.unicodeScalars.first, CharacterClass.isUppercase(first), layer.has(context.tokenIndex(atOrAfter: full.start), .sentenceStart) {
            written = String(first).lowercased() + String(written.unicodeScalars.dropFirst())
        }
        return ResolvedSpeaker(name: written, actor: nil, span: full, isPlural: false)
    }
}
