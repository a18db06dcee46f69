/// Reads who a cue verb points at: the subject to its left (`Piet Van Aken—who …—responded`,
/// `a European official explained`), or the phrase right after it (`said Tomas Okafor`, `explained a U.S.
/// official`). Names come from the recognised mentions; pronouns and descriptors are read here.
extension AttributionContext {
    static let skippedBeforeVerb: Set<String> = [
        "has", "have", "had", "was", "is", "are", "were", "will", "would", "also", "now", "then", "later", "once",
        "has", "had", "again", "just", "still", "not", "never", "first", "himself", "herself", "itself", "to", "even",
        "further", "already", "only", "did", "does", "do", "may", "might", "could", "should", "can", "must", "soon",
        "earlier", "then-", "reportedly", "recently", "previously",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]

    static var descriptorHeads: Set<String> { SpeakerNouns.heads }

    static let quantifiers: Set<String> = [
        "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
        "some", "many", "another", "his", "her", "their", "its", "our", "my", "most", "few", "numerous", "other",
        "two", "both", "all",
    ]

    /// The subject of the cue at `verb`: walks left over auxiliaries, adverbs and up to two appositives.
    func subject(before verb: Int, floor requestedFloor: Int) -> SpeakerReference? {
        let floor = max(requestedFloor, verb - Self.window)
        var index = verb - 1
        var appositives = 0
        while index >= floor {
            if isWord(index) {
                let word = lower(index)
                if Self.skippedBeforeVerb.contains(word) || (word.hasSuffix("ly") && word.count > 4 && actors.mentionByToken[index] == nil) {
                    index -= 1
                    continue
                }
                if word == "and" || word == "but" || word == "or" {
                    var clauseStart = index
                    while clauseStart > max(floor, index - Self.window), !isPunctuation(clauseStart - 1, ";") { clauseStart -= 1 }
                    return firstSpeakerPhrase(in: clauseStart..<index)
                }
                return phrase(endingAt: index, floor: floor)
            }
            if isPunctuation(index, ",—–"), appositives < 2 {
                let closer = text[tokens[index].span.start]
                var opener = index - 1
                while opener >= floor, !(tokens[opener].kind == .punctuation && sameDashClass(text[tokens[opener].span.start], closer)) { opener -= 1 }
                guard opener >= floor else { return nil }
                if let mention = actors.mentionByToken[opener + 1], actors.actors[actors.mentions[mention].actor].kind == .person {
                    return .mention(mention)
                }
                index = opener - 1
                appositives += 1
                continue
            }
            if isPunctuation(index, ")") {
                while index >= floor, !isPunctuation(index, "(") { index -= 1 }
                index -= 1
                continue
            }
            return nil
        }
        return nil
    }

    /// The first person, organisation or descriptor named in a clause: the subject that a participle or
    /// a coordinated verb hangs off (`But Mayor Ilse Vogt went even further,
    /// explaining …`; `Haddad has set timelines …, and insisted …`).
    func firstSpeakerPhrase(in range: Range<Int>) -> SpeakerReference? {
        for index in range {
            if let mention = actors.mentionByToken[index], actors.actors[actors.mentions[mention].actor].kind != .place {
                return .mention(mention)
            }
            if let (reference, _) = phrase(startingAt: index, limit: range.upperBound), case .descriptor = reference {
                return reference
            }
        }
        return nil
    }

    func isPlace(_ reference: SpeakerReference) -> Bool {
        guard case .mention(let index) = reference else { return false }
        return actors.actors[actors.mentions[index].actor].kind == .place
    }

    private func sameDashClass(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if b == "," { return a == "," }
        return a == "—" || a == "–"
    }

    /// What names a speaker and ends at `token`: a mention, a pronoun, a descriptor, a work.
    func phrase(endingAt token: Int, floor: Int) -> SpeakerReference? {
        if let mention = actors.mentionByToken[token] {
            return descriptorEnclosing(mention: mention, endingAt: token, floor: floor) ?? .mention(mention)
        }
        if let work = workByToken[token] { return .work(work.surface, span: work.span) }
        let word = lower(token)
        if Self.pronouns.contains(word) { return .pronoun(word, token: token) }
        if Self.descriptorHeads.contains(word) { return descriptor(head: token, floor: floor) }
        if isCommonNounAfterDeterminer(token, floor: floor) { return descriptor(head: token, floor: floor) }
        return nil
    }

    /// `one skipper described …`, `a farmer told …`: any lower-case noun right after a determiner or
    /// number, as the subject of a reporting verb, is a descriptor speaker.
    private func isCommonNounAfterDeterminer(_ token: Int, floor: Int) -> Bool {
        guard isWord(token), CharacterClass.isLowercase(text[tokens[token].span.start]) else { return false }
        let word = lower(token)
        guard !CommonWords.capitalisedFunctionWords.contains(word), !CueLexicon.isVerb(word), !word.hasSuffix("ly") else { return false }
        var index = token - 1
        while index >= floor, token - index <= 2 {
            guard isWord(index) else { return false }
            let before = lower(index)
            if ["a", "an", "one", "another", "each", "every"].contains(before) { return true }
            if CommonWords.capitalisedFunctionWords.contains(before) || CueLexicon.isVerb(before) { return false }
            index -= 1
        }
        return false
    }

    /// `a spokesperson for Maersk`, `an aide to Senator Ruiz`: the person the head noun names speaks,
    /// not the one named after it.
    private func descriptorEnclosing(mention: Int, endingAt token: Int, floor: Int) -> SpeakerReference? {
        var first = token
        while first > floor, actors.mentionByToken[first - 1] == mention { first -= 1 }
        while first > floor, isWord(first - 1), CharacterClass.isUppercase(text[tokens[first - 1].span.start]) { first -= 1 }
        var preposition = first - 1
        if preposition > floor, lower(preposition) == "the" { preposition -= 1 }
        guard preposition > floor, ["for", "of", "at", "with", "from", "to"].contains(lower(preposition)),
              Self.descriptorHeads.contains(lower(preposition - 1)),
              case .descriptor(_, let head)? = descriptor(head: preposition - 1, floor: floor) else { return nil }
        let span = TextSpan(head.start, tokens[token].span.end)
        var written = text.string(span)
        if let initial = written.unicodeScalars.first, CharacterClass.isUppercase(initial) {
            written = String(initial).lowercased() + String(written.unicodeScalars.dropFirst())
        }
        return .descriptor(written, span: span)
    }

    /// The speaker phrase that starts at `token` (after a cue, or before one): with its last token.
    func phrase(startingAt token: Int, limit: Int) -> (SpeakerReference, last: Int)? {
        guard token < limit else { return nil }
        var start = token
        if isWord(start), CharacterClass.isLowercase(text[tokens[start].span.start]), start + 1 < limit,
           actors.mentionByToken[start + 1] != nil, !Self.quantifiers.contains(lower(start)) {
            start += 1
        }
        if let mention = actors.mentionByToken[start] {
            var last = start
            while last + 1 < limit, actors.mentionByToken[last + 1] == mention { last += 1 }
            if actors.actors[actors.mentions[mention].actor].kind != .person, let head = descriptorHead(from: start, limit: limit),
               head > last {
                return (descriptor(head: head, floor: start) ?? .mention(mention), head)
            }
            return (.mention(mention), last)
        }
        if let work = workByToken[start] { return (.work(work.surface, span: work.span), work.tokens.upperBound - 1) }
        let word = lower(start)
        if Self.pronouns.contains(word) { return (.pronoun(word, token: start), start) }
        if Self.quantifiers.contains(word) || Self.descriptorHeads.contains(word) || CharacterClass.isUppercase(text[tokens[start].span.start]) {
            if let head = descriptorHead(from: start, limit: limit), let reference = descriptor(head: head, floor: start) {
                return (reference, head)
            }
        }
        return nil
    }

    private func descriptorHead(from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit, index < start + 8 {
            guard tokens[index].kind != .punctuation else { return nil }
            if let mention = actors.mentionByToken[index], actors.actors[actors.mentions[mention].actor].kind == .person { return nil }
            if Self.descriptorHeads.contains(lower(index)), !(index + 1 < limit && lower(index + 1) == "of" && index == start) {
                var head = index
                if head + 2 < limit, lower(head + 1) == "of", Self.descriptorHeads.contains(lower(head + 2)) { head += 2 }
                return head
            }
            index += 1
        }
        return nil
    }

    /// "a European official", "three diplomatic sources", "one of his advisers": from the determiner to
    /// the head noun, as written (a sentence-initial capital on the determiner is lowered).
    func descriptor(head: Int, floor: Int) -> SpeakerReference? {
        var start = head
        var index = head - 1
        while index >= floor, head - index <= 7 {
            if tokens[index].kind == .punctuation { break }
            let word = lower(index)
            if Self.quantifiers.contains(word) {
                start = index
                if ["his", "her", "their", "its", "our", "my"].contains(word), index - 2 >= floor, lower(index - 1) == "of",
                   Self.quantifiers.contains(lower(index - 2)) {
                    start = index - 2
                }
                break
            }
            let capitalised = CharacterClass.isUppercase(text[tokens[index].span.start])
            if !capitalised && (CueLexicon.isVerb(word) || CommonWords.capitalisedFunctionWords.contains(word) && word != "of") { break }
            if word == "of", !(index > floor && CharacterClass.isUppercase(text[tokens[index - 1].span.start])) { break }
            start = index
            index -= 1
        }
        let span = TextSpan(tokens[start].span.start, tokens[head].span.end)
        var written = text.string(span)
        if let first = written.unicodeScalars.first, CharacterClass.isUppercase(first),
           Self.quantifiers.contains(lower(start)) {
            written = String(first).lowercased() + String(written.unicodeScalars.dropFirst())
        }
        return .descriptor(written, span: span)
    }
}
