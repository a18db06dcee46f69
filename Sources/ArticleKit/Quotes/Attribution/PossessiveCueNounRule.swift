/// Words carried by a noun with an owner: `Biden’s own words from April …: "Q"`, `his statement`.
struct PossessiveCueNounRule: AttributionRule {
    let name = "possessive cue noun"

    func attribute(_ site: QuoteSite, context: AttributionContext, decided: [Attribution]) -> Attribution? {
        for index in site.before.reversed() where CueLexicon.nouns.contains(context.lower(index)) {
            var owner = index - 1
            if owner >= site.before.lowerBound, context.lower(owner) == "own" { owner -= 1 }
            guard owner >= site.before.lowerBound else { continue }
            let word = context.lower(owner)
            if let mention = context.actors.mentionByToken[owner], word.hasSuffix("’s") || word.hasSuffix("'s") {
                return speech(context.resolve(.mention(mention), previous: previousSpeaker(decided)), cue: context.lower(index))
            }
            if word == "his" || word == "her" {
                let pronoun = word == "his" ? "he" : "she"
                return speech(context.resolve(.pronoun(pronoun, token: owner), previous: previousSpeaker(decided)), cue: context.lower(index))
            }
        }
        return nil
    }
}
