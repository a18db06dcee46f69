/// Common nouns that head a descriptor speaker ("a European official", "three diplomatic sources",
/// "critics"): never names, even when capitalised at a sentence start.
public enum SpeakerNouns {
    public static let heads: Set<String> = [
        "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "diplomat",
        "diplomats", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "analyst", "analysts", "expert",
        "experts", "observer", "observers", "officer", "officers", "lawmaker", "lawmakers", "senator", "senators",
        "resident", "residents", "witness", "witnesses", "researcher", "researchers", "person", "people", "staffer",
        "staffers", "representative", "representatives", "negotiator", "negotiators", "envoy", "leader", "leaders",
        "critic", "critics", "supporter", "supporters", "member", "members", "commander", "commanders", "minister",
        "ministers", "general", "generals", "insider", "insiders", "executive", "executives", "economist",
        "economists", "activist", "activists", "protester", "protesters", "soldier", "soldiers", "doctor", "doctors",
        "scholar", "scholars", "historian", "historians", "journalist", "journalists", "reporter", "reporters",
        "correspondent", "columnist", "voter", "voters", "worker", "workers", "student", "students", "employee",
        "employees", "president", "chairman", "director", "ambassador", "secretary", "governor", "mayor",
        "administration", "government", "ministry", "military", "army", "police", "agency", "campaign", "statement",
        "veteran", "veterans", "commentator", "commentators", "colleague", "colleagues", "friend", "friends",
    ]
}
