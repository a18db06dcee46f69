import ArticleKit

/// One article on screen: its layout at the current width, where the screen starts, what is focused
/// (a quotation, a mention, a search match), and the current search.
public struct ReadingState: Sendable {
    public var article: Int
    public var roles: RoleMap
    public var layout: ArticleLayout
    public var top = 0
    /// The scalar offset shown at the top: kept across resizes so the same sentence stays on screen.
    public var anchor = 0
    public var focus: TextSpan?
    public var search: SearchResults?
}

/// Matches of one search pattern in the current article.
public struct SearchResults: Sendable {
    public var pattern: String
    public var matches: [TextSpan]
    public var current: Int?
}
