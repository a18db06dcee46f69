/// A quotation that names a phrase rather than reporting words: "the phrase “forever wars”",
/// "so-called “X”", "“do stuff,” as the truism goes", "the “lead from behind” approach".
struct TermCueRule: AttributionRule {
    let name = "term cue"

    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution? {
        let before = site.before
        if let last = before.last, context.isWord(last) {
            let word = context.lower(last)
            if CueLexicon.termNouns.contains(word) || (word == "as" && last > before.lowerBound && context.lower(last - 1) == "known") {
                return term
            }
        }
        if isSaying(site.after, context) { return term }
        if isModifier(site, context) { return term }
        return nil
    }

    private var term: Attribution { Attribution(speaker: nil, cue: nil, kind: .term, rule: name) }

    /// "as the truism goes", "as the saying has it".
    private func isSaying(_ after: Range<Int>, _ context: AttributionContext) -> Bool {
        var index = after.lowerBound
        while index < after.upperBound, context.isPunctuation(index, ",") { index += 1 }
        guard index + 3 < after.upperBound + 1, index < after.upperBound, context.lower(index) == "as" else { return false }
        let words = (index + 1..<min(after.upperBound, index + 5)).filter(context.isWord).map(context.lower)
        return words.contains(where: CueLexicon.sayingNouns.contains) && (words.contains("goes") || words.contains("says") || words.contains("has"))
    }

    /// A short quotation between a determiner and a noun, used as a modifier, in a sentence with no cue.
    private func isModifier(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        guard let last = site.before.last, context.isWord(last), ["the", "a", "an", "this", "that", "its", "his", "her", "their"].contains(context.lower(last)),
              let next = site.after.first, context.isWord(next), CharacterClass.isLowercase(context.text[context.tokens[next].span.start]),
              !CueLexicon.isVerb(context.lower(next)) else { return false }
        let words = context.text.string(site.marks.content).split(separator: " ", maxSplits: 5).count
        guard words <= 5 else { return false }
        let sentence = context.article.sentences[site.sentence].tokens
        let nearby = max(sentence.lowerBound, site.openToken - AttributionContext.window)..<min(sentence.upperBound, site.afterToken + AttributionContext.window)
        return context.firstCue(in: nearby) == nil
    }
}
