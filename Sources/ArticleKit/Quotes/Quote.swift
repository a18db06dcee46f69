public enum QuoteKind: String, Sendable, Hashable, Codable {
    /// Someone's words, whole or partial.
    case speech
    /// A scare quote or coined phrase that reports nobody's words in its sentence.
    case term
}

/// Who a quotation is attributed to, as a reference resolved when read: the article's actor (whose
/// name the article or the library gives), or words that name nobody the article knows as an actor.
public enum QuoteSpeaker: Sendable, Hashable {
    /// An index into `Article.actors`.
    case actor(Int)
    /// A descriptor as written ("a European official", "the report").
    case descriptor(String)
}

/// One quotation in an article's clean text.
public struct Quote: Sendable, Hashable {
    /// From the opening mark to just after the closing one (or the paragraph's end if left open).
    public var span: TextSpan
    /// The quoted words without the marks.
    public var content: TextSpan
    public var paragraph: Int
    public var kind: QuoteKind
    /// Nil when nobody is named.
    public var speaker: QuoteSpeaker?
    /// Where the text names the speaker for this quotation (a name, pronoun or descriptor).
    public var speakerSpan: TextSpan?
    /// The words that attribute it: "said", "tweeted", "according to", "in the words of".
    public var cue: String?
    /// Which attribution rule decided.
    public var rule: String?

    public init(span: TextSpan, content: TextSpan, paragraph: Int, kind: QuoteKind, speaker: QuoteSpeaker?,
                speakerSpan: TextSpan?, cue: String?, rule: String?) {
        self.span = span
        self.content = content
        self.paragraph = paragraph
        self.kind = kind
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.rule = rule
    }

    /// The actor who speaks, when the speaker is one.
    public var speakerActor: Int? {
        if case .actor(let index) = speaker { return index }
        return nil
    }
}

extension Article {
    /// Who said `quote`, as this article names them: the actor's name here, or the descriptor. The
    /// library may name the same actor otherwise (`Corpus.speaker(article:quote:)`).
    public func speakerName(of quote: Quote) -> String? {
        switch quote.speaker {
        case .actor(let index): return actors.indices.contains(index) ? actors[index].name : nil
        case .descriptor(let words): return words
        case nil: return nil
        }
    }
}
