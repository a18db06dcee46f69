/// "Jane Doe is the deputy director general of …", "John Roe is a regular columnist …": the
/// sentence news sites use to introduce an author. Shared by cleaning (the author box) and metadata.
enum BioSentence {
    /// The name a bio sentence introduces, or nil.
    static func name(in text: String) -> String? {
        // At most 21 words are read (a name of up to five, "is", a determiner, fourteen of the clause):
        // the rest of a long paragraph stays unsplit.
        let words = text.split(separator: " ", maxSplits: 24, omittingEmptySubsequences: true)
        guard words.count >= 5 else { return nil }
        var nameWords: [Substring] = []
        var index = 0
        while index < words.count, index < 5 {
            let word = words[index]
            if word == "is" || word == "was" || word == "are" { break }
            guard isNameWord(word) else { return nil }
            nameWords.append(word)
            index += 1
        }
        guard nameWords.count >= 2, nameWords.count <= 4, index + 2 < words.count, words[index] == "is" else { return nil }
        let determiner = words[index + 1].lowercased()
        guard determiner == "the" || determiner == "a" || determiner == "an" else { return nil }
        let firstClause = words[(index + 2)...].prefix(14).map { $0.lowercased().trimmingCharacters(in: ",.;") }
        guard firstClause.contains(where: bioRoles.contains) else { return nil }
        return nameWords.joined(separator: " ").trimmingCharacters(in: "*")
    }

    static func isBio(_ text: String) -> Bool { name(in: text) != nil }

    private static func isNameWord(_ word: Substring) -> Bool {
        let bare = word.trimmingCharacters(in: "*")
        guard let first = bare.unicodeScalars.first else { return false }
        if ["van", "von", "de", "da", "del", "der", "al", "el", "bin", "ibn", "le", "la"].contains(bare) { return true }
        return first.properties.isUppercase && bare.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’"
        }
    }

    private static let bioRoles: Set<String> = [
        "fellow", "director", "columnist", "contributor", "editor", "writer", "author", "professor", "correspondent",
        "reporter", "analyst", "researcher", "journalist", "scholar", "student", "chair", "chairman", "founder",
        "lecturer", "associate", "commentator", "president", "host", "producer", "economist", "historian",
    ]
}

extension StringProtocol {
    /// Drops the given characters from both ends.
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop.contains($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
