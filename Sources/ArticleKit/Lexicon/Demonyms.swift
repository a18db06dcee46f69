/// Nationality, regional and religious adjectives and group nouns (`French`, `Iranian`, `Europeans`,
/// `Sunnis`): capitalised, but describing rather than naming an actor. General data; where a word is
/// not listed, the suffix test catches the usual forms.
public enum Demonyms {
    public static let words: Set<String> = [
        "afghan", "african", "albanian", "algerian", "american", "arab", "arabian", "argentine", "argentinian",
        "armenian", "asian", "australian", "austrian", "azerbaijani", "bahraini", "balkan", "baltic", "bangladeshi",
        "belarusian", "belgian", "bosnian", "brazilian", "british", "briton", "bulgarian", "burmese", "cambodian",
        "canadian", "chadian", "chilean", "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech",
        "danish", "dutch", "egyptian", "emirati", "english", "eritrean", "estonian", "ethiopian", "european", "filipino",
        "finnish", "french", "georgian", "german", "ghanaian", "greek", "haitian", "hungarian", "icelandic",
        "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kazakh",
        "kenyan", "korean", "kosovar", "kurdish", "kurd", "kuwaiti", "latvian", "lebanese", "libyan", "lithuanian",
        "malian", "malaysian", "mauritanian", "mexican", "moldovan", "mongolian", "moroccan", "nigerian", "nigerien",
        "norwegian", "omani", "pakistani", "palestinian", "persian", "peruvian", "polish", "portuguese", "qatari",
        "romanian", "russian", "rwandan", "saudi", "scottish", "serbian", "slovak", "slovenian", "somali",
        "south", "spanish", "sudanese", "swedish", "swiss", "syrian", "taiwanese", "tajik", "thai", "tunisian",
        "turkish", "turkmen", "ugandan", "ukrainian", "uzbek", "venezuelan", "vietnamese", "welsh", "western",
        "eastern", "northern", "southern", "yemeni", "zimbabwean", "soviet", "sahelian", "transatlantic",
        "sunni", "shia", "shiite", "shi'ite", "shi’ite", "muslim", "christian", "jewish", "jew", "islamist", "islamic",
        "catholic", "protestant", "orthodox", "hindu", "buddhist", "alawite", "druze", "jihadi", "jihadist",
        "democrat", "democratic", "republican", "libertarian", "conservative", "liberal", "socialist", "communist",
        "nazi", "marxist", "maoist", "baathist", "zionist", "latino", "hispanic", "pashtun", "tamil", "uyghur", "uighur",
        "americans", "europeans", "britons",
    ]

    /// `Europeans`, `Iraqis`, `Shi’ites`, `Kurds`: the plural of a demonym, or a word shaped like one.
    public static func isDemonym(_ word: String) -> Bool {
        let lower = word.lowercased()
        if words.contains(lower) { return true }
        if lower.hasSuffix("s") {
            let singular = String(lower.dropLast())
            if words.contains(singular) { return true }
            if lower.hasSuffix("ites") || lower.hasSuffix("ians") { return true }
        }
        return false
    }

    /// `Iranian-backed`, `Niger-based`, `ISIS-inspired`: a capitalised word fused to a lower-case participle.
    public static func isCompoundAdjective(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(where: { $0 == "-" }) else { return false }
        let tail = word[word.index(after: hyphen)...]
        guard let first = tail.first, first.isLowercase else { return false }
        return tail.count >= 3
    }
}
