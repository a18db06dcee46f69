/// First-name genders from automatic coreference chains (CoreNLP's, shipped with the training
/// articles): a chain that holds a full name and only "he"-type (or only "she"-type) pronouns is one
/// vote for that name's first word. Cleaner than counting pronouns near names in the raw text, which
/// credits a "she" to the man her sentence is about.
public struct ChainGenders: Sendable {
    private(set) var votes: [UInt64: (male: Int, female: Int)] = [:]

    public init() {}

    /// One chain: the text of each of its mentions.
    public mutating func add(chain mentions: [String]) {
        var male = 0, female = 0
        var firstNames = Set<UInt64>()
        for text in mentions {
            let key = WordKey.of(text)
            if AntecedentRanker.maleKeys.contains(key) { male += 1; continue }
            if AntecedentRanker.femaleKeys.contains(key) { female += 1; continue }
            if let first = Self.firstName(text) { firstNames.insert(first) }
        }
        guard male == 0 || female == 0, male + female > 0 else { return }
        for first in firstNames {
            var count = votes[first] ?? (0, 0)
            if male > 0 { count.male += 1 } else { count.female += 1 }
            votes[first] = count
        }
    }

    /// The first name of a mention written as a personal name (`AntecedentRanker.firstName`), when
    /// it is two to four capitalised words and the first is not a title, honorific or possessive.
    static func firstName(_ text: String) -> UInt64? {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.unicodeScalars.first.map(CharacterClass.isUppercase) == true }),
              let first = words.first, !first.contains("’"), !first.contains("'"), !NameWords.titles.contains(first.lowercased()) else { return nil }
        return AntecedentRanker.firstName(text)
    }
}
