public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, place
}

public enum Gender: String, Sendable, Hashable {
    case male, female
}

/// A named person, organisation or place as one article knows it: every alias it goes by there, the
/// roles it is given, and its mentions.
public struct Actor: Sendable, Hashable {
    /// The longest unambiguous form seen in the article ("Dana Whitfield"); the corpus may lengthen it.
    public var name: String
    public var kind: ActorKind
    /// Surface forms as written, titles and possessives removed ("Whitfield", "Dana Whitfield").
    public var aliases: [String]
    /// Titles and roles seen before the name ("French President").
    public var roles: [String]
    public var gender: Gender?
    /// Indices into `Article.mentions`.
    public var mentions: [Int]

    /// Whether one of its roles has `word` (lower case) as a word: "minister" in "Foreign Minister".
    func hasRole(word: String) -> Bool {
        roles.contains { $0.lowercased().split(separator: " ").contains(Substring(word)) }
    }

    public init(name: String, kind: ActorKind, aliases: [String], roles: [String], gender: Gender?, mentions: [Int]) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.gender = gender
        self.mentions = mentions
    }
}

/// One place in the text that names an actor.
public struct Mention: Sendable, Hashable {
    public var span: TextSpan
    public var actor: Int
    public var sentence: Int
    public var paragraph: Int
    /// The name as written here, without title or possessive.
    public var surface: String

    public init(span: TextSpan, actor: Int, sentence: Int, paragraph: Int, surface: String) {
        self.span = span
        self.actor = actor
        self.sentence = sentence
        self.paragraph = paragraph
        self.surface = surface
    }
}
