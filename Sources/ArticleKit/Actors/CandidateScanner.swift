/// Finds runs of capitalised words in each sentence: names with particles (`Omar al-Rashid`),
/// initials (`Anna T. Mallory`), suffixes (`Jr.`), and connectors inside organisation and role names
/// (`Department of Defense`, `Secretary of State`). Words inside URLs and day or month names are left
/// out; a word followed by a number (`Article 5`, `Flight 9268`) ends the run.
struct CandidateScanner {
    let text: ScalarText
    let tokens: [Token]
    let sentences: [Sentence]
    let quoteSpans: [TextSpan]

    func candidates() -> [NameCandidate] {
        var result: [NameCandidate] = []
        let urlTokens = urlTokenSet()
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            var index = range.lowerBound
            let firstWord = range.first { tokens[$0].kind != .punctuation || !isOpeningMark(tokens[$0]) }
            while index < range.upperBound {
                guard mayStartName(index), !urlTokens.contains(index), let word = word(at: index), startsRun(word, at: index, in: range) else {
                    index += 1
                    continue
                }
                var words = [word]
                var cursor = index + 1
                var nickname: (text: String, offset: Int)?
                if word.isCapitalized { extend(&words, cursor: &cursor, nickname: &nickname, range: range, urlTokens: urlTokens) }
                let afterColon = index > range.lowerBound && (text[tokens[index - 1].span.start] == ":" || isOpeningQuote(tokens[index - 1])
                    || isDatelineDash(index - 1, in: range))
                result.append(NameCandidate(
                    words: words, sentence: sentenceIndex, paragraph: sentence.paragraph,
                    sentenceInitial: index == firstWord || afterColon,
                    previousWord: previousWord(before: index, in: range),
                    nextWord: cursor < range.upperBound ? lowerText(cursor) : nil,
                    insideQuote: isInsideQuote(word.span.start),
                    stateAfterTown: index > range.lowerBound && isComma(index - 1) && isStateAbbreviation(index),
                    beforeState: cursor + 2 < range.upperBound && isComma(cursor) && isStateAbbreviation(cursor + 1),
                    afterAccordingTo: index >= range.lowerBound + 2 && lowerText(index - 1) == "to" && lowerText(index - 2) == "according",
                    nickname: nickname))
                index = cursor
            }
        }
        return result
    }

    private func extend(_ words: inout [NameCandidate.Word], cursor: inout Int, nickname: inout (text: String, offset: Int)?,
                        range: Range<Int>, urlTokens: Set<Int>) {
        while cursor < range.upperBound, !urlTokens.contains(cursor), !(words.last?.hasPossessive ?? false) || possessiveInsideName(words) {
            let token = tokens[cursor]
            if token.kind == .punctuation, let after = nicknameEnd(at: cursor, range: range) {
                let start = tokens[cursor + 1].span.start
                nickname = (text.string(TextSpan(start, tokens[after - 2].span.end)), start)
                cursor = after
                continue
            }
            if token.kind == .punctuation {
                guard text[token.span.start] == ".", let last = words.last, takesDot(last),
                      last.span.end == token.span.start else { return }
                words[words.count - 1].text += "."
                words[words.count - 1].lower += "."
                words[words.count - 1].span.end = token.span.end
                cursor += 1
                continue
            }
            guard let next = word(at: cursor) else { return }
            if next.isCapitalized, !isDateWord(next, at: cursor, in: range), !isFollowedByNumber(cursor, in: range) {
                if let last = words.last, last.hasPossessive {
                    let whole = tokens[last.token].span
                    words[words.count - 1].text = text.string(whole)
                    words[words.count - 1].lower = words[words.count - 1].text.lowercased()
                    words[words.count - 1].span = whole
                    words[words.count - 1].hasPossessive = false
                }
                words.append(next)
                cursor += 1
                continue
            }
            if NameWords.nameParticles.contains(next.lower) {
                var look = cursor + 1
                while look < range.upperBound, let particle = word(at: look), NameWords.nameParticles.contains(particle.lower) { look += 1 }
                if look < range.upperBound, let after = word(at: look), after.isCapitalized {
                    while cursor < look {
                        if let particle = word(at: cursor) { words.append(particle) }
                        cursor += 1
                    }
                    continue
                }
            }
            if NameWords.connectors.contains(next.lower),
               next.lower == "and" ? organisationHeadFollows(cursor + 1, in: range) || joinsAcrossConnector(words) && !endsInOrganisationHead(words)
                                   : joinsAcrossConnector(words) {
                var look = cursor + 1
                if look < range.upperBound, lowerText(look) == "the" { look += 1 }
                if look < range.upperBound, let after = word(at: look), after.isCapitalized, !isDateWord(after, at: look, in: range) {
                    while cursor < look {
                        if let connector = word(at: cursor) { words.append(connector) }
                        cursor += 1
                    }
                    continue
                }
            }
            return
        }
    }

    /// A cheap test before building the word: a name starts with a capital, or is a short particle
    /// (`al`, `bin`) or a particle joined by a hyphen (`al-Rashid`).
    @inline(__always)
    private func mayStartName(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        let first = text[token.span.start]
        if CharacterClass.isUppercase(first) { return true }
        guard first == "a" || first == "e" || first == "b" || first == "i" else { return false }
        if token.span.length <= 3 { return true }
        return token.span.length <= 6 ? true : (token.span.start + 3 < token.span.end && text[token.span.start + 2] == "-")
            || (token.span.start + 4 < token.span.end && text[token.span.start + 3] == "-")
    }

    /// `National Federation of Fishermen's Organisations`: a possessive inside an organisation's own
    /// phrase does not end the name (`Iran’s Revolutionary Guard` has no head before it and does).
    private func possessiveInsideName(_ words: [NameCandidate.Word]) -> Bool {
        words.count >= 3 && words.dropLast().contains { NameWords.organizationHeads.contains($0.bare) }
            && words.contains { NameWords.connectors.contains($0.lower) }
    }

    /// Connectors join only inside organisation and role names: right after an organisation head or a
    /// title (`Institute for …`, `Secretary of …`), or further inside an organisation's own phrase
    /// (`Program on Counterterrorism and Intelligence`); never between plain names (`Iraq and Syria`,
    /// `President Luc Marchand in Tallinn`).
    private func joinsAcrossConnector(_ words: [NameCandidate.Word]) -> Bool {
        guard let last = words.last else { return false }
        if NameWords.organizationHeads.contains(last.bare) || NameWords.strongTitles.contains(last.bare) { return true }
        let hasConnector = words.contains { NameWords.connectors.contains($0.lower) }
        return hasConnector && words.contains { NameWords.organizationHeads.contains($0.bare) }
    }

    /// `Food and Drug Administration and the Mining Commission` is two names: "and" after a head ends it.
    private func endsInOrganisationHead(_ words: [NameCandidate.Word]) -> Bool {
        words.last.map { NameWords.organizationHeads.contains($0.bare) } ?? false
    }

    /// `Securities and Exchange Commission`, `Food and Drug Administration`: two to four capitalised words
    /// after "and" that end in an organisation head, so the name goes on across it (`Ruiz and House
    /// Republicans` does not: the head opens the words and does not end them).
    private func organisationHeadFollows(_ start: Int, in range: Range<Int>) -> Bool {
        var index = start
        while index < min(range.upperBound, start + 4), let word = word(at: index), word.isCapitalized { index += 1 }
        guard index - start >= 2, let last = word(at: index - 1), !last.hasPossessive else { return false }
        return NameWords.organizationHeads.contains(last.bare)
            && !(start..<(index - 1)).contains { word(at: $0).map { NameWords.organizationHeads.contains($0.bare) } ?? true }
    }

    private func takesDot(_ word: NameCandidate.Word) -> Bool {
        if word.text.hasSuffix(".") { return false }
        let bare = word.lower
        if bare.unicodeScalars.count == 1 && word.isCapitalized { return true }
        return NameWords.titles.contains(bare) || NameWords.suffixes.contains(bare) || Abbreviations.titles.contains(bare)
            || NameWords.dottedTitles.contains(word.text + ".")
    }

    private func startsRun(_ word: NameCandidate.Word, at index: Int, in range: Range<Int>) -> Bool {
        if !word.isCapitalized, Demonyms.isCompoundAdjective(word.text), let first = word.text.unicodeScalars.first,
           CharacterClass.isUppercase(first) {
            return true
        }
        if word.isCapitalized { return !isDateWord(word, at: index, in: range) && !isFollowedByNumber(index, in: range) || isGroupCode(word) }
        if NameWords.nameParticles.contains(word.lower), index + 1 < range.upperBound, let next = self.word(at: index + 1) {
            return next.isCapitalized && ["al", "el", "bin", "ibn", "abu"].contains(word.lower)
        }
        return false
    }

    /// `G5`, `G20`: a capital letter and digits.
    private func isGroupCode(_ word: NameCandidate.Word) -> Bool {
        let scalars = Array(word.text.unicodeScalars)
        return scalars.count >= 2 && CharacterClass.isUppercase(scalars[0]) && scalars.dropFirst().allSatisfy(CharacterClass.isDigit)
    }

    /// Day names always; month names unless a capitalised word follows (`April Ryan`, `Jan van der Linden`).
    private func isDateWord(_ word: NameCandidate.Word, at index: Int, in range: Range<Int>) -> Bool {
        if NameWords.days.contains(word.bare) { return true }
        guard NameWords.months.contains(word.bare) else { return false }
        if isFollowedByNumber(index, in: range) { return true }
        guard index + 1 < range.upperBound, let next = self.word(at: index + 1) else { return true }
        return !(next.isCapitalized || NameWords.nameParticles.contains(next.lower)) || NameWords.months.contains(next.bare)
    }

    private func isFollowedByNumber(_ index: Int, in range: Range<Int>) -> Bool {
        var next = index + 1
        if next < range.upperBound, tokens[next].kind == .punctuation, text[tokens[next].span.start] == "." { next += 1 }
        return next < range.upperBound && tokens[next].kind == .number && tokens[next].span.start <= tokens[index].span.end + 2
    }

    func word(at index: Int) -> NameCandidate.Word? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .word || token.kind == .number else { return nil }
        var surface = text.string(token.span)
        var span = token.span
        var possessive = false
        for suffix in ["’s", "'s"] where surface.hasSuffix(suffix) && surface.unicodeScalars.count > 2 {
            surface = String(surface.unicodeScalars.dropLast(2))
            span.end -= 2
            possessive = true
        }
        if !possessive, index + 1 < tokens.count, tokens[index + 1].span.start == token.span.end,
           CharacterClass.isApostrophe(text[tokens[index + 1].span.start]), surface.hasSuffix("s") || surface.hasSuffix("S") {
            possessive = true
        }
        let scalars = Array(surface.unicodeScalars)
        guard let first = scalars.first else { return nil }
        var capitalized = CharacterClass.isUppercase(first)
        if !capitalized, let hyphen = scalars.firstIndex(of: "-"), hyphen + 1 < scalars.count,
           NameWords.nameParticles.contains(String(String.UnicodeScalarView(scalars[..<hyphen])).lowercased()) {
            capitalized = CharacterClass.isUppercase(scalars[hyphen + 1])
        }
        if token.kind == .number { capitalized = false }
        let letters = scalars.filter(CharacterClass.isLetter)
        let acronym = letters.count >= 2 && letters.allSatisfy(CharacterClass.isUppercase)
        if capitalized, Demonyms.isCompoundAdjective(surface) { capitalized = false }
        if capitalized, letters.count <= 1, scalars.contains("-") { capitalized = false }
        return NameCandidate.Word(text: surface, lower: surface.lowercased(), span: span, token: index,
                                  isCapitalized: capitalized, isAcronym: acronym, hasPossessive: possessive)
    }

    private func lowerText(_ index: Int) -> String { text.string(tokens[index].span).lowercased() }

    private func isComma(_ index: Int) -> Bool { tokens[index].kind == .punctuation && text[tokens[index].span.start] == "," }

    /// `Md.`: a state's postal abbreviation, with its period (in the word or the token after it).
    private func isStateAbbreviation(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        var word = lowerText(index)
        let dotted = word.hasSuffix(".")
            || index + 1 < tokens.count && tokens[index + 1].kind == .punctuation && text[tokens[index + 1].span.start] == "."
        if word.hasSuffix(".") { word.removeLast() }
        return dotted && NameWords.stateAbbreviations.contains(word)
    }

    private func previousWord(before index: Int, in range: Range<Int>) -> String? {
        var look = index - 1
        while look >= range.lowerBound {
            if tokens[look].kind != .punctuation { return lowerText(look) }
            if !isOpeningMark(tokens[look]) { return nil }
            look -= 1
        }
        return nil
    }

    /// `ROTTERDAM — Dockworkers walked out`: the word after a dateline's dash opens the sentence.
    private func isDatelineDash(_ index: Int, in range: Range<Int>) -> Bool {
        guard tokens[index].kind == .punctuation, "—–".unicodeScalars.contains(text[tokens[index].span.start]) else { return false }
        return index - range.lowerBound <= 3
    }

    /// A quoted nickname inside a name (Harold T. “Hal” Mercer, Ana “Nena” Ruiz): one or two
    /// capitalised words in quotation marks with a capitalised word after. The name runs on past it
    /// and the nickname is left out of it. Returns the index of the word after the closing mark.
    private func nicknameEnd(at index: Int, range: Range<Int>) -> Int? {
        guard isOpeningQuote(tokens[index]) else { return nil }
        var cursor = index + 1
        var count = 0
        while cursor < range.upperBound, count < 2, let word = word(at: cursor), word.isCapitalized, !word.hasPossessive {
            count += 1
            cursor += 1
        }
        guard count > 0, cursor + 1 < range.upperBound, tokens[cursor].kind == .punctuation,
              "\"”’'»".unicodeScalars.contains(text[tokens[cursor].span.start]),
              let next = word(at: cursor + 1), next.isCapitalized else { return nil }
        return cursor + 1
    }

    private func isOpeningQuote(_ token: Token) -> Bool {
        token.kind == .punctuation && "\"“‘'«".unicodeScalars.contains(text[token.span.start])
    }

    private func isOpeningMark(_ token: Token) -> Bool {
        "\"“‘'([".unicodeScalars.contains(text[token.span.start])
    }

    private func isInsideQuote(_ offset: Int) -> Bool {
        TextSpan.anyContains(offset, count: quoteSpans.count) { quoteSpans[$0] }
    }

    /// Tokens that belong to a URL or an e-mail address.
    private func urlTokenSet() -> Set<Int> {
        var result = Set<Int>()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let initial = text[token.span.start]
            guard token.kind == .word, initial == "h" || initial == "H" || initial == "w" || initial == "W" else {
                index += 1
                continue
            }
            let lower = text.string(token.span).lowercased()
            let startsURL = (lower == "http" || lower == "https") && index + 1 < tokens.count && text[tokens[index + 1].span.start] == ":"
                || (lower == "www" && index + 1 < tokens.count && text[tokens[index + 1].span.start] == ".")
            guard startsURL else { index += 1; continue }
            var end = index
            while end + 1 < tokens.count, tokens[end + 1].span.start == tokens[end].span.end { end += 1 }
            for covered in index...end { result.insert(covered) }
            index = end + 1
        }
        return result
    }
}
