/// The attribution standing right next to the quotation, on either side, in any order:
/// `“Q,” X said` · `“Q,” said X` · `“Q” — X` · `“Q.” Said X, …` (next sentence) ·
/// `X said, “Q”` · `X said that “Q”` · `X: “Q”` · `According to X, “Q”` · `In the words of X, “Q”`.
struct AdjacentCueRule: AttributionRule {
    let name = "adjacent cue"

    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution? {
        after(site, context, decided) ?? before(site, context, decided)
    }

    private func after(_ site: QuoteSite, _ context: AttributionContext, _ decided: [Attribution]) -> Attribution? {
        var range = context.nearStart(site.after)
        if range.isEmpty, site.endsSentence, site.closingSentence + 1 < context.article.sentences.count {
            let next = context.article.sentences[site.closingSentence + 1]
            guard next.paragraph == site.marks.paragraph, site.afterToken == next.tokens.lowerBound else { return nil }
            range = context.nearStart(next.tokens)
            guard let cue = context.cue(at: range.lowerBound, limit: range.upperBound),
                  let (reference, _) = context.phrase(startingAt: cue.last + 1, limit: range.upperBound) else { return nil }
            return speech(reference, cue: cue.text, context, decided)
        }
        var index = range.lowerBound
        while index < range.upperBound, context.isPunctuation(index, ",.!?") { index += 1 }
        guard index < range.upperBound else { return nil }
        if context.isPunctuation(index, "—–"), let (reference, _) = context.phrase(startingAt: index + 1, limit: range.upperBound) {
            return speech(reference, cue: "—", context, decided)
        }
        if context.lower(index) == "according", index + 1 < range.upperBound, context.lower(index + 1) == "to",
           let (reference, _) = context.phrase(startingAt: index + 2, limit: range.upperBound) {
            return speech(reference, cue: "according to", context, decided)
        }
        if let cue = context.cue(at: index, limit: range.upperBound),
           let (reference, _) = context.phrase(startingAt: cue.last + 1, limit: range.upperBound) {
            return speech(reference, cue: cue.text, context, decided)
        }
        if let (reference, last) = context.phrase(startingAt: index, limit: range.upperBound) {
            var verb = last + 1
            if verb < range.upperBound, context.isPunctuation(verb, ",") {
                var close = verb + 1
                while close < range.upperBound, !context.isPunctuation(close, ",") { close += 1 }
                verb = close + 1
            }
            while verb < range.upperBound, AttributionContext.skippedBeforeVerb.contains(context.lower(verb)) { verb += 1 }
            if let cue = context.cue(at: verb, limit: range.upperBound) {
                return speech(reference, cue: cue.text, context, decided)
            }
        }
        return nil
    }

    private func before(_ site: QuoteSite, _ context: AttributionContext, _ decided: [Attribution]) -> Attribution? {
        let range = context.nearEnd(site.before)
        guard !range.isEmpty else { return nil }
        var end = range.upperBound - 1
        let colon = context.isPunctuation(end, ":")
        while end >= range.lowerBound, context.isPunctuation(end, ",:") { end -= 1 }
        guard end >= range.lowerBound else { return nil }
        if context.lower(end) == "that", end > range.lowerBound { end -= 1 }
        if let words = inTheWordsOf(range, context) ?? accordingTo(range, context) {
            return speech(words.reference, cue: words.cue, context, decided)
        }
        var cueStart = end
        while cueStart > range.lowerBound, context.cue(at: cueStart, limit: end + 1) == nil, ["me", "us", "him", "her", "them", "reporters"].contains(context.lower(cueStart)) {
            cueStart -= 1
        }
        if cueStart > range.lowerBound, context.cue(at: cueStart, limit: end + 1) == nil, context.cue(at: cueStart - 1, limit: end + 1)?.last == end {
            cueStart -= 1
        }
        if let cue = context.cue(at: cueStart, limit: end + 1) {
            if let reference = context.subject(before: cueStart, floor: range.lowerBound) {
                return speech(reference, cue: cue.text, context, decided)
            }
            if let (reference, _) = context.phrase(startingAt: cue.last + 1, limit: range.upperBound) {
                return speech(reference, cue: cue.text, context, decided)
            }
        }
        if colon, context.lastCue(in: range) == nil, let reference = context.phrase(endingAt: end, floor: range.lowerBound),
           !context.isPlace(reference) {
            return speech(reference, cue: ":", context, decided)
        }
        return nil
    }

    /// "In the words of X," just before the quotation.
    private func inTheWordsOf(_ range: Range<Int>, _ context: AttributionContext) -> (reference: SpeakerReference, cue: String)? {
        for index in range where context.lower(index) == "words" && index + 1 < range.upperBound && context.lower(index + 1) == "of" {
            if let (reference, _) = context.phrase(startingAt: index + 2, limit: range.upperBound) { return (reference, "in the words of") }
        }
        return nil
    }

    private func accordingTo(_ range: Range<Int>, _ context: AttributionContext) -> (reference: SpeakerReference, cue: String)? {
        for index in range where context.lower(index) == "according" && index + 1 < range.upperBound && context.lower(index + 1) == "to" {
            if let (reference, _) = context.phrase(startingAt: index + 2, limit: range.upperBound) { return (reference, "according to") }
        }
        return nil
    }
}
