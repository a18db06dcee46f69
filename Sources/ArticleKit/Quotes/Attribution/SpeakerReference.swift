/// Who a cue points at, before pronouns and bare titles are resolved.
enum SpeakerReference: Equatable {
    /// A recognised actor's mention (index into the article's mentions).
    case mention(Int)
    /// he, she, they, I — resolved by coreference.
    case pronoun(String, token: Int)
    /// "a European official", "three diplomatic sources", "the minister".
    case descriptor(String, span: TextSpan)
    /// A document or other work that "states" something: reported by name.
    case work(String, span: TextSpan)
}

/// A decided speaker: the name to report, the actor behind it if any, and where the text names it.
struct ResolvedSpeaker: Equatable {
    var name: String
    var actor: Int?
    var span: TextSpan
    var isPlural = false
}

/// What one rule found for one quotation.
struct Attribution {
    var speaker: ResolvedSpeaker?
    var cue: String?
    var kind: QuoteKind
    var rule: String
}
