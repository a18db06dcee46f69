import ArticleKit

/// A place to return to: an article, the offset at the top of the screen, and what was focused.
public struct Location: Hashable, Sendable {
    public var article: Int
    public var offset: Int
    public var focus: TextSpan?

    public init(article: Int, offset: Int, focus: TextSpan? = nil) {
        self.article = article
        self.offset = offset
        self.focus = focus
    }
}

/// A list shown over the current view (speakers, actors, cross-references, threads).
public struct ListOverlay: Sendable {
    public enum Action: Hashable, Sendable {
        case jump(Location)
        case crossReferences(String)
        case none
    }

    public struct Row: Sendable {
        public var text: String
        public var detail: String
        public var action: Action
    }

    /// What built the list, so it can be built again when the background analysis finishes.
    public enum Source: Hashable, Sendable {
        case speakers, actors, threads
        case crossReferences(String)
    }

    public var title: String
    public var rows: [Row]
    public var selected = 0
    public var top = 0
    public var source: Source?
    /// Every row, when `/` has narrowed `rows` to those containing `filter`.
    public var unfiltered: [Row]?
    public var filter = ""

    public init(title: String, rows: [Row], selected: Int = 0, top: Int = 0, source: Source? = nil) {
        self.title = title
        self.rows = rows
        self.selected = selected
        self.top = top
        self.source = source
    }

    /// The rows whose text or detail contains `text` (case folded); all of them for "".
    mutating func filter(by text: String) {
        let all = unfiltered ?? rows
        unfiltered = text.isEmpty ? nil : all
        filter = text
        let needle = text.lowercased()
        rows = text.isEmpty ? all : all.filter { $0.text.lowercased().contains(needle) || $0.detail.lowercased().contains(needle) }
        selected = 0
        top = 0
    }
}

public enum Overlay: Sendable {
    /// The key list, scrolled to its `top` row.
    case help(top: Int)
    case list(ListOverlay)
}

/// The one-line prompt at the bottom: a search or a library filter being typed.
public struct Prompt: Sendable {
    public enum Kind: Sendable { case search, filter, listFilter }
    public var kind: Kind
    public var text: String
}
