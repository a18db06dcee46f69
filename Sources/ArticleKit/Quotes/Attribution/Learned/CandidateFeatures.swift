/// What the speaker scorer knows about one candidate of one quotation: its kind, which side of the
/// quotation it stands on and how far, the words around it, whether it is the subject or the object
/// of a reporting verb, the punctuation between, and whether an earlier quotation or one of the
/// hand-written rules chose it.
struct CandidateFeatures {
    let context: AttributionContext
    /// The hand-written rules' choice for each quotation (a feature, not a decision).
    let ruleChoices: [Attribution]

    static let ownKey = WordKey.of("own")
    static let sayingNounKeys: Set<UInt64> = WordKey.set(CueLexicon.nouns)

    struct SiteFacts {
        var hasCue = false
        var cueNextToQuote = false
        var words = 0
        var contentEndsInComma = false
        var colonBefore = false
    }

    func facts(_ site: QuoteSite) -> SiteFacts {
        var facts = SiteFacts()
        let layer = context.layer
        let sentences = context.article.sentences
        let reach = CandidateGenerator.reach
        let low = max(sentences[site.sentence].tokens.lowerBound, site.openToken - reach)
        let high = max(low, min(layer.count, sentences[site.closingSentence].tokens.upperBound, site.afterToken + reach))
        for token in low..<high where (token < site.openToken || token >= site.afterToken) && !layer.has(token, .quoted) && context.cueStems[token] != 0 { facts.hasCue = true }
        for token in [site.openToken - 1, site.openToken - 2, site.afterToken, site.afterToken + 1] where token >= 0 && token < layer.count {
            if context.cueStems[token] != 0 && !layer.has(token, .quoted) { facts.cueNextToQuote = true }
        }
        let content = site.marks.content
        let quoted = site.openToken..<max(site.openToken, min(site.afterToken, context.tokens.count, site.openToken + 64))
        facts.words = context.tokens[quoted].reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        if content.end > content.start { facts.contentEndsInComma = context.text[content.end - 1] == "," }
        if site.openToken > 0 { facts.colonBefore = context.isPunctuation(site.openToken - 1, ":") }
        return facts
    }

    func features(_ candidate: SpeakerCandidate, rank: Int, site: QuoteSite, facts: SiteFacts, namesWanted: Bool) -> FeatureVector {
        var f = FeatureVector(namesWanted: namesWanted)
        let kind = UInt64(candidate.kind.rawValue)
        f.add("kind", kind, candidate.kind.name)
        f.add("kind×hasCue", pair(kind, facts.hasCue ? 1 : 0), "\(candidate.kind.name)×\(facts.hasCue)")
        f.add("kind×cueNext", pair(kind, facts.cueNextToQuote ? 1 : 0), "\(candidate.kind.name)×\(facts.cueNextToQuote)")
        if let rule = ruleChoices[site.index].speaker, let span = candidate.span, rule.span.overlaps(span) {
            let name = ruleChoices[site.index].rule
            f.add("rule", WordKey.of(name), name)
            f.add("rule×kind", pair(WordKey.of(name) & 0xFFFF, kind), "\(name)×\(candidate.kind.name)")
        }
        switch candidate.kind {
        case .nobody:
            f.add("nobody×words", bucket(facts.words))
            f.add("nobody×starts", site.startsSentence)
            return f
        case .previous:
            addPrevious(candidate, site: site, facts: facts, &f)
            return f
        default:
            break
        }
        let layer = context.layer
        let before = candidate.tokens.upperBound <= site.openToken
        let side: UInt64 = before ? 1 : 2
        let sideName = before ? "before" : "after"
        let gap = before ? candidate.tokens.upperBound..<site.openToken : site.afterToken..<candidate.tokens.lowerBound
        var gapWords = 0, commas = 0, colons = 0, stops = 0, dashes = 0, quotedInGap = false, cueInGap = false
        for token in gap {
            if layer.has(token, .quoted) { quotedInGap = true; continue }
            if layer.has(token, .word) { gapWords += 1; if context.cueStems[token] != 0 { cueInGap = true }; continue }
            switch context.text[context.tokens[token].span.start] {
            case ",": commas += 1
            case ":": colons += 1
            case ".", "?", "!", ";": stops += 1
            case "—", "–", "-", "(", ")": dashes += 1
            default: break
            }
        }
        let candidateSentence = Int(layer.sentence[candidate.head])
        let relation: Int = candidateSentence < site.sentence ? 0 : candidateSentence > site.closingSentence ? 3 : (before ? 1 : 2)
        let kindSide = pair(kind, side)
        let described = "\(candidate.kind.name)×\(sideName)"
        f.add("kind×side", kindSide, described)
        f.add("kind×side×rank", pair(kindSide, rank), "\(described)×\(rank)")
        f.add("kind×side×relation", pair(kindSide, relation), "\(described)×\(relation)")
        f.add("kind×side×gap", pair(kindSide, bucket(gapWords)), "\(described)×\(bucket(gapWords))")
        f.add("side×punct", pair(side, min(commas, 2) | min(colons, 1) << 2 | min(stops, 2) << 3 | min(dashes, 1) << 5),
              "\(sideName)×c\(commas)k\(colons)s\(stops)d\(dashes)")
        f.add("side×quotedGap", pair(side, quotedInGap ? 1 : 0), "\(sideName)×\(quotedInGap)")
        f.add("side×cueInGap×gap", pair(side, (cueInGap ? 100 : 0) + bucket(gapWords)), "\(sideName)×\(cueInGap)×\(bucket(gapWords))")
        f.add("side×starts×ends", pair(side, (site.startsSentence ? 1 : 0) | (site.endsSentence ? 2 : 0) | (facts.contentEndsInComma ? 4 : 0)),
              "\(sideName)×\(site.startsSentence)×\(site.endsSentence)×\(facts.contentEndsInComma)")
        if facts.colonBefore { f.add("colon×kind×side×gap", pair(kindSide, bucket(gapWords)), "\(described)×\(bucket(gapWords))") }
        // The verb the candidate is the subject of, and the verb it follows.
        if let right = context.reportingVerb(from: candidate.tokens.upperBound, skipping: 4) {
            f.add("subjectOf", context.cueStems[right], namesWanted ? context.lower(right) : "")
            f.add("subjectOf×side×gap", pair(side, bucket(gapWords)), "\(sideName)×\(bucket(gapWords))")
            f.add("kind×subjectOf", pair(kind, 1), candidate.kind.name)
        }
        if let left = context.reportingVerb(before: candidate.tokens.lowerBound) {
            f.add("objectOf", context.cueStems[left], namesWanted ? context.lower(left) : "")
            f.add("objectOf×side×gap", pair(side, bucket(gapWords)), "\(sideName)×\(bucket(gapWords))")
            f.add("kind×objectOf", pair(kind, 1), candidate.kind.name)
        }
        addWord("L1", candidate.tokens.lowerBound - 1, side: side, &f)
        addWord("L2", candidate.tokens.lowerBound - 2, side: side, &f)
        addWord("R1", candidate.tokens.upperBound, side: side, &f)
        addWord("R2", candidate.tokens.upperBound + 1, side: side, &f)
        if candidate.kind == .pronoun || candidate.kind == .descriptor {
            f.add("head×side", layer.keys[candidate.head] ^ side, namesWanted ? context.lower(candidate.head) + "×" + sideName : "")
            f.add("head", layer.keys[candidate.head], namesWanted ? context.lower(candidate.head) : "")
        }
        if layer.has(candidate.head, .possessive) {
            f.add("possessive×side", side, sideName)
            // "Haddad’s own words from March:", "his statement": the owner of a saying noun.
            let next = candidate.tokens.upperBound
            let noun = next < layer.count && layer.keys[next] == Self.ownKey ? next + 1 : next
            if noun < layer.count, Self.sayingNounKeys.contains(layer.keys[noun]) {
                f.add("possessiveSayingNoun×side×colon", pair(side, facts.colonBefore ? 1 : 0), "\(sideName)×\(facts.colonBefore)")
            }
        }
        if layer.has(candidate.tokens.lowerBound, .sentenceStart) { f.add("opensSentence×kind×side", kindSide, described) }
        if let mention = candidate.mention {
            let actor = context.actors.actors[context.actors.mentions[mention].actor]
            let actorKind: Int = actor.kind == .person ? 0 : actor.kind == .organization ? 1 : 2
            f.add("actorKind×side", pair(actorKind, side), "\(actor.kind.rawValue)×\(sideName)")
            f.add("actorKind×rank", pair(actorKind, rank), "\(actor.kind.rawValue)×\(rank)")
            f.add("actorMentions", bucket(actor.mentions.count))
        }
        if candidate.kind == .capitalised {
            f.add("capitalised×length×titleCase", pair(min(candidate.tokens.count, 4), isTitleCase(sentence: candidateSentence) ? 1 : 0))
        }
        if candidate.kind == .pronoun {
            let word = CandidateGenerator.pronounKeys[layer.keys[candidate.head]] ?? ""
            let resolved = context.resolve(.pronoun(word, token: candidate.head), previous: nil) != nil
            f.add("pronounResolves", pair(layer.keys[candidate.head] & 0xFFFF, resolved ? 1 : 0), namesWanted ? context.lower(candidate.head) + "×\(resolved)" : "")
        }
        return f
    }

    /// Most words of the sentence capitalised: a headline or a title, not prose.
    private func isTitleCase(sentence: Int) -> Bool {
        let range = context.article.sentences[sentence].tokens
        var words = 0, capitalised = 0
        for token in range.prefix(40) where context.layer.has(token, .word) {
            words += 1
            if context.layer.has(token, .capitalised) { capitalised += 1 }
        }
        return words >= 3 && capitalised * 10 >= words * 7
    }

    private func addWord(_ template: StaticString, _ token: Int, side: UInt64, _ f: inout FeatureVector) {
        let layer = context.layer
        guard token >= 0, token < layer.count else { f.add(template, side, "edge"); return }
        if layer.has(token, .quoted) { f.add(template, side &+ 7, "quoted"); return }
        let named = f.namesWanted
        f.add(template, layer.keys[token] ^ side, named ? context.lower(token) + "×\(side)" : "")
    }

    private func addPrevious(_ candidate: SpeakerCandidate, site: QuoteSite, facts: SiteFacts, _ f: inout FeatureVector) {
        guard let previous = candidate.previousQuote else { return }
        let back = site.index - previous
        let earlier = context.quoteMarks[previous]
        let sameParagraph = earlier.paragraph == site.marks.paragraph
        let sameSentence = context.article.sentenceIndex(containing: earlier.span.start) == site.sentence
        let shape = (site.startsSentence ? 1 : 0) | (facts.hasCue ? 2 : 0) | (sameParagraph ? 4 : 0) | (sameSentence ? 8 : 0)
            | (site.marks.continuesPrevious ? 16 : 0) | (facts.contentEndsInComma ? 32 : 0)
        f.add("previous×back", back)
        f.add("previous×shape", shape)
        f.add("previous×back×shape", pair(back, shape))
        f.add("previous×words", bucket(facts.words))
    }
}
