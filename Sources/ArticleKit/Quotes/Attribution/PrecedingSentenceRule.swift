/// A quotation that opens its sentence with no cue of its own takes the speaker of the sentence just
/// before, when that sentence reports speech: `Ortiz expressed that … . “Q.”`,
/// `The policy prompted a European counterterrorism official to comment. “Q”`.
struct PrecedingSentenceRule: AttributionRule {
    let name = "preceding sentence"

    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution? {
        guard site.startsSentence, site.sentence > 0 else { return nil }
        let previousSentence = context.article.sentences[site.sentence - 1]
        guard previousSentence.paragraph == site.marks.paragraph else { return nil }
        let range = context.nearEnd(previousSentence.tokens)
        guard let cue = context.lastCue(in: range) else { return nil }
        guard !context.isQuoted(context.tokens[cue.first].span.start) else { return nil }
        if let reference = context.subject(before: cue.first, floor: range.lowerBound) {
            return speech(reference, cue: cue.text, context, decided)
        }
        return nil
    }
}
