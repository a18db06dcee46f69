import ArticleKit

/// Two articles side by side: aligned paragraphs start on the same row (the shorter side padded),
/// the panes scroll together unless `together` is off, and Tab chooses the pane that moves alone.
public struct CompareState: Sendable {
    public var comparison: Comparison
    public var panes: [ComparePane]
    public var rows: CompareRows
    public var top = 0
    public var together = true
    public var active = 0
}

/// What one pane shows: its article, role map and the word differences to colour.
public struct ComparePane: Sendable {
    public var article: Int
    public var roles: RoleMap
    /// Scalar offset → diff role, for words replaced or only on this side within aligned paragraphs.
    public var diff: [Int: Role]
    /// Quotation spans that have a variant on the other side, with the similarity.
    public var variants: [(span: TextSpan, similarity: Double)]
    /// Own scroll position when the panes do not scroll together.
    public var top = 0
    /// The matches of a `/` search in this pane, and the one last moved to.
    public var matches: [TextSpan] = []
    public var currentMatch: Int?
}
