/// Finds the actors of one article: candidate runs, classified, then grouped so that every alias of
/// one actor ("President Dana Whitfield", "Whitfield's", "Whitfield") points at one `Actor`.
public struct ActorAnalysis: Sendable {
    public var actors: [Actor] = []
    public var mentions: [Mention] = []
    /// Documents and other works that can be the subject of a reporting verb, by first token.
    var works: [Int: RecognizedName] = [:]
    /// Token index → index into `mentions`, for every token a mention covers (its title included).
    var mentionByToken: [Int: Int] = [:]
}

enum ActorRecognizer {
    static func analyze(text: ScalarText, tokens: [Token], sentences: [Sentence], paragraphs: [Paragraph],
                        quoteSpans: [TextSpan], layer: TokenLayer, places: Places = .shared, typer: ActorTypeModel,
                        gendered: GenderedNames) -> ActorAnalysis {
        let recognized = namesAndFeatures(text: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs, quoteSpans: quoteSpans,
                                          layer: layer, places: places, typer: typer, gendered: gendered)
        let typed = ActorTyping.apply(recognized.names, features: recognized.features, places: places, model: typer)
        return ActorGrouping(names: typed, places: places, quoteSpans: quoteSpans, gendered: gendered).analysis()
    }

    /// The names the rules recognise and the typer's features of them: what `analyze` types and what
    /// the typer's trainer learns from.
    static func namesAndFeatures(text: ScalarText, tokens: [Token], sentences: [Sentence], paragraphs: [Paragraph], quoteSpans: [TextSpan],
                                 layer: TokenLayer, places: Places, typer: ActorTypeModel,
                                 gendered: GenderedNames) -> (names: [RecognizedName], features: ActorTypeFeatures) {
        let recognized = names(text: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs, quoteSpans: quoteSpans,
                               places: places, typer: typer, gendered: gendered)
        let features = ActorTypeFeatures(text: text, tokens: tokens, layer: layer, evidence: recognized.evidence, places: places, names: recognized.names,
                                         firstNames: typer.firstNames, gendered: gendered)
        return (recognized.names, features)
    }

    /// The names the rules recognise, in text order, with the article's evidence about its words:
    /// what the typer then types (the rules read only its first-name list and the gendered names).
    static func names(text: ScalarText, tokens: [Token], sentences: [Sentence], paragraphs: [Paragraph],
                      quoteSpans: [TextSpan], places: Places = .shared, typer: ActorTypeModel,
                      gendered: GenderedNames) -> (names: [RecognizedName], evidence: ArticleEvidence) {
        let scanner = CandidateScanner(text: text, tokens: tokens, sentences: sentences, quoteSpans: quoteSpans)
        let candidates = scanner.candidates()
        let evidence = ArticleEvidence(text: text, tokens: tokens, candidates: candidates)
        let classifier = NameClassifier(evidence: evidence, places: places, typer: typer, gendered: gendered)
        let titleCase = Set(paragraphs.indices.filter { index in
            let range = paragraphs[index].sentences
            guard let first = range.first, let last = range.last else { return false }
            return range.count == 1 && isTitleCase(text, tokens: tokens[sentences[first].tokens.lowerBound..<sentences[last].tokens.upperBound],
                                                   isHeadline: index == 0)
        })
        var names: [RecognizedName] = []
        var headlineNames: [RecognizedName] = []
        for candidate in candidates {
            let recognized = classifier.classify(candidate)
            if titleCase.contains(candidate.paragraph) { headlineNames += recognized } else { names += recognized }
        }
        let bodySurfaces = Set(names.map { TextFolding.fold($0.surface) })
        for name in headlineNames {
            if case .actor(let kind) = name.kind, kind == .place || bodySurfaces.contains(TextFolding.fold(name.surface))
                || bodySurfaces.contains(where: { $0.hasSuffix(" " + TextFolding.fold(name.surface)) }) {
                names.append(name)
            }
        }
        names.removeAll { isPartyAndState($0.surface) }
        names.sort { $0.span < $1.span }
        return (names, evidence)
    }

    /// The party-and-state tag of US news after a legislator's name ("R-Ga.", "D-Mo", "I-Vt."): a label,
    /// not an actor.
    static func isPartyAndState(_ surface: String) -> Bool {
        let scalars = Array(surface.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 6, "RDI".unicodeScalars.contains(scalars[0]), scalars[1] == "-",
              CharacterClass.isUppercase(scalars[2]) else { return false }
        return scalars.dropFirst(3).allSatisfy { CharacterClass.isLetter($0) || $0 == "." }
    }

    /// A headline in title case ("Is the Senate Leading From Behind on Trade?") capitalises ordinary words;
    /// only names confirmed by the body count there. A paragraph ending in a full stop is a sentence,
    /// however many names it holds, except the first: feeds and converters end headlines with one.
    static func isTitleCase(_ text: ScalarText, tokens: ArraySlice<Token>, isHeadline: Bool = false) -> Bool {
        if !isHeadline, let last = tokens.last, last.kind == .punctuation, text[last.span.start] == "." { return false }
        var long = 0, capitalized = 0
        for sentenceToken in tokens {
            guard sentenceToken.kind == .word, sentenceToken.span.length >= 4 else { continue }
            long += 1
            if CharacterClass.isUppercase(text[sentenceToken.span.start]) { capitalized += 1 }
            if long > 30 { return false }
        }
        return long >= 3 && capitalized * 10 >= long * 7
    }
}
