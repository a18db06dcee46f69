/// A quotation with no cue right after a quotation of a known speaker, in the same paragraph or the
/// next, keeps that speaker: the second pair of marks of one statement, or the journalists'
/// multi-paragraph quotation. Only whole statements continue; a short phrase mid-sentence does not.
struct ContinuationRule: AttributionRule {
    let name = "continuation"

    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution? {
        guard let last = decided.last, last.kind == .speech, let speaker = last.speaker, site.index > 0 else { return nil }
        let previousParagraph = context.quoteMarks[site.index - 1].paragraph
        guard previousParagraph == site.marks.paragraph || previousParagraph + 1 == site.marks.paragraph else { return nil }
        let content = context.text.string(site.marks.content)
        let opensWithCapital = content.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
        let wholeStatement = site.marks.continuesPrevious || site.followsQuoteInSentence
            || (site.startsSentence && opensWithCapital) || (!site.marks.isClosed && site.startsSentence)
        guard wholeStatement else { return nil }
        var continued = speaker
        continued.span = speaker.span
        return Attribution(speaker: continued, cue: nil, kind: .speech, rule: name)
    }
}
