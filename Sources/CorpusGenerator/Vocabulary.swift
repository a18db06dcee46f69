/// Invented people and organisations, real countries, and the stock of news sentences the generator
/// draws from. No name here belongs to the bundled articles.
enum Vocabulary {
    static let firstNames = ["Amara", "Bogdan", "Celine", "Dario", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
                             "Katya", "Luca", "Maren", "Nikos", "Olu", "Priya", "Quentin", "Rosa", "Soren", "Tamar",
                             "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zofia", "Anders", "Beatriz", "Colm", "Dana"]
    static let surnames = ["Achterberg", "Bellamy", "Castellano", "Dragomir", "Eklund", "Fontaine", "Gallagher", "Haddad",
                           "Ivanova", "Jankowski", "Kovalenko", "Lindqvist", "Mbeki", "Nakamura", "Okonkwo", "Petrakis",
                           "Quiroga", "Brennan-Holt", "Sokolova", "Tanaka", "Ueda", "Varga", "Wojcik", "Xu", "Yilmaz",
                           "Zapata", "Arendt", "Brandvold", "Cisneros", "Duval", "Esposito", "Falk", "Grimaldi", "Holm"]
    static let titles = ["Foreign Minister", "Defense Minister", "Prime Minister", "President", "Senator", "General",
                         "Ambassador", "Finance Minister", "Secretary-General", "Mayor"]
    static let countries = ["France", "Germany", "Poland", "Norway", "Kenya", "Brazil", "Japan", "Canada", "Turkey", "Egypt",
                            "Chile", "Vietnam", "Morocco", "Finland", "Portugal", "Ghana", "Peru", "Austria", "Thailand", "Mexico"]
    static let demonyms = ["French", "German", "Polish", "Norwegian", "Kenyan", "Brazilian", "Japanese", "Canadian",
                           "Turkish", "Egyptian", "Chilean", "Vietnamese", "Moroccan", "Finnish", "Portuguese",
                           "Ghanaian", "Peruvian", "Austrian", "Thai", "Mexican"]
    static let organisations = ["Institute for Maritime Studies", "Baltic Energy Council", "Northern Water Agency",
                                "Coalition for Open Trade", "Center for Grid Security", "National Harbor Authority",
                                "Atlantic Policy Institute", "Federation of Rail Workers", "Bureau of Climate Statistics"]
    static let descriptors = ["a senior official", "two diplomats familiar with the talks", "a government spokesperson",
                              "one European adviser", "three people close to the negotiations", "a former minister"]
    static let topics = ["supply chain resilience", "burden sharing", "grid stability", "water rights", "debt relief",
                         "border security", "grain exports", "port automation", "arms control", "carbon pricing",
                         "refugee quotas", "shipping lanes", "energy subsidies", "data sovereignty", "fishing quotas"]
    static let subjects = ["The agreement", "The new policy", "The coalition", "The ministry", "The proposal", "The plan",
                           "The deal", "The budget", "The treaty", "The framework"]
    static let verbs = ["would reshape", "threatens", "could delay", "is expected to strengthen", "has complicated",
                        "will test", "may undermine", "aims to restore", "seeks to limit", "promises to expand"]
    static let objects = ["regional trade", "the transition to cleaner power", "cooperation among neighbors",
                          "investment in the north", "the country's credit rating", "public trust in institutions",
                          "the pace of reform", "relations with creditors", "security along the coast",
                          "the balance of power in parliament"]
    static let tails = ["according to figures released this week", "analysts said", "despite months of delays",
                        "after a long and bitter negotiation", "in the coming months", "by the end of the decade",
                        "if the vote goes ahead", "as inflation eases", "under pressure from allies", "for the first time"]
    static let quotations = ["We will not accept a deal that leaves our ports exposed", "This is a turning point for the region",
                             "Nobody wants another decade of stalemate", "The numbers simply do not add up",
                             "We have waited long enough for a serious offer", "Our partners need to carry their share",
                             "There is no going back from this decision", "The risks are real, but so are the rewards",
                             "We expect an answer before the summer", "History will judge us on what we do next"]
    /// Replacement words for rewording a copy: each pair is (original, substitute).
    static let rewordings: [(String, String)] = [
        ("would reshape", "might transform"), ("threatens", "endangers"), ("could delay", "may postpone"),
        ("strengthen", "reinforce"), ("complicated", "muddied"), ("test", "challenge"), ("undermine", "weaken"),
        ("restore", "rebuild"), ("limit", "restrict"), ("expand", "widen"), ("agreement", "accord"),
        ("proposal", "plan"), ("months", "a few months"), ("analysts said", "experts noted"), ("serious", "credible"),
        ("deal", "arrangement"), ("region", "area"), ("decision", "choice"), ("partners", "allies"),
    ]
}
