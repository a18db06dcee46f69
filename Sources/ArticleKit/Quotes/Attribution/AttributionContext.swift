import Algorithms
/// Everything the attribution rules read: the article's tokens and sentences, its quotation marks,
/// its actors, and the speakers already decided for earlier quotations.
final class AttributionContext {
    let article: Article
    let quoteMarks: [QuoteMarks.Span]
    let actors: ActorAnalysis
    let coreference: Coreference
    let workByToken: [Int: RecognizedName]
    let author: String?
    let layer: TokenLayer
    /// For each token, the key of its reporting verb's base form, or 0 (from the cue lexicon and the
    /// cue words learned from annotated news).
    let cueStems: [UInt64]

    init(article: Article, quoteMarks: [QuoteMarks.Span], actors: ActorAnalysis, layer: TokenLayer,
         learnedCues: Set<UInt64> = AttributionModel.shared.cueWords) {
        self.article = article
        self.layer = layer
        self.cueStems = layer.keys.indices.map { token in
            guard layer.has(token, .word) else { return 0 }
            let key = layer.keys[token]
            return CueLexicon.stemByKey[key] ?? (learnedCues.contains(key) ? key : 0)
        }
        self.quoteMarks = quoteMarks
        self.actors = actors
        self.author = article.metadata.author
        var works: [Int: RecognizedName] = [:]
        for work in actors.works.values { for token in work.tokens { works[token] = work } }
        self.workByToken = works
        self.coreference = Coreference(article: article, actors: actors, quoteMarks: quoteMarks)
    }

    var text: ScalarText { article.scalars }
    var tokens: [Token] { article.tokens }

    func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.partitioningIndex { $0.span.start >= offset }
    }

    func string(_ token: Int) -> String { text.string(tokens[token].span) }
    func lower(_ token: Int) -> String { string(token).lowercased() }

    func isPunctuation(_ token: Int, _ set: String) -> Bool {
        tokens[token].kind == .punctuation && set.unicodeScalars.contains(text[tokens[token].span.start])
    }

    func isOpeningPunctuation(_ token: Int) -> Bool { isPunctuation(token, "\"“‘'([«—–-") }

    func isWord(_ token: Int) -> Bool { tokens[token].kind == .word }

    /// A reporting verb at `token` (or a two-word cue starting there): the cue text and the index of
    /// its last token.
    func cue(at token: Int, limit: Int) -> (text: String, last: Int)? {
        guard token < limit, isWord(token) else { return nil }
        let word = lower(token)
        if let follows = CueLexicon.phraseCues[word], token + 1 < limit, follows.contains(lower(token + 1)) {
            return (word + " " + lower(token + 1), token + 1)
        }
        guard CueLexicon.isVerb(word), actors.mentionByToken[token] == nil else { return nil }
        if word == "states" || word == "state" || word == "call" || word == "calls" || word == "order" || word == "charge"
            || word == "post" || word == "report" || word == "term" || word == "point" || word == "note" || word == "answer"
            || word == "object" || word == "counter" || word == "label" || word == "promise" || word == "pledge" || word == "vow" {
            guard token > 0, !isDeterminer(lower(token - 1)) else { return nil }
        }
        return (word, token)
    }

    /// How far (in tokens) a rule looks back or ahead from a quotation: attribution is local, and a
    /// bound keeps a sentence of a million tokens from making the analysis quadratic.
    static let window = 80

    /// `range` cut to at most `window` tokens ending at its upper bound.
    func nearEnd(_ range: Range<Int>) -> Range<Int> { max(range.lowerBound, range.upperBound - Self.window)..<range.upperBound }

    /// `range` cut to at most `window` tokens starting at its lower bound.
    func nearStart(_ range: Range<Int>) -> Range<Int> { range.lowerBound..<min(range.upperBound, range.lowerBound + Self.window) }

    /// Whether `offset` lies inside a quotation (binary search over the sorted spans).
    func isQuoted(_ offset: Int) -> Bool {
        TextSpan.anyContains(offset, count: quoteMarks.count) { quoteMarks[$0].span }
    }

    /// Words passed over between a subject and its verb ("has also said", "later told").
    static let skippedKeys: Set<UInt64> = WordKey.set(skippedBeforeVerb)

    /// The reporting verb at `start` or after at most `limit` skipped words, outside quotation marks:
    /// the verb a phrase ending just before `start` is the subject of.
    func reportingVerb(from start: Int, skipping limit: Int) -> Int? {
        var token = start
        while token < layer.count, token < start + limit, layer.has(token, .word), Self.skippedKeys.contains(layer.keys[token]) { token += 1 }
        return isReportingVerb(token) ? token : nil
    }

    /// The reporting verb right before `token` ("said Ortega"), if any.
    func reportingVerb(before token: Int) -> Int? { isReportingVerb(token - 1) ? token - 1 : nil }

    private func isReportingVerb(_ token: Int) -> Bool {
        token >= 0 && token < layer.count && !layer.has(token, .quoted) && cueStems[token] != 0
    }

    func isDeterminer(_ word: String) -> Bool {
        ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"].contains(word)
    }
}
