/// A reporting verb elsewhere in the quotation's sentence: the last one before it (`Dutch Foreign
/// Minister Lena Ortiz said on May 31 that …: “Q”`), else the first one after it (`“Q” as a
/// result of …, a European official explained`). A participle (`…, adding that “Q”`, `went further,
/// explaining that “Q”`) takes the subject of the clause it hangs off.
struct SentenceCueRule: AttributionRule {
    let name = "cue in sentence"

    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution? {
        let sentenceStart = max(context.article.sentences[site.sentence].tokens.lowerBound, site.openToken - AttributionContext.window)
        if let cue = context.lastCue(in: context.nearEnd(site.before)) {
            if CueLexicon.isParticiple(cue.text) {
                if site.followsQuoteInSentence, let speaker = decided.last?.speaker, decided.last?.kind == .speech {
                    return speech(speaker, cue: cue.text)
                }
                let earlier = context.lastCue(in: sentenceStart..<cue.first)
                if let earlier, let reference = context.subject(before: earlier.first, floor: sentenceStart) {
                    return speech(reference, cue: cue.text, context, decided)
                }
                if let reference = context.firstSpeakerPhrase(in: sentenceStart..<cue.first) {
                    return speech(reference, cue: cue.text, context, decided)
                }
            }
            if let reference = context.subject(before: cue.first, floor: site.before.lowerBound) {
                return speech(reference, cue: cue.text, context, decided)
            }
            if let (reference, _) = context.phrase(startingAt: cue.last + 1, limit: site.before.upperBound) {
                return speech(reference, cue: cue.text, context, decided)
            }
        }
        if let cue = context.firstCue(in: context.nearStart(site.after)) {
            if let reference = context.subject(before: cue.first, floor: site.after.lowerBound) {
                return speech(reference, cue: cue.text, context, decided)
            }
            if let (reference, _) = context.phrase(startingAt: cue.last + 1, limit: site.after.upperBound) {
                return speech(reference, cue: cue.text, context, decided)
            }
        }
        return nil
    }
}
