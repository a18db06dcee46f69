/// Words carried by a noun with an owner: `Okafor’s own words from April …: "Q"`, `his statement`.
/// With `introducedByColon`, it runs before the verb rules and fires only when a colon hands the
/// quotation over (`Okafor’s own words from April …: “Q”`), where the noun, not an earlier verb, says
/// whose words follow.
struct PossessiveCueNounRule: AttributionRule {
    let name = "possessive cue noun"
    var introducedByColon = false

    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution? {
        if introducedByColon {
            guard let last = site.before.last, context.isPunctuation(last, ":") else { return nil }
        }
        let before = context.nearEnd(site.before)
        for index in before.reversed() where CueLexicon.nouns.contains(context.lower(index)) {
            var owner = index - 1
            if owner >= before.lowerBound, context.lower(owner) == "own" { owner -= 1 }
            guard owner >= before.lowerBound else { continue }
            let word = context.lower(owner)
            if let mention = context.actors.mentionByToken[owner], word.hasSuffix("’s") || word.hasSuffix("'s") {
                return speech(.mention(mention), cue: context.lower(index), context, decided)
            }
            if word == "his" || word == "her" {
                let pronoun = word == "his" ? "he" : "she"
                return speech(.pronoun(pronoun, token: owner), cue: context.lower(index), context, decided)
            }
        }
        return nil
    }
}
