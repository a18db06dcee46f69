import ArticleKit

/// The whole reader: which view is showing, each view's state, overlays, the jump list, and the
/// status message. `update` changes it; `render` draws it. Nothing here touches a terminal.
public struct ReaderState: Sendable {
    public enum Mode: Sendable, Equatable { case library, reading, compare }

    /// Replaced when the background analysis finishes (`replaceCorpus`); articles of a large library
    /// get their text when opened (`ensureText`).
    public internal(set) var corpus: Corpus
    public var width: Int
    public var height: Int
    public var mode: Mode = .library
    /// Views to return to with `q`.
    public var modeStack: [Mode] = []
    public var library = LibraryState()
    public var reading: ReadingState?
    public var compare: CompareState?
    public var overlay: Overlay?
    public var prompt: Prompt?
    public var jumpList: [Location] = []
    public var message: String?
    public var shouldQuit = false
    public var progress: (done: Int, total: Int)?
    /// Remembered reading positions: article file path → scalar offset.
    public var positions: [String: Int] = [:]
    /// Phrase-thread passages per article, underlined as shared (filled in when threads are known).
    public var sharedPhrases: [Int: [TextSpan]] = [:]
    /// Reads and analyses an article whose text the corpus does not hold: given by the shell
    /// (`ArticleText.load` in ReaderFiles); without it such an article "can no longer be read".
    public var loadText: @Sendable (Article) -> Article? = { _ in nil }
    /// Articles whose text was loaded on demand, least recently used first.
    var textLoaded: [Int] = []
    /// How many on-demand texts a large library keeps before dropping the least recently used.
    static let loadedTextLimit = 12

    public init(corpus: Corpus, width: Int, height: Int) {
        self.corpus = corpus
        self.width = width
        self.height = height
    }

    /// Rows available to a view: the last row is the status line.
    public var contentHeight: Int { max(0, height - 1) }

    static let minimumWidth = 20
    static let minimumHeight = 4
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
