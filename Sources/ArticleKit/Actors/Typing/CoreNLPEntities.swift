import Algorithms
/// CoreNLP's entity label of each word of an article (`corenlp/NAME.conll`: word, start, end, lemma,
/// tag, NER, … a line), placed on crossread's own text. The table's offsets are the original file's;
/// cleaning can move text, so each word is found again by its letters, in order, a little ahead of
/// where the previous one ended.
struct CoreNLPEntities {
    /// (offset in crossread's text, label) of every word found, in text order.
    private(set) var words: [(offset: Int, label: ActorTypeModel.Label)] = []

    static let labels: [Substring: ActorTypeModel.Label] = [
        "PERSON": .person, "ORGANIZATION": .organization, "LOCATION": .place,
        "CITY": .place, "COUNTRY": .place, "STATE_OR_PROVINCE": .place,
    ]

    /// How far past the previous word the next is looked for.
    static let window = 400

    init(conll: String, alignedTo text: ScalarText) {
        var cursor = 0
        for line in conll.split(separator: "\n") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 6, let first = columns[0].unicodeScalars.first,
                  CharacterClass.isLetter(first) || CharacterClass.isDigit(first) else { continue }
            let word = Array(columns[0].unicodeScalars)
            guard let offset = Self.find(word, in: text, from: cursor) else { continue }
            words.append((offset, Self.labels[columns[5]] ?? .none))
            cursor = offset + word.count
        }
    }

    /// The first word's key of every entity run of two or more words, with the run's label.
    static func runOpenings(conll: String) -> [(UInt64, ActorTypeModel.Label)] {
        var openings: [(UInt64, ActorTypeModel.Label)] = []
        var first: Substring?, label: ActorTypeModel.Label = .none, length = 0
        func close() {
            if let first, length >= 2, label != .none { openings.append((WordKey.of(String(first)), label)) }
            first = nil; length = 0; label = .none
        }
        for line in conll.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            let current = columns.count >= 6 ? labels[columns[5]] ?? .none : .none
            if current != label || current == .none { close() }
            guard current != .none else { continue }
            if first == nil { first = columns[0]; label = current }
            length += 1
        }
        close()
        return openings
    }

    private static func find(_ word: [Unicode.Scalar], in text: ScalarText, from start: Int) -> Int? {
        let last = min(text.count - word.count, start + window)
        guard start <= last else { return nil }
        for offset in start...last where text[offset] == word[0] {
            var index = 1
            while index < word.count, text[offset + index] == word[index] { index += 1 }
            if index == word.count { return offset }
        }
        return nil
    }

    /// The label most of the span's words carry (a kind wins a tie with "no actor"), or nil when no
    /// word of the span was found.
    func label(of span: TextSpan) -> ActorTypeModel.Label? {
        var counts = [Int](repeating: 0, count: ActorTypeModel.Label.allCases.count)
        var index = words.partitioningIndex { $0.offset >= span.start }, found = 0
        while index < words.count, words[index].offset < span.end {
            counts[words[index].label.rawValue] += 1
            found += 1
            index += 1
        }
        guard found > 0 else { return nil }
        let none = ActorTypeModel.Label.none.rawValue
        let best = (0..<none).max { counts[$0] < counts[$1] }!
        return counts[best] >= counts[none] && counts[best] > 0 ? ActorTypeModel.Label(rawValue: best)! : .none
    }
}
