public enum QuoteKind: String, Sendable, Hashable, Codable {
    /// Someone's words, whole or partial.
    case speech
    /// A scare quote or coined phrase that reports nobody's words in its sentence.
    case term
}

/// One quotation in an article's clean text.
public struct Quote: Sendable, Hashable {
    /// From the opening mark to just after the closing one (or the paragraph's end if left open).
    public var span: TextSpan
    /// The quoted words without the marks.
    public var content: TextSpan
    public var paragraph: Int
    public var kind: QuoteKind
    /// Canonical actor name, or a descriptor as written ("a European official"); nil when nobody is named.
    public var speaker: String?
    /// Index into `Article.actors` when the speaker is an actor.
    public var speakerActor: Int?
    /// Where the text names the speaker for this quotation (a name, pronoun or descriptor).
    public var speakerSpan: TextSpan?
    /// The words that attribute it: "said", "tweeted", "according to", "in the words of".
    public var cue: String?
    /// Which attribution rule decided.
    public var rule: String?

    public init(span: TextSpan, content: TextSpan, paragraph: Int, kind: QuoteKind, speaker: String?, speakerActor: Int?,
                speakerSpan: TextSpan?, cue: String?, rule: String?) {
        self.span = span
        self.content = content
        self.paragraph = paragraph
        self.kind = kind
        self.speaker = speaker
        self.speakerActor = speakerActor
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.rule = rule
    }
}
