/// Runs the attribution rules in order, strictest first, over the article's quotations in reading
/// order; the first rule that decides wins. What no rule decides is speech with no speaker when it
/// reads as a statement, else a term.
struct AttributionSieve {
    let rules: [any AttributionRule] = [
        TermCueRule(), PossessiveCueNounRule(introducedByColon: true), AdjacentCueRule(), SentenceCueRule(),
        PossessiveCueNounRule(), PrecedingSentenceRule(),
        ContinuationRule(),
    ]

    func attribute(_ context: AttributionContext) -> [Attribution] {
        var decided: [Attribution] = []
        for site in context.sites() {
            var attribution: Attribution?
            for rule in rules {
                if let found = rule.attribute(site, context: context, decided: decided) {
                    attribution = found
                    break
                }
            }
            decided.append(attribution ?? fallback(site, context))
        }
        return decided
    }

    private func fallback(_ site: QuoteSite, _ context: AttributionContext) -> Attribution {
        let content = context.text.string(site.marks.content)
        let words = content.split(separator: " ", maxSplits: 6).count
        let opensWithCapital = content.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
        let endsLikeSentence = content.unicodeScalars.last.map { ".?!…".unicodeScalars.contains($0) } ?? false
        let statement = words >= 6 && (opensWithCapital || endsLikeSentence)
        return Attribution(speaker: nil, cue: nil, kind: statement ? .speech : .term, rule: "unattributed")
    }
}
