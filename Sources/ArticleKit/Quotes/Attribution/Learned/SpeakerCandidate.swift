/// One possible speaker of a quotation: a stretch of text near it that could name who speaks, the
/// speaker of an earlier quotation, or nobody. The learned scorer picks one.
struct SpeakerCandidate: Sendable {
    enum Kind: UInt8, Sendable {
        case nobody, mention, pronoun, descriptor, capitalised, previous, transcriptLabel
        var name: String { ["nobody", "mention", "pronoun", "descriptor", "capitalised", "previous", "label"][Int(rawValue)] }
    }

    var kind: Kind
    /// Tokens of the candidate (empty for nobody and previous).
    var tokens: Range<Int>
    /// The token its word features read: a name's last word, the pronoun, a descriptor's head noun.
    var head: Int
    /// Index into the article's mentions, for a recognised name.
    var mention: Int?
    /// For `previous`: the earlier quotation whose speaker this is.
    var previousQuote: Int?
    /// Where the text names it (for `previous`, where the earlier quotation's speaker is named).
    var span: TextSpan?

    static let nobody = SpeakerCandidate(kind: .nobody, tokens: 0..<0, head: -1)
}

/// The candidates of one quotation: every name, pronoun, descriptor head and capitalised word outside
/// quotation marks from the sentence before the quotation to the sentence after it (at most
/// `reach` tokens either side), the speakers of the last few quotations, and nobody.
struct CandidateGenerator {
    let context: AttributionContext
    let descriptorHeads: Set<UInt64>

    static let reach = 60
    static let pronounKeys: [UInt64: String] = Dictionary(uniqueKeysWithValues: ["he", "she", "they", "i", "we", "it"].map { (WordKey.of($0), $0) })

    func candidates(for site: QuoteSite) -> [SpeakerCandidate] {
        let layer = context.layer
        let sentences = context.article.sentences
        let firstSentence = max(0, site.sentence - 1)
        let lastSentence = min(sentences.count - 1, site.closingSentence + 1)
        guard firstSentence <= lastSentence, !sentences.isEmpty else { return [.nobody] }
        let low = max(sentences[firstSentence].tokens.lowerBound, site.openToken - Self.reach)
        let high = min(sentences[lastSentence].tokens.upperBound, site.afterToken + Self.reach, layer.count)
        var result: [SpeakerCandidate] = [.nobody]
        var token = low
        while token < high {
            defer { token += 1 }
            if token >= site.openToken && token < site.afterToken { continue }
            guard !layer.has(token, .quoted), layer.has(token, .word) else { continue }
            if let mention = context.actors.mentionByToken[token] {
                var last = token
                while last + 1 < high, context.actors.mentionByToken[last + 1] == mention { last += 1 }
                // A name around a quoted nickname (Harold T. “Hal” Mercer) is no candidate for the nickname.
                if token < site.openToken, last >= site.openToken { token = last; continue }
                result.append(SpeakerCandidate(kind: .mention, tokens: token..<(last + 1), head: last, mention: mention,
                                               span: context.actors.mentions[mention].span))
                token = last
                continue
            }
            let key = layer.keys[token]
            if Self.pronounKeys[key] != nil {
                result.append(SpeakerCandidate(kind: .pronoun, tokens: token..<(token + 1), head: token,
                                               span: context.tokens[token].span))
                continue
            }
            let capitalised = layer.has(token, .capitalised)
            if descriptorHeads.contains(key) && !(capitalised && !layer.has(token, .sentenceStart)) || isNounBeforeCue(token) {
                result.append(SpeakerCandidate(kind: .descriptor, tokens: token..<(token + 1), head: token,
                                               span: context.tokens[token].span))
                continue
            }
            if capitalised, !CommonWords.capitalisedFunctionKeys.contains(key) {
                var last = token
                while last + 1 < high, layer.has(last + 1, .capitalised), layer.has(last + 1, .word), !layer.has(last + 1, .quoted),
                      !layer.has(last + 1, .sentenceStart), !CommonWords.capitalisedFunctionKeys.contains(layer.keys[last + 1]),
                      context.actors.mentionByToken[last + 1] == nil, !layer.has(last, .possessive) { last += 1 }
                // A lone capitalised word opening a sentence is the recognizer's call (it was not a name),
                // unless a reporting verb follows it (`“…?” Graham asked`).
                if last == token, layer.has(token, .sentenceStart), !(token + 1 < layer.count && context.cueStems[token + 1] != 0) { continue }
                result.append(SpeakerCandidate(kind: .capitalised, tokens: token..<(last + 1), head: last,
                                               span: TextSpan(context.tokens[token].span.start, context.tokens[last].span.end)))
                token = last
            }
        }
        return result
    }

    /// A lower-case word right after a determiner and right before a reporting verb: the head of a
    /// descriptor the lexicons do not know ("one skipper described", "a farmer told").
    private func isNounBeforeCue(_ token: Int) -> Bool {
        let layer = context.layer
        guard token > 0, token + 1 < layer.count, !layer.has(token, .capitalised), context.cueStems[token] == 0,
              !CommonWords.capitalisedFunctionKeys.contains(layer.keys[token]) else { return false }
        guard context.reportingVerb(from: token + 1, skipping: 3) != nil else { return false }
        let before = token - 1
        return layer.has(before, .word) && Self.determinerKeys.contains(layer.keys[before])
            || token > 1 && layer.has(token - 2, .word) && Self.determinerKeys.contains(layer.keys[token - 2]) && !layer.has(before, .capitalised)
    }

    static let determinerKeys = WordKey.set(["a", "an", "one", "another", "each", "every", "the", "some", "two", "three", "several", "many"])

    /// The speakers already chosen for the last few quotations in this paragraph or the one before.
    func previousSpeakers(for site: QuoteSite, chosen: [SpeakerCandidate?], limit: Int = 3) -> [SpeakerCandidate] {
        var result: [SpeakerCandidate] = []
        var index = site.index - 1
        while index >= 0, result.count < limit, site.index - index <= 6 {
            defer { index -= 1 }
            guard context.quoteMarks[index].paragraph + 1 >= site.marks.paragraph else { break }
            guard let choice = chosen[index], choice.kind != .nobody, let span = choice.span else { continue }
            if result.contains(where: { $0.span == span }) { continue }
            result.append(SpeakerCandidate(kind: .previous, tokens: 0..<0, head: choice.head, mention: choice.mention,
                                           previousQuote: index, span: span))
        }
        return result
    }
}
