/// General English vocabulary that tells names apart from ordinary capitalised words. Nothing here is
/// a name of a person; it is the same for any news corpus.
public enum NameWords {
    /// Titles and ranks written before a person's name; a run holding one is a role plus a name.
    public static let titles: Set<String> = [
        "president", "vice", "minister", "secretary", "secretary-general", "general", "gen", "lt", "col", "adm",
        "admiral", "colonel", "major", "captain", "capt", "sgt", "sergeant", "commander", "commander-in-chief",
        "chairman", "chairwoman", "chair", "director", "director-general", "ambassador", "envoy", "senator", "sen",
        "representative", "rep", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "sheikh", "emir",
        "ayatollah", "pope", "chancellor", "premier", "speaker", "spokesperson", "spokesman", "spokeswoman", "chief",
        "justice", "judge", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "professor", "prof",
        "pres", "rev", "reverend", "cardinal", "bishop", "rabbi", "imam", "marshal", "lieutenant", "brigadier",
        "deputy", "senior", "fellow", "leader", "candidate", "officer", "attorney", "prosecutor", "congressman",
        "congresswoman", "councillor", "councilor", "commissioner", "adviser", "advisor", "czar", "tsar", "sultan",
        "crown", "field", "foreign", "defense", "defence", "interior", "finance", "prime", "first", "former", "acting",
        "supreme", "then",
    ]

    /// Titles that mark the start of a role on their own (the rest above can also be ordinary words).
    public static let strongTitles: Set<String> = [
        "president", "minister", "secretary", "secretary-general", "general", "gen", "lt", "col", "adm", "admiral",
        "colonel", "captain", "capt", "sgt", "sergeant", "commander", "commander-in-chief", "chairman", "chairwoman",
        "director", "director-general", "ambassador", "envoy", "senator", "sen", "representative", "rep", "governor",
        "gov", "mayor", "king", "queen", "prince", "princess", "sheikh", "emir", "ayatollah", "pope", "chancellor",
        "premier", "spokesperson", "spokesman", "spokeswoman", "justice", "judge", "dr", "mr", "mrs", "ms", "miss",
        "sir", "dame", "lord", "lady", "professor", "prof", "pres", "rev", "reverend", "cardinal", "bishop", "rabbi",
        "imam", "marshal", "lieutenant", "brigadier", "congressman", "congresswoman", "commissioner", "sultan", "delegate",
    ]

    /// Titles that are also ordinary name words (`del Toro`), so they count only abbreviated, capitalised
    /// and with their period: `Del. Ana Cruz` (a delegate to Congress).
    public static let dottedTitles: Set<String> = ["Del."]

    /// Forms of address that say nothing of what a person does.
    public static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "mister"]
    /// Honorifics that state a gender.
    public static let maleHonorifics: Set<String> = ["mr", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan", "congressman", "spokesman", "chairman"]
    public static let femaleHonorifics: Set<String> = ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "spokeswoman", "chairwoman"]

    /// Lower-case nouns that, right before a capitalised name, say it names a person.
    public static let personRoleNouns: Set<String> = [
        "activist", "spokesperson", "spokesman", "spokeswoman", "president", "minister", "leader", "general",
        "candidate", "senator", "official", "analyst", "envoy", "ambassador", "chairman", "director", "economist",
        "journalist", "reporter", "columnist", "author", "professor", "scholar", "expert", "adviser", "advisor",
        "commander", "chief", "secretary", "governor", "mayor", "lawmaker", "diplomat", "ultraconservative",
        "conservative", "liberal", "dissident", "cleric", "blogger", "researcher", "historian", "strongman", "dictator",
        "founder", "ceo", "owner", "prosecutor", "lawyer", "attorney", "judge", "writer", "filmmaker", "artist",
        "premier", "chancellor", "king", "queen", "prince", "colleague", "predecessor", "successor", "rival",
    ]

    /// Head words of organisation names (capitalised, as the last or a middle word of the name).
    public static let organizationHeads: Set<String> = [
        "council", "institute", "institution", "ministry", "department", "center", "centre", "coalition", "program",
        "programme", "agency", "corps", "guard", "guards", "party", "committee", "commission", "office", "bureau",
        "university", "college", "school", "academy", "foundation", "fund", "bank", "front", "forces", "force", "army",
        "navy", "command", "alliance", "union", "league", "association", "society", "court", "assembly", "parliament",
        "congress", "senate", "house", "board", "authority", "service", "services", "group", "organization",
        "organisation", "company", "corporation", "inc", "ltd", "times", "post", "journal", "news", "herald", "tribune",
        "gazette", "review", "magazine", "press", "telegraph", "observer", "economist", "chiefs", "staff",
        "administration", "government", "cabinet", "police", "network", "brigade", "brigades", "movement", "federation",
        "consortium", "directorate", "secretariat", "tribunal", "airlines", "airways", "trust", "watch", "project",
        "initiative", "caucus", "mission", "club", "battalion", "regiment", "division", "unit", "cia", "fbi", "federation",
        "organisations", "organizations", "unions", "parties", "ministries", "councils",
    ]

    /// Last words of the names of streets, buildings and natural features: `Downing Street`, `Red Sea`.
    public static let placeHeads: Set<String> = [
        "street", "avenue", "road", "square", "bridge", "airport", "palace", "base", "building", "tower", "capitol",
        "harbour", "harbor", "station", "river", "lake", "mountain", "mountains", "island", "islands", "valley", "sea",
        "ocean", "bay", "strait", "gulf", "peninsula", "desert", "canal", "province", "county", "district", "city",
    ]

    /// Lower-case nouns that extend a capitalised organisation name: `the Counter-Islamic State coalition`.
    public static let lowercaseOrganizationTails: Set<String> = ["coalition", "alliance"]

    /// Head words of documents, laws, operations and events: capitalised but not actors.
    public static let workHeads: Set<String> = [
        "guidance", "guide", "strategy", "act", "treaty", "report", "doctrine", "plan", "agreement", "accord",
        "convention", "resolution", "declaration", "charter", "operation", "war", "law", "bill", "constitution",
        "protocol", "pact", "summit", "conference", "review", "memo", "memorandum", "directive", "order", "amendment",
        "article", "flight", "prize", "award", "games", "olympics", "cup", "festival", "day", "week",
    ]

    /// What a title can be "of" before the holder's name: `Secretary of State Mira Olsen`.
    public static let roleObjects: Set<String> = [
        "state", "defense", "defence", "foreign", "affairs", "treasury", "interior", "homeland", "security", "staff",
        "commerce", "energy", "health", "justice", "education", "labor", "labour", "agriculture", "transportation",
        "veterans", "housing", "finance", "trade", "economy", "war", "navy", "army", "air", "armed", "intelligence",
        "police", "the", "and", "national", "public", "internal", "external", "information", "culture", "environment",
    ]

    /// First words of names of operations, articles and the like: `Operation Barkhane`, `Article 5`.
    public static let leadingWorkWords: Set<String> = ["operation", "article", "flight", "resolution", "chapter", "section", "exercise", "project"]

    /// Words that join parts of one organisation or role name (`Department of Defense`).
    public static let connectors: Set<String> = ["of", "for", "on", "and", "the", "de", "du", "des", "to"]

    /// Particles inside personal names (`Omar al-Rashid`, `Pieter van der Berg`).
    public static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "abu", "ben", "st"]

    /// Name suffixes after a surname.
    public static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// US states as news style abbreviates them after a town (AP style), lower-cased, final period off.
    public static let stateAbbreviations: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore",
        "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
    ]

    public static let days: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    public static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}
