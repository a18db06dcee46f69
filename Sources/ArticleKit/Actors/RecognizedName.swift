/// What a candidate run turned out to name: an actor of some kind, or a work (a document, law or
/// operation) that can speak in a quotation ("the Guidance states") but is not an actor.
struct RecognizedName {
    enum Kind: Equatable {
        case actor(ActorKind)
        case work
    }

    var span: TextSpan
    var surface: String
    var kind: Kind
    var role: String?
    var gender: Gender?
    var sentence: Int
    var paragraph: Int
    /// Tokens the name covers, title included.
    var tokens: Range<Int>
    /// A quoted nickname the name was written around ("Hal"): the article may also use it as a first name.
    var nickname: String?
    /// A reporting verb follows the name ("Washington said"): it speaks, so it is no destination.
    var beforeReportingVerb = false
    /// The text's form decides the kind (a title or honorific before a person, a dateline, a state's
    /// abbreviation after a town): the learned typer leaves it alone.
    var settled = false
}

/// What the whole article says about words, used to tell names from capitalised vocabulary.
struct ArticleEvidence {
    /// Lower-cased words seen capitalised somewhere other than at a sentence start.
    var capitalizedMidSentence: Set<String> = []
    /// Words seen in lower case (as `WordHash`es).
    var lowercaseWords = WordHashSet()
    /// Acronyms spelled out in parentheses after a lower-case phrase (`reconnaissance (ISR)`): terms.
    var termAbbreviations: Set<String> = []
    /// Acronyms seen outside quotations.
    var acronymsOutsideQuotes: Set<String> = []

    init() {}

    init(text: ScalarText, tokens: [Token], candidates: [NameCandidate]) {
        for token in tokens where token.kind == .word {
            let first = text[token.span.start]
            if CharacterClass.isLowercase(first) { lowercaseWords.insert(text, token.span) }
        }
        for candidate in candidates {
            let isOrganisationPhrase = candidate.words.contains { NameWords.organizationHeads.contains($0.bare) || NameWords.connectors.contains($0.lower) }
            for (index, word) in candidate.words.enumerated() where word.isCapitalized && (index > 0 || !candidate.sentenceInitial) {
                if isOrganisationPhrase && !word.isAcronym { continue }
                capitalizedMidSentence.insert(word.lower)
            }
            for word in candidate.words where word.isAcronym && !candidate.insideQuote {
                acronymsOutsideQuotes.insert(word.text)
            }
        }
        for (index, token) in tokens.enumerated() where token.kind == .word && index >= 2 && index + 1 < tokens.count {
            guard text[tokens[index - 1].span.start] == "(", text[tokens[index + 1].span.start] == ")" else { continue }
            let word = text.string(token.span)
            let letters = word.unicodeScalars.filter(CharacterClass.isLetter)
            guard letters.count >= 2, letters.allSatisfy(CharacterClass.isUppercase) else { continue }
            let before = tokens[index - 2]
            if before.kind == .word, CharacterClass.isLowercase(text[before.span.start]) { termAbbreviations.insert(word) }
        }
    }
}
