/// Writes articles of realistic size and shape for benchmarks and scale tests: a title, byline and
/// dateline, paragraphs of news sentences, quotations with varied speakers and cue forms, actors from a
/// shared cast (each article draws a few, so cross-references are not all-to-all), topic phrases
/// shared by some articles, and now and then a reworded copy of an earlier article.
public struct CorpusGenerator {
    public struct Options: Sendable {
        public var paragraphs: ClosedRange<Int> = 8...40
        public var copyShare: Double = 0.02

        public init(paragraphs: ClosedRange<Int> = 8...40, copyShare: Double = 0.02) {
            self.paragraphs = paragraphs
            self.copyShare = copyShare
        }
    }

    private var random: SeededRandom
    private let options: Options
    private var written: [String] = []

    public init(seed: UInt64 = 42, options: Options = Options()) {
        random = SeededRandom(seed: seed)
        self.options = options
    }

    /// The next article's text. After the first few, a share of them are reworded copies.
    public mutating func nextArticle() -> String {
        let text: String
        if written.count > 3, random.chance(options.copyShare) {
            text = reword(random.pick(written))
        } else {
            text = freshArticle(paragraphs: random.int(options.paragraphs))
        }
        if written.count < 200 { written.append(text) }
        return text
    }

    public mutating func freshArticle(paragraphs count: Int) -> String {
        let cast = (0..<6).map { _ in person() }
        let countries = (0..<4).map { _ in random.pick(Vocabulary.countries) }
        let topic = random.pick(Vocabulary.topics)
        var parts = ["\(String(random.pick(Vocabulary.subjects).dropFirst(4)).capitalized) and \(topic.capitalized) in \(countries[0])"]
        parts.append("By \(random.pick(Vocabulary.firstNames)) \(random.pick(Vocabulary.surnames))")
        parts.append("\(random.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])) \(random.int(1...28)), \(random.int(2015...2025))")
        for index in 0..<count {
            var sentences: [String] = []
            for _ in 0..<random.int(2...5) { sentences.append(sentence(countries: countries, topic: topic)) }
            if index % 2 == 1 || random.chance(0.3) {
                sentences.insert(quotation(cast: cast, countries: countries), at: random.int(0...sentences.count))
            }
            parts.append(sentences.joined(separator: " "))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The same article in other words: phrases swapped for near-synonyms, quotations kept.
    public mutating func reword(_ text: String) -> String {
        var result = text
        for (original, substitute) in Vocabulary.rewordings where random.chance(0.8) {
            result = result.replacingAll(original, with: substitute)
        }
        return result
    }

    private mutating func person() -> (name: String, title: String, demonym: String) {
        let name = random.pick(Vocabulary.firstNames) + " " + random.pick(Vocabulary.surnames)
        return (name, random.pick(Vocabulary.titles), random.pick(Vocabulary.demonyms))
    }

    private mutating func sentence(countries: [String], topic: String) -> String {
        var words = "\(random.pick(Vocabulary.subjects)) \(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects))"
        if random.chance(0.4) { words += " in \(random.pick(countries))" }
        if random.chance(0.3) { words += ", and the debate over \(topic) continues" }
        if random.chance(0.3) { words += " at the \(random.pick(Vocabulary.organisations))" }
        if random.chance(0.5) { words += ", \(random.pick(Vocabulary.tails))" }
        return words + "."
    }

    private mutating func quotation(cast: [(name: String, title: String, demonym: String)], countries: [String]) -> String {
        let speaker = random.pick(cast)
        let surname = speaker.name.split(separator: " ").last.map(String.init) ?? speaker.name
        let words = random.pick(Vocabulary.quotations)
        switch random.int(0...6) {
        case 0: return "“\(words),” \(speaker.demonym) \(speaker.title) \(speaker.name) said."
        case 1: return "“\(words),” said \(surname), speaking in \(random.pick(countries))."
        case 2: return "\(speaker.name) told reporters that “\(words.lowercasedFirst()).”"
        case 3: return "According to \(random.pick(Vocabulary.descriptors)), “\(words.lowercasedFirst()).”"
        case 4: return "“\(words),” \(surname) said, “and we will say so at the summit.”"
        case 5: return "As \(speaker.name) put it, “\(words.lowercasedFirst()).”"
        default: return "The \(random.pick(Vocabulary.organisations)) warned: “\(words).”"
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    func lowercasedFirst() -> String { prefix(1).lowercased() + dropFirst() }

    var capitalized: String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
