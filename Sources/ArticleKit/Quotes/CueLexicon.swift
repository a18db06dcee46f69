/// The words that introduce reported speech in news prose: reporting verbs in every tense, phrases
/// that work like one ("made public", "put it"), nouns ("his words", "a statement"), and the wording
/// that marks a quotation as a term rather than anyone's words.
public enum CueLexicon {
    /// Base forms; `isVerb` accepts their inflections.
    static let verbStems: [String] = [
        "say", "tell", "write", "tweet", "note", "add", "argue", "explain", "acknowledge", "warn", "ask", "urge",
        "continue", "respond", "state", "describe", "call", "believe", "suggest", "reveal", "insist", "claim",
        "declare", "announce", "report", "comment", "remark", "observe", "recall", "reply", "answer", "admit",
        "concede", "predict", "promise", "pledge", "vow", "contend", "maintain", "assert", "emphasize", "emphasise",
        "stress", "quip", "joke", "complain", "recount", "post", "express", "conclude", "caution", "boast", "testify",
        "confirm", "deny", "agree", "counter", "retort", "scoff", "lament", "muse", "wonder", "point", "tout",
        "proclaim", "brag", "charge", "allege", "exclaim", "shout", "whisper", "mutter", "repeat", "reiterate",
        "underline", "underscore", "affirm", "advise", "object", "protest", "plead", "propose", "demand", "order",
        "describe", "characterize", "characterise", "label", "dub", "term", "hint", "imply", "indicate", "told",
    ]

    static let irregular: [String: String] = [
        "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
        "wrote": "write", "written": "write", "writes": "write", "writing": "write", "replied": "reply",
        "replies": "reply", "quipped": "quip", "quipping": "quip", "admitted": "admit", "admitting": "admit",
        "emphasized": "emphasize", "stated": "state", "continued": "continue",
    ]

    static let stemSet: Set<String> = Set(verbStems)

    /// The base form of a reporting verb, or nil. Accepts -s, -ed, -d, -ing, -ies, -ied forms.
    public static func verbStem(_ word: String) -> String? {
        let lower = word.lowercased()
        if let stem = irregular[lower] { return stem }
        if stemSet.contains(lower) { return lower }
        var candidates: [String] = []
        if lower.hasSuffix("ies") { candidates.append(String(lower.dropLast(3)) + "y") }
        if lower.hasSuffix("ied") { candidates.append(String(lower.dropLast(3)) + "y") }
        if lower.hasSuffix("es") { candidates.append(String(lower.dropLast(2))) }
        if lower.hasSuffix("s") { candidates.append(String(lower.dropLast())) }
        if lower.hasSuffix("d") { candidates.append(String(lower.dropLast())) }
        for suffix in ["ed", "ing"] where lower.hasSuffix(suffix) {
            let stem = String(lower.dropLast(suffix.count))
            candidates.append(stem)
            candidates.append(stem + "e")
            if stem.count > 2, stem.last == stem.dropLast().last { candidates.append(String(stem.dropLast())) }
        }
        return candidates.first(where: stemSet.contains)
    }

    /// Every inflection `verbStem` accepts, by `WordKey`, with the key of its base form: what the
    /// token layer looks cues up in.
    static let stemByKey: [UInt64: UInt64] = {
        var result: [UInt64: UInt64] = [:]
        for (form, stem) in irregular { result[WordKey.of(form)] = WordKey.of(stem) }
        for stem in verbStems {
            var forms = [stem, stem + "s", stem + "es", stem + "d", stem + "ed", stem + "ing"]
            if stem.hasSuffix("e") { forms += [String(stem.dropLast()) + "ing", String(stem.dropLast()) + "ed"] }
            if stem.hasSuffix("y") { forms += [String(stem.dropLast()) + "ies", String(stem.dropLast()) + "ied"] }
            if let last = stem.last { forms += [stem + String(last) + "ed", stem + String(last) + "ing"] }
            for form in forms where verbStem(form) == stem { result[WordKey.of(form)] = WordKey.of(stem) }
        }
        return result
    }()

    public static func isVerb(_ word: String) -> Bool { verbStem(word) != nil }

    /// Verb forms that hang off a clause whose subject is the speaker ("…, adding that", "explaining that").
    public static func isParticiple(_ word: String) -> Bool {
        word.lowercased().hasSuffix("ing") && isVerb(word)
    }

    /// Two-word cues: the first word, then what must follow it.
    static let phraseCues: [String: Set<String>] = [
        "made": ["public", "clear"], "makes": ["public", "clear"], "making": ["public", "clear"],
        "put": ["it"], "puts": ["it"], "putting": ["it"], "went": ["on"], "goes": ["on"], "spelled": ["out"],
        "pointed": ["out"], "points": ["out"],
    ]

    /// Nouns that carry someone's words: "the minister's own words", "his statement".
    public static let nouns: Set<String> = [
        "words", "statement", "remarks", "comments", "message", "tweet", "post", "interview", "speech", "testimony",
        "letter", "warning", "pledge", "promise", "answer", "reply", "response", "view", "claim", "argument",
        "assessment", "verdict", "explanation", "intention", "vow", "declaration", "announcement",
    ]

    /// Words right before a quotation that make it a named phrase, not anyone's words.
    public static let termNouns: Set<String> = [
        "phrase", "term", "word", "words", "slogan", "label", "expression", "motto", "catchphrase", "mantra",
        "nickname", "headline", "so-called", "dubbed", "known", "coined",
    ]

    /// "as the truism goes": a saying, nobody's words.
    public static let sayingNouns: Set<String> = ["truism", "saying", "adage", "cliché", "cliche", "proverb", "maxim", "expression", "joke", "line", "phrase"]
}
