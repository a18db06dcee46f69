/// A run of capitalised words (with name particles, initials and connectors) found in one sentence,
/// before it is decided what, if anything, it names.
struct NameCandidate {
    struct Word {
        var text: String
        var lower: String
        var span: TextSpan
        var token: Int
        var isCapitalized: Bool
        var isAcronym: Bool
        var hasPossessive: Bool
        var bare: String { lower.hasSuffix(".") ? String(lower.dropLast()) : lower }
    }

    var words: [Word]
    var sentence: Int
    var paragraph: Int
    var sentenceInitial: Bool
    /// The lower-case word just before the run ("the", "in", "activist"), if any.
    var previousWord: String?
    /// The lower-case word just after the run, if any.
    var nextWord: String?
    var insideQuote: Bool
    /// The run opens with a state's abbreviation right after a comma (`Ashton, Md.`).
    var stateAfterTown = false
    /// A comma and a state's abbreviation follow the run (`Ashton, Md.`).
    var beforeState = false
    /// The run follows "according to": a source, not a destination.
    var afterAccordingTo = false
    /// A quoted nickname inside the run (“Hal” of Harold T. “Hal” Mercer), left out of its words.
    var nickname: (text: String, offset: Int)?

    var text: String { words.map(\.text).joined(separator: " ") }
    var span: TextSpan { TextSpan(words.first!.span.start, words.last!.span.end) }
}
