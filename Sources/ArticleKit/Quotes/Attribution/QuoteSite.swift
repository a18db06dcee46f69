/// One quotation seen from its surroundings: the tokens before it back to the sentence start (or the
/// previous quotation), the tokens after it to the sentence end (or the next quotation).
struct QuoteSite {
    var index: Int
    var marks: QuoteMarks.Span
    /// Token of the opening mark.
    var openToken: Int
    /// Token just after the closing mark (or the paragraph's end).
    var afterToken: Int
    var sentence: Int
    /// The sentence holding the closing mark (a quotation can span several).
    var closingSentence: Int
    /// Token range before the opening mark, within the sentence and after any earlier quotation.
    var before: Range<Int>
    /// Token range after the closing mark, within the sentence and before any later quotation.
    var after: Range<Int>
    /// The sentence holding the closing mark ends right after it.
    var endsSentence: Bool
    /// Nothing but opening punctuation stands between the sentence start and the mark.
    var startsSentence: Bool
    /// The previous quotation lies in the same sentence.
    var followsQuoteInSentence: Bool
}

extension AttributionContext {
    func sites() -> [QuoteSite] {
        var sites: [QuoteSite] = []
        for (index, marks) in quoteMarks.enumerated() {
            let openToken = tokenIndex(atOrAfter: marks.span.start)
            let afterToken = tokenIndex(atOrAfter: marks.span.end)
            let sentence = article.sentenceIndex(containing: marks.span.start) ?? 0
            let closingSentence = article.sentenceIndex(containing: max(marks.span.start, marks.span.end - 1)) ?? sentence
            var beforeStart = article.sentences[sentence].tokens.lowerBound
            var follows = false
            if index > 0 {
                let previousEnd = tokenIndex(atOrAfter: quoteMarks[index - 1].span.end)
                if previousEnd > beforeStart && previousEnd <= openToken {
                    beforeStart = previousEnd
                    follows = true
                }
            }
            var afterEnd = max(afterToken, article.sentences[closingSentence].tokens.upperBound)
            if index + 1 < quoteMarks.count {
                afterEnd = min(afterEnd, max(afterToken, tokenIndex(atOrAfter: quoteMarks[index + 1].span.start)))
            }
            let startsSentence = (beforeStart..<openToken).allSatisfy { isOpeningPunctuation($0) } && !follows
            sites.append(QuoteSite(
                index: index, marks: marks, openToken: openToken, afterToken: afterToken, sentence: sentence,
                closingSentence: closingSentence,
                before: beforeStart..<max(beforeStart, openToken), after: afterToken..<max(afterToken, afterEnd),
                endsSentence: afterToken >= article.sentences[closingSentence].tokens.upperBound,
                startsSentence: startsSentence, followsQuoteInSentence: follows))
        }
        return sites
    }
}
