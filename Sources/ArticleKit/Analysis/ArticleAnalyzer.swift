/// Runs the whole per-article pipeline: clean, split into paragraphs, sentences and tokens, read the
/// metadata.
public enum ArticleAnalyzer {
    public static func analyze(_ source: ArticleSource) -> Article {
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
        return Article(
            fileName: source.fileName, path: source.path, text: cleaned.text, scalars: scalars,
            metadata: MetadataExtractor.metadata(paragraphs: cleaned.paragraphs),
            paragraphs: paragraphs, sentences: sentences, tokens: tokens, warnings: source.warnings)
    }
}
