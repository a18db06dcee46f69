/// Function words and sentence adverbs that are capitalised only because they open a sentence or a
/// heading. General English, never names.
public enum CommonWords {
    /// `WordKey`s of `capitalisedFunctionWords`.
    static let capitalisedFunctionKeys: Set<UInt64> = WordKey.set(capitalisedFunctionWords)

    public static let capitalisedFunctionWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "him", "them", "us", "me", "but", "and", "or", "so", "yet", "in", "on",
        "at", "for", "as", "if", "when", "while", "after", "before", "there", "here", "what", "why", "how", "who",
        "whom", "whose", "which", "some", "many", "most", "no", "not", "since", "because", "although", "though",
        "still", "instead", "meanwhile", "however", "today", "now", "then", "one", "both", "each", "all", "such",
        "even", "also", "only", "last", "next", "under", "with", "without", "within", "despite", "unlike", "over",
        "almost", "perhaps", "several", "likewise", "furthermore", "moreover", "fortunately", "unfortunately",
        "similarly", "traditionally", "of", "course", "does", "do", "did", "is", "are", "was", "were", "has", "have",
        "had", "will", "would", "should", "could", "can", "might", "must", "let", "once", "every", "any", "another",
        "other", "again", "already", "yes", "nor", "either", "neither", "whether", "where", "whereas", "thus",
        "hence", "indeed", "nevertheless", "nonetheless", "otherwise", "besides", "beyond", "against", "among",
        "between", "through", "during", "until", "about", "above", "below", "into", "from", "by", "to", "up", "down",
        "out", "off", "like", "unless", "whatever", "whenever", "everyone", "everything", "nothing", "someone",
        "something", "anyone", "few", "more", "less", "much", "very", "too", "rather", "quite", "well", "often",
        "sometimes", "never", "always", "later", "earlier", "recently", "finally", "first", "second", "third",
        "lastly", "overall", "clearly", "certainly", "surely", "obviously", "ultimately", "just", "actually",
        "strange", "good", "bad", "new", "old", "big", "small", "great", "high", "low", "long", "short", "early",
        "late", "right", "left", "true", "false", "better", "worse", "best", "worst", "mr", "mrs", "ms", "dr",
        "said", "says", "according", "asked", "is", "isn't", "it's", "there's", "that's", "what's", "don't",
        "doesn't", "didn't", "won't", "can't", "we're", "they're", "i'm", "you're", "he's", "she's", "let's",
        "who's", "here's", "where's", "how's", "note", "update", "editor's", "read", "see", "watch", "listen",
        "i've", "i'd", "i'll", "we've", "we'd", "we'll", "you've", "you'll", "they've", "they'll", "he'd", "she'd",
    ]

    /// Acronyms of ordinary vocabulary, not of organisations.
    public static let commonAcronyms: Set<String> = [
        "GDP", "GNP", "CEO", "CFO", "CTO", "PhD", "TV", "AI", "HIV", "AIDS", "COVID", "NGO", "MP", "MEP", "PM", "OK",
        "ID", "IT", "PR", "VAT", "IPO", "LGBT", "LGBTQ", "DNA", "RNA", "GPS", "USB", "PDF", "FAQ", "ASAP", "AM", "PM",
        "BC", "AD", "CO2", "EV", "UAV", "ISR", "WMD", "IED", "POW", "MIA",
    ]

    /// True for words whose shape marks them as ordinary vocabulary when capitalised at a sentence start:
    /// gerunds, adverbs, abstract nouns.
    public static func hasCommonSuffix(_ lower: String) -> Bool {
        guard lower.count > 5 else { return false }
        for suffix in ["ing", "ly", "tion", "tions", "ment", "ments", "ness", "ity", "ism", "ists", "ence", "ance", "ed", "ful", "less", "ous", "ive", "able", "ible", "ship"]
        where lower.hasSuffix(suffix) {
            return true
        }
        return false
    }
}
