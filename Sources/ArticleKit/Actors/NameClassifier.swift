/// Decides what a capitalised run names, from the text's evidence: a title before a name marks a
/// person and becomes the role; an organisation head or an acronym marks an organisation; place data
/// or a locative preposition marks a place; a document head marks a work. Sentence-initial words,
/// nationality adjectives, days and months are not actors.
struct NameClassifier {
    let evidence: ArticleEvidence
    let places: Places
    let typer: ActorTypeModel
    let gendered: GenderedNames

    func classify(_ candidate: NameCandidate) -> [RecognizedName] {
        var words = candidate.words
        var sentenceInitial = candidate.sentenceInitial
        var previous = candidate.previousWord
        while let first = words.first, isFunctionWord(first, atStart: sentenceInitial) {
            previous = first.lower
            words.removeFirst()
            sentenceInitial = false
        }
        if let first = words.first, sentenceInitial, words.count > 1, isOrdinarySentenceOpener(first) {
            previous = first.lower
            words.removeFirst()
            sentenceInitial = false
        }
        if let first = words.first, words.count > 1, NameWords.personRoleNouns.contains(first.lower),
           !NameWords.strongTitles.contains(first.bare), !evidence.capitalizedMidSentence.contains(first.lower) {
            previous = first.lower
            words.removeFirst()
            sentenceInitial = false
        }
        guard !words.isEmpty else { return [] }
        var context = Context(candidate: candidate, sentenceInitial: sentenceInitial, previous: previous)
        return classify(words, context: &context)
    }

    private struct Context {
        var candidate: NameCandidate
        var sentenceInitial: Bool
        var previous: String?
    }

    private func classify(_ words: [NameCandidate.Word], context: inout Context) -> [RecognizedName] {
        // `Mr. Adeyemi and Ms. Lund`: two titled names joined by "and" are two people.
        if let and = words.firstIndex(where: { $0.lower == "and" }), and > 0, and + 2 < words.count,
           isTitle(words[0]), isTitle(words[and + 1]) {
            var right = context
            return classify(Array(words[..<and]), context: &context) + classify(Array(words[(and + 1)...]), context: &right)
        }
        // `Carla King`, `Tomas Bishop`: a title word ending a run after a first name is a surname.
        if words.count >= 2, let last = words.last, NameWords.strongTitles.contains(last.bare),
           !words.dropLast().contains(where: isTitle), isKnownFirstName(words[words.count - 2]) {
            return plainName(words, context: context)
        }
        if let titleIndex = words.lastIndex(where: { NameWords.strongTitles.contains($0.bare) || NameWords.dottedTitles.contains($0.text) }) {
            return splitRole(words, lastTitle: titleIndex, context: context)
        }
        if let titleIndex = titleBeforePersonalName(words) {
            return splitRole(words, lastTitle: titleIndex, context: context)
        }
        // `Saudi Arabia`, `Czech Republic`, `South China Sea`: a place whose name opens with an adjective.
        if words.count >= 2, Demonyms.isDemonym(words[0].text) {
            if let whole = place(words, context: context) { return [whole] }
            if NameWords.placeHeads.contains(words.last!.bare), words.allSatisfy(\.isCapitalized) { return [make(words, .actor(.place), context: context)] }
        }
        var words = words
        var adjectives: [NameCandidate.Word] = []
        while let first = words.first, Demonyms.isDemonym(first.text) || Demonyms.isCompoundAdjective(first.text) {
            adjectives.append(words.removeFirst())
        }
        guard !words.isEmpty else { return compoundParts(adjectives, context: context) }
        let whole = adjectives.isEmpty ? words : adjectives + words
        if let organization = organization(whole, context: context) { return organization }
        if !adjectives.isEmpty { context.previous = adjectives.last!.lower }
        return plainName(words, context: context)
    }

    /// `Estonian Prime Minister Hanna Kask` → person "Hanna Kask", role "Estonian Prime Minister";
    /// `Commander-in-Chief of the Ukrainian Armed Forces` → no person, organisation "Ukrainian Armed Forces".
    private func splitRole(_ words: [NameCandidate.Word], lastTitle: Int, context: Context) -> [RecognizedName] {
        var nameStart = lastTitle + 1
        var sawConnector = false
        while nameStart < words.count {
            let word = words[nameStart]
            if NameWords.connectors.contains(word.lower) {
                sawConnector = true
            } else if !(NameWords.titles.contains(word.bare) || Demonyms.isDemonym(word.text)
                        || sawConnector && isRoleObject(word)) {
                break
            }
            nameStart += 1
        }
        // "Miss Universe Lena Cortez", "Miss Ohio Ann Bray": a pageant's title, when the word after
        // "Miss" is not a first name and a full name follows it.
        if words[lastTitle].bare == "miss", nameStart == lastTitle + 1, words.count - nameStart >= 3,
           !gendered.contains(WordKey.of(words[nameStart].text)) {
            nameStart += 1
        }
        // `Justice Department`, `Treasury Department`: a title's word naming the organisation it heads.
        if nameStart == lastTitle + 1, nameStart < words.count, words.count - nameStart <= 2,
           NameWords.organizationHeads.contains(words[nameStart].bare), words[lastTitle...].allSatisfy({ !$0.isAcronym }) {
            return [settled(make(Array(words[lastTitle...]), .actor(.organization), context: context))]
        }
        var results: [RecognizedName] = []
        let roleWords = Array(words[..<min(nameStart, words.count)])
        for word in roleWords where word.isAcronym || InternationalBodies.table[TextFolding.fold(word.text)] != nil {
            if let body = knownBody([word], context: context) { results.append(body) }
        }
        if sawConnector, let ofIndex = roleWords.firstIndex(where: { $0.lower == "of" || $0.lower == "for" }) {
            var tail = Array(words[(ofIndex + 1)...])
            while let first = tail.first, first.lower == "the" { tail.removeFirst() }
            if nameStart < words.count { tail = Array(tail.prefix(nameStart - ofIndex - 1)) }
            if !tail.isEmpty, tail.contains(where: { NameWords.organizationHeads.contains($0.bare) }) {
                results.append(make(tail, .actor(.organization), context: context))
            } else if !tail.isEmpty, let place = place(tail, context: context) {
                results.append(place)
            }
        }
        guard nameStart < words.count else { return results }
        let nameWords = Array(words[nameStart...])
        guard nameWords.allSatisfy({ $0.isCapitalized || NameWords.nameParticles.contains($0.lower) || $0.bare.count == 1 }),
              !nameWords.contains(where: { NameWords.organizationHeads.contains($0.bare) }) else {
            return results + plainName(nameWords, context: context)
        }
        var person = make(nameWords, .actor(.person), context: context)
        person.settled = true
        // An honorific ("Mr.", "Ms.", "Dr.") is a form of address, not a role; "Sen." and "Gov." are roles.
        if !roleWords.allSatisfy({ NameWords.honorifics.contains($0.bare) }) {
            person.role = roleWords.map(\.text).joined(separator: " ")
        }
        person.tokens = words.first!.token..<(nameWords.last!.token + 1)
        if roleWords.contains(where: { NameWords.maleHonorifics.contains($0.bare) }) { person.gender = .male }
        if roleWords.contains(where: { NameWords.femaleHonorifics.contains($0.bare) }) { person.gender = .female }
        return results + [person]
    }

    private func organization(_ words: [NameCandidate.Word], context: Context) -> [RecognizedName]? {
        if let body = knownBody(words, context: context) { return [body] }
        if words.count >= 2, isGroupCode(words[0]) { return [make(words, .actor(.organization), context: context)] }
        if words.count >= 2, NameWords.leadingWorkWords.contains(words[0].bare) {
            return [make(words, .work, context: context)]
        }
        if let last = words.last, NameWords.workHeads.contains(last.bare), words.count >= 2 || context.previous == "the" {
            return [make(words, .work, context: context)]
        }
        if words.contains(where: { NameWords.organizationHeads.contains($0.bare) && $0.isCapitalized }) {
            return [make(words, .actor(.organization), context: context)]
        }
        if let next = context.candidate.nextWord, NameWords.lowercaseOrganizationTails.contains(next), words.count >= 2 || words[0].isAcronym {
            var recognized = make(words, .actor(.organization), context: context)
            recognized.surface += " " + next
            return [recognized]
        }
        return nil
    }

    private func plainName(_ words: [NameCandidate.Word], context: Context) -> [RecognizedName] {
        guard !words.isEmpty else { return [] }
        if words.count > 5 { return [] }
        if context.candidate.beforeState, !isPersonContext(context) { return [settled(make(words, .actor(.place), context: context))] }
        if let place = place(words, context: context) { return [place] }
        if let body = knownBody(words, context: context) { return [body] }
        if words.count == 1 { return singleWord(words[0], context: context) }
        if NameWords.titles.contains(words.last!.bare) { return [] }
        if let split = splitKnownPlacePrefix(words, context: context) { return split }
        if NameWords.placeHeads.contains(words.last!.bare) { return [make(words, .actor(.place), context: context)] }
        if words.allSatisfy({ Demonyms.isDemonym($0.text) }) { return [] }
        if words.contains(where: \.isAcronym) || words.contains(where: { !$0.isCapitalized && !NameWords.nameParticles.contains($0.lower) && $0.bare.count > 1 }) {
            return [make(words, .actor(.organization), context: context)]
        }
        let lastIsVocabulary = evidence.lowercaseWords.contains(words.last!.lower)
        let personEvidence = isPersonContext(context) || context.candidate.nextWord.map(CueLexicon.isVerb) == true
        if lastIsVocabulary && !personEvidence {
            return [make(words, .actor(.organization), context: context)]
        }
        return [make(words, .actor(.person), context: context)]
    }

    /// `Senate Majority Leader Ana Ruiz`, `Police Chief Tom Hale`: a title that can also be an ordinary
    /// word ("leader", "speaker", "chief") before two or three words that read as a personal name
    /// (capitalised or initials, no organisation or place head, no other title, not a place).
    private func titleBeforePersonalName(_ words: [NameCandidate.Word]) -> Int? {
        guard let index = words.lastIndex(where: { NameWords.titles.contains($0.bare) }), index >= 1 || words.count >= 3 else { return nil }
        let name = words[(index + 1)...]
        guard (2...3).contains(name.count), name.allSatisfy({ $0.isCapitalized && !$0.isAcronym && !$0.hasPossessive || $0.bare.count == 1 }),
              !name.contains(where: { NameWords.organizationHeads.contains($0.bare) || NameWords.placeHeads.contains($0.bare) || NameWords.titles.contains($0.bare) }),
              places.canonicalName(TextFolding.fold(name.map(\.text).joined(separator: " "))) == nil else { return nil }
        return index
    }

    /// `U.S. Capitol` → place; `U.S. Joint Chiefs` is caught earlier as an organisation. A first name
    /// that is also a country (`Chad Ellery`, `Georgia Reyes`: a learned first name, or the pair next to
    /// a reporting verb) opens a person's name, not a place's.
    private func splitKnownPlacePrefix(_ words: [NameCandidate.Word], context: Context) -> [RecognizedName]? {
        guard words.count >= 2, places.isCountryOrRegion(TextFolding.fold(words[0].text)) else { return nil }
        if words.count == 2, words[1].isCapitalized, !words[1].isAcronym, !NameWords.placeHeads.contains(words[1].bare),
           places.canonicalName(TextFolding.fold(words[1].text)) == nil,
           gendered.contains(WordKey.of(words[0].text)) || isPersonContext(context)
            || context.previous.map(CueLexicon.isVerb) == true || context.candidate.nextWord.map(CueLexicon.isVerb) == true {
            return [make(words, .actor(.person), context: context)]
        }
        return [make(words, .actor(.place), context: context)]
    }

    /// `Virginian`, `Californians`, `Canadian`: the people of a place the place list knows, formed by
    /// its usual suffixes; they describe, they do not name.
    private func isPlaceDemonym(_ lower: String) -> Bool {
        let singular = lower.hasSuffix("ns") ? String(lower.dropLast()) : lower
        guard singular.hasSuffix("n"), singular.count >= 6 else { return false }
        var stems = [String(singular.dropLast())]
        if singular.hasSuffix("ian") { stems.append(String(singular.dropLast(3)) + "a") }
        return stems.contains { places.canonicalName(TextFolding.fold($0)) != nil }
    }

    private func singleWord(_ word: NameCandidate.Word, context: Context) -> [RecognizedName] {
        // `of Ashton, Md.,`: the postal style of a state after its town.
        if context.candidate.stateAfterTown, word.token == context.candidate.words.first?.token {
            return [settled(make([word], .actor(.place), context: context))]
        }
        if Demonyms.isDemonym(word.text) || CommonWords.capitalisedFunctionWords.contains(word.lower.replacingApostrophes())
            || SpeakerNouns.heads.contains(word.lower) || isPlaceDemonym(word.lower) { return [] }
        if isPluralAcronym(word) || CommonWords.commonAcronyms.contains(word.text) { return [] }
        if word.isAcronym {
            if evidence.termAbbreviations.contains(word.text) { return [] }
            if isDateline(word, context) { return [settled(make([word], .actor(.place), context: context))] }
            if context.candidate.insideQuote && !evidence.acronymsOutsideQuotes.contains(word.text) { return [] }
            return [make([word], .actor(.organization), context: context)]
        }
        if isGroupCode(word) { return [make([word], .actor(.organization), context: context)] }
        let corroborated = evidence.capitalizedMidSentence.contains(word.lower)
        let vocabulary = evidence.lowercaseWords.contains(word.lower)
        let cueFollows = context.candidate.nextWord.map(CueLexicon.isVerb) == true
        if context.sentenceInitial {
            if !corroborated && !(cueFollows && !vocabulary && !CommonWords.hasCommonSuffix(word.lower)) { return [] }
        } else if vocabulary && !corroborated {
            return []
        }
        if context.candidate.insideQuote && !corroborated { return [] }
        if word.bare.count <= 1 { return [] }
        let previous = context.previous
        let ownsAGovernment = context.candidate.nextWord.map { ["administration", "government", "campaign", "presidency"].contains($0) } == true
        if isPersonContext(context) || cueFollows || ownsAGovernment {
            return [make([word], .actor(.person), context: context)]
        }
        if previous == "the", let before = context.candidate.previousWord, Self.locativePrepositions.contains(before),
           context.candidate.words.first?.lower == "the" {
            return [make([word], .actor(.place), context: context)]
        }
        if let previous, previous == "the" || previous == "on" || previous == "via" || Demonyms.isDemonym(previous) {
            return [make([word], .actor(.organization), context: context)]
        }
        if let previous, Self.locativePrepositions.contains(previous), !context.candidate.afterAccordingTo {
            return [make([word], .actor(.place), context: context)]
        }
        return [make([word], .actor(.person), context: context)]
    }

    /// What a title is "of": `Secretary of State`, `Minister of Foreign Affairs`, `Commander-in-Chief of
    /// the Ukrainian Armed Forces`. The name, if any, follows it.
    private func isRoleObject(_ word: NameCandidate.Word) -> Bool {
        NameWords.roleObjects.contains(word.bare) || NameWords.organizationHeads.contains(word.bare)
            || places.canonicalName(TextFolding.fold(word.text)) != nil
    }

    /// `MPs`, `CEOs`, `NGOs`: acronyms in the plural are common nouns.
    private func isPluralAcronym(_ word: NameCandidate.Word) -> Bool {
        let scalars = Array(word.text.unicodeScalars)
        guard scalars.count >= 3, scalars.last == "s" else { return false }
        return scalars.dropLast().allSatisfy(CharacterClass.isUppercase)
    }

    /// `ROTTERDAM — …`: a capitalised place name opening the first sentence of a paragraph, before a dash.
    private func isDateline(_ word: NameCandidate.Word, _ context: Context) -> Bool {
        context.candidate.sentenceInitial && word.text.unicodeScalars.count >= 4
            && (context.candidate.nextWord == nil || context.candidate.nextWord == "—" || context.candidate.nextWord == "–")
            && context.candidate.words.count == 1
    }

    private func isPersonContext(_ context: Context) -> Bool {
        guard let previous = context.previous else { return false }
        return NameWords.personRoleNouns.contains(previous) || previous.hasPrefix("then-") || previous == "by"
    }

    private func place(_ words: [NameCandidate.Word], context: Context) -> RecognizedName? {
        let folded = TextFolding.fold(words.map(\.text).joined(separator: " "))
        if folded == "west" || folded == "east", context.previous != "the" { return nil }
        guard places.canonicalName(folded) != nil else { return nil }
        if places.subdivisions[folded] != nil, places.countries[folded] == nil, isPersonContext(context) { return nil }
        return make(words, .actor(.place), context: context)
    }

    /// Short table keys (`un`, `who`, `ap`) count only when written as acronyms.
    private func knownBody(_ words: [NameCandidate.Word], context: Context) -> RecognizedName? {
        let folded = TextFolding.fold(words.map(\.text).joined(separator: " "))
        guard InternationalBodies.table[folded] != nil else { return nil }
        if words.count == 1, !words[0].isAcronym, folded.count <= 3 { return nil }
        return make(words, .actor(.organization), context: context)
    }

    /// `Norway-based`, `ISIS-inspired`: the capitalised part names a place or body.
    private func compoundParts(_ adjectives: [NameCandidate.Word], context: Context) -> [RecognizedName] {
        var results: [RecognizedName] = []
        for word in adjectives where Demonyms.isCompoundAdjective(word.text) {
            guard let hyphen = word.text.lastIndex(of: "-") else { continue }
            let head = String(word.text[..<hyphen])
            let folded = TextFolding.fold(head)
            var part = word
            part.text = head
            part.lower = head.lowercased()
            part.span.end = part.span.start + head.unicodeScalars.count
            if places.canonicalName(folded) != nil {
                results.append(make([part], .actor(.place), context: context))
            } else if let body = knownBody([part], context: context) {
                results.append(body)
            }
        }
        return results
    }

    private func isGroupCode(_ word: NameCandidate.Word) -> Bool {
        let scalars = Array(word.text.unicodeScalars)
        return scalars.count >= 2 && scalars[0] == "G" && scalars.dropFirst().allSatisfy(CharacterClass.isDigit)
    }

    private func isFunctionWord(_ word: NameCandidate.Word, atStart: Bool) -> Bool {
        CommonWords.capitalisedFunctionWords.contains(word.lower.replacingApostrophes()) && (atStart || word.lower == "the" || word.lower == "a" || word.lower == "an")
    }

    /// A capitalised ordinary word opening the sentence before a name: `Defending his …`, `Preventing ISIS`.
    private func isOrdinarySentenceOpener(_ word: NameCandidate.Word) -> Bool {
        !NameWords.nameParticles.contains(word.lower) && !evidence.capitalizedMidSentence.contains(word.lower) && places.canonicalName(TextFolding.fold(word.text)) == nil
            && (CommonWords.hasCommonSuffix(word.lower) || evidence.lowercaseWords.contains(word.lower))
    }

    private func isTitle(_ word: NameCandidate.Word) -> Bool {
        NameWords.strongTitles.contains(word.bare) || NameWords.dottedTitles.contains(word.text) || NameWords.honorifics.contains(word.bare)
    }

    /// A first name by the learned lists: gendered first names, or words that open personal names in
    /// the training articles.
    private func isKnownFirstName(_ word: NameCandidate.Word) -> Bool {
        let key = WordKey.of(word.text)
        return gendered.contains(key) || typer.firstNames.contains(key)
    }

    private func settled(_ name: RecognizedName) -> RecognizedName {
        var name = name
        name.settled = true
        return name
    }

    private func make(_ words: [NameCandidate.Word], _ kind: RecognizedName.Kind, context: Context) -> RecognizedName {
        let span = TextSpan(words.first!.span.start, words.last!.span.end)
        let nickname = context.candidate.nickname.flatMap { span.start < $0.offset && $0.offset < span.end ? $0.text : nil }
        return RecognizedName(
            span: span, surface: words.map(\.text).joined(separator: " "),
            kind: kind, role: nil, gender: nil, sentence: context.candidate.sentence, paragraph: context.candidate.paragraph,
            tokens: words.first!.token..<(words.last!.token + 1), nickname: nickname,
            beforeReportingVerb: words.last!.token == context.candidate.words.last!.token && context.candidate.nextWord.map(CueLexicon.isVerb) == true)
    }

    static let locativePrepositions: Set<String> = ["in", "to", "from", "into", "across", "throughout", "toward", "towards", "near", "outside", "inside", "around", "within", "at"]
}
