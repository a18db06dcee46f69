/// What the speech-or-term classifier knows about a quotation: its own shape (length, capitals, closing
/// punctuation, first and second person, title case), the words on either side of its marks, where
/// it stands in its sentence, how sure the speaker scorer is that somebody says it, and whether the
/// article quotes the same few words again (a nickname, a title or a phrase under discussion).
struct QuoteKindFeatures {
    let context: AttributionContext
    /// For each quotation of at most `shortWords` words, how many quotations of the article hold the same words.
    let copies: [Int]

    static let shortWords = 6

    init(context: AttributionContext) {
        self.context = context
        let keys = context.quoteMarks.map { Self.wordsKey($0.content, context) }
        var counts: [UInt64: Int] = [:]
        for key in keys where key != 0 { counts[key, default: 0] += 1 }
        copies = keys.map { $0 == 0 ? 0 : counts[$0, default: 0] }
    }

    /// The quotation's words folded into one key, or 0 when it is longer than `shortWords` words.
    private static func wordsKey(_ content: TextSpan, _ context: AttributionContext) -> UInt64 {
        let layer = context.layer
        var key = WordKey.seed, words = 0
        var token = context.tokenIndex(atOrAfter: content.start)
        while token < layer.count, context.tokens[token].span.start < content.end {
            if layer.has(token, .word) {
                words += 1
                if words > shortWords { return 0 }
                key = WordKey.combine(key, layer.keys[token])
            }
            token += 1
        }
        return words == 0 ? 0 : key
    }

    static let personalKeys: Set<UInt64> = WordKey.set(["i", "we", "you", "my", "our", "me", "us", "your", "i'm", "we're", "i've", "we've", "don't"])

    func features(_ site: QuoteSite, facts: CandidateFeatures.SiteFacts, best: SpeakerCandidate, margin: Float, namesWanted: Bool) -> FeatureVector {
        var f = FeatureVector(namesWanted: namesWanted)
        let layer = context.layer
        f.add("bias")
        let content = site.marks.content
        // Past 64 tokens a quotation's length and words tell nothing more (and a bound keeps a
        // quotation of a million tokens linear).
        let range = site.openToken..<max(site.openToken, min(site.afterToken, layer.count, site.openToken + 64))
        var words = 0, capitalisedWords = 0, personal = false, firstWord = -1, lastWord = -1
        for token in range where layer.has(token, .word) {
            words += 1
            if firstWord < 0 { firstWord = token }
            lastWord = token
            if layer.has(token, .capitalised) { capitalisedWords += 1 }
            if Self.personalKeys.contains(layer.keys[token]) { personal = true }
        }
        f.add("words", bucket(words))
        f.add("copies×words", pair(min(copies[site.index], 3), bucket(words)))
        f.add("titleCase", pair(bucket(words), capitalisedWords == words ? 1 : capitalisedWords * 2 > words ? 2 : 0))
        f.add("personal", personal)
        if content.end > content.start {
            let first = context.text[content.start], last = context.text[content.end - 1]
            f.add("firstCapital", CharacterClass.isUppercase(first))
            let ending: UInt64 = ".!?".unicodeScalars.contains(last) ? 1 : last == "," ? 2 : CharacterClass.isLetter(last) ? 3 : 4
            f.add("ending×words", pair(ending, bucket(words)))
        }
        if firstWord >= 0 { f.add("firstWord", layer.keys[firstWord], namesWanted ? context.lower(firstWord) : "") }
        if lastWord >= 0, words <= 4 { f.add("lastWordShort", layer.keys[lastWord], namesWanted ? context.lower(lastWord) : "") }
        addWord("L1", site.openToken - 1, &f)
        addWord("L2", site.openToken - 2, &f)
        addWord("R1", site.afterToken, &f)
        addWord("R2", site.afterToken + 1, &f)
        f.add("around", pair(shape(site.openToken - 1), shape(site.afterToken)))
        f.add("position", (site.startsSentence ? 1 : 0) | (site.endsSentence ? 2 : 0) | (site.followsQuoteInSentence ? 4 : 0)
            | (site.marks.continuesPrevious ? 8 : 0) | (site.marks.isClosed ? 0 : 16))
        f.add("cue", (facts.hasCue ? 1 : 0) | (facts.cueNextToQuote ? 2 : 0) | (facts.colonBefore ? 4 : 0))
        // A few words quoted inside a sentence with no reporting word at all (“wait and see” approach).
        let fragment = words < 6 && !facts.hasCue && !site.startsSentence && !site.followsQuoteInSentence && !site.marks.continuesPrevious
        f.add("uncuedFragment×best", pair(fragment ? 1 : 0, best.kind.rawValue))
        f.add("best", UInt64(best.kind.rawValue), best.kind.name)
        let sure = margin > 4 ? 3 : margin > 1.5 ? 2 : margin > 0 ? 1 : 0
        f.add("best×margin", pair(best.kind.rawValue, sure), "\(best.kind.name)×\(sure)")
        f.add("best×margin×words", pair(UInt64(best.kind.rawValue) << 8 | UInt64(sure), bucket(words)))
        return f
    }

    static let determinerKeys = WordKey.set(["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "so-called"])

    /// What stands beside a mark, as a class: nothing, punctuation, a determiner, a reporting word, a
    /// lower-case word, a capitalised word. `the “wait and see” approach` reads as a term by its shape.
    private func shape(_ token: Int) -> Int {
        let layer = context.layer
        guard token >= 0, token < layer.count, !layer.has(token, .quoted) else { return 0 }
        if layer.has(token, .punctuation) { return 1 }
        if Self.determinerKeys.contains(layer.keys[token]) { return 2 }
        if context.cueStems[token] != 0 { return 3 }
        return layer.has(token, .capitalised) ? 5 : 4
    }

    private func addWord(_ template: StaticString, _ token: Int, _ f: inout FeatureVector) {
        let layer = context.layer
        guard token >= 0, token < layer.count else { f.add(template, 1, "edge"); return }
        if layer.has(token, .quoted) { f.add(template, 2, "quoted"); return }
        let named = f.namesWanted
        f.add(template, layer.keys[token], named ? context.lower(token) : "")
    }
}
