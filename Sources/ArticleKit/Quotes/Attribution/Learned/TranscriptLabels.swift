/// Interview transcripts name the speaker of each turn in capitals at the paragraph's start
/// (`WALLACE: Let me ask you…`, `“PENCE: Well, look…`). Whatever such a paragraph quotes is the
/// labelled speaker's. A capitalised word and a colon also open kickers and headlines ("UPDATE:",
/// "EXCLUSIVE:"), so a label counts only when the article uses it for at least two turns or a
/// person it names carries it as a name.
struct TranscriptLabels {
    /// Label tokens by paragraph index.
    private(set) var byParagraph: [Int: Range<Int>] = [:]

    static let longest = 3

    init(context: AttributionContext) {
        let layer = context.layer
        var found: [Int: Range<Int>] = [:]
        var uses: [UInt64: Int] = [:]
        for (index, paragraph) in context.article.paragraphs.enumerated() {
            guard let label = Self.label(at: context.tokenIndex(atOrAfter: paragraph.span.start), context) else { continue }
            found[index] = label
            uses[Self.key(label, layer), default: 0] += 1
        }
        let personWords = Self.personNameWords(context.actors)
        for (paragraph, label) in found {
            let repeated = uses[Self.key(label, layer), default: 0] >= 2
            let named = personWords.contains(layer.keys[label.upperBound - 1])
            if repeated || named { byParagraph[paragraph] = label }
        }
    }

    /// The label of the paragraph holding a quotation, if the label stands before the quotation's words.
    func label(for site: QuoteSite) -> Range<Int>? {
        guard let label = byParagraph[site.marks.paragraph], label.lowerBound <= site.afterToken else { return nil }
        return label
    }

    /// One to three all-capital words and a colon, after at most an opening quotation mark.
    private static func label(at start: Int, _ context: AttributionContext) -> Range<Int>? {
        let layer = context.layer
        var token = start
        if token < layer.count, layer.has(token, .punctuation), context.isPunctuation(token, "\"“‘'") { token += 1 }
        let first = token
        while token < layer.count, token - first < longest, layer.has(token, .word), layer.has(token, .allCaps) { token += 1 }
        guard token > first, token < layer.count, context.isPunctuation(token, ":") else { return nil }
        return first..<token
    }

    private static func key(_ label: Range<Int>, _ layer: TokenLayer) -> UInt64 {
        label.reduce(WordKey.seed) { WordKey.combine($0, layer.keys[$1]) }
    }

    /// The words of every person's name, as keys (keys fold case, so `PENCE` meets "Pence").
    private static func personNameWords(_ actors: ActorAnalysis) -> Set<UInt64> {
        var words = Set<UInt64>()
        for actor in actors.actors where actor.kind == .person {
            for word in actor.name.split(separator: " ") { words.insert(WordKey.of(String(word))) }
        }
        return words
    }

    /// The person whose name ends in the label's last word, the most mentioned first.
    func person(for label: Range<Int>, _ context: AttributionContext) -> Int? {
        let key = context.layer.keys[label.upperBound - 1]
        var best: Int?
        for (index, actor) in context.actors.actors.enumerated() where actor.kind == .person {
            guard let last = actor.name.split(separator: " ").last, WordKey.of(String(last)) == key else { continue }
            if best.map({ context.actors.actors[$0].mentions.count < actor.mentions.count }) ?? true { best = index }
        }
        return best
    }
}
