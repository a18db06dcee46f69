/// Runs the whole per-article pipeline: clean, split into paragraphs, sentences and tokens, read the
/// metadata.
public enum ArticleAnalyzer {
    public enum Depth: Sendable {
        /// Clean text, paragraphs, sentences, tokens and metadata: what plain reading needs.
        case text
        /// Everything: quotations, speakers and actors too.
        case full
    }

    public static func analyze(_ source: ArticleSource) -> Article { analyze(source, depth: .full) }

    public static func analyze(_ source: ArticleSource, depth: Depth) -> Article {
        let cleaned = Cleaner.clean(source.text)
        let scalars = ScalarText(cleaned.text)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        paragraphs.reserveCapacity(cleaned.paragraphs.count)
        var offset = 0
        for paragraphText in cleaned.paragraphs {
            let length = paragraphText.unicodeScalars.count
            let span = TextSpan(offset, offset + length)
            let paragraphTokens = Tokenizer.tokens(in: scalars, span: span)
            let tokenBase = tokens.count
            tokens.append(contentsOf: paragraphTokens)
            let firstSentence = sentences.count
            for range in SentenceSplitter.sentences(in: scalars, tokens: tokens[tokenBase...]) {
                let sentenceSpan = TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
                sentences.append(Sentence(span: sentenceSpan, paragraph: paragraphs.count, tokens: range))
            }
            paragraphs.append(Paragraph(span: span, sentences: firstSentence..<sentences.count))
            offset += length + 2
        }
        var article = Article(
            fileName: source.fileName, path: source.path, scalars: scalars,
            metadata: MetadataExtractor.metadata(paragraphs: cleaned.paragraphs, fileName: source.fileName),
            paragraphs: paragraphs, sentences: sentences, tokens: tokens, warnings: source.warnings)
        article.wordCount = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        article.contentHash = ContentHash.of(source.text)
        article.hasFindings = false
        return depth == .full ? withFindings(article) : article
    }

    /// An article analysed to `.text` depth with its quotations, speakers and actors found: the same
    /// as the full analysis of its file, without reading and cleaning it again.
    public static func withFindings(_ article: Article) -> Article {
        guard article.hasText, !article.hasFindings else { return article }
        var full = article
        full.hasFindings = true
        analyzeQuotesAndActors(&full)
        return full
    }

    static func analyzeQuotesAndActors(_ article: inout Article) {
        let context = attributionContext(&article)
        for (actor, gender) in context.coreference.genders { article.actors[actor].gender = gender }
        let attributions = AttributionWalk.attribute(context, model: .shared)
        article.quotes = zip(context.quoteMarks, attributions).map { marks, attribution in
            Quote(span: marks.span, content: marks.content, paragraph: marks.paragraph, kind: attribution.kind,
                  speaker: attribution.speaker.map { found in found.actor.map(QuoteSpeaker.actor) ?? .descriptor(found.name) },
                  speakerSpan: attribution.speaker?.span, cue: attribution.cue, rule: attribution.rule)
        }
    }

    /// The article's quotation marks and its token layer (which knows which words they quote): what
    /// actor recognition reads, here and in the typer's trainer.
    static func quoteMarksAndLayer(_ article: Article) -> ([QuoteMarks.Span], TokenLayer) {
        let marks = QuoteMarks.spans(in: article.scalars, paragraphs: article.paragraphs)
        let layer = TokenLayer(text: article.scalars, tokens: article.tokens, sentences: article.sentences,
                               paragraphs: article.paragraphs, quoted: marks.map(\.content))
        return (marks, layer)
    }

    /// Quotation marks and actors found, and everything attribution reads; the article gets its actors.
    static func attributionContext(_ article: inout Article, learnedCues: Set<UInt64> = AttributionModel.shared.cueWords,
                                   typer: ActorTypeModel = .shared, gendered: GenderedNames = .shared) -> AttributionContext {
        let (marks, layer) = quoteMarksAndLayer(article)
        let actors = ActorRecognizer.analyze(
            text: article.scalars, tokens: article.tokens, sentences: article.sentences,
            paragraphs: article.paragraphs, quoteSpans: marks.map(\.span), layer: layer, typer: typer, gendered: gendered)
        article.actors = actors.actors
        article.mentions = actors.mentions
        return AttributionContext(article: article, quoteMarks: marks, actors: actors, layer: layer, learnedCues: learnedCues)
    }
}
