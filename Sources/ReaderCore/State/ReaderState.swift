import ArticleKit
import OrderedCollections

/// The whole reader: which view is showing, each view's state, overlays, the jump list, and the
/// status message. `update` changes it and returns the effects the shell is to run; `render` draws it.
/// Nothing here touches a terminal, a file or a clock.
public struct ReaderState: Sendable {
    public enum Mode: Sendable, Equatable { case library, reading, compare }

    /// Replaced when the background analysis finishes (`.analysisFinished`) or the folder of the
    /// article painted first is listed (`.libraryListed`); articles of a large library get their text
    /// when opened (`.readTexts`, answered by `.textsRead`).
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
    /// Effects asked for by the event being applied (or by calls made before the first event),
    /// handed to the shell by `update` or `takeEffects`.
    var outbox: [Effect] = []
    /// What to do once the texts asked for arrive (one request at a time: a newer one replaces it).
    var awaitedTexts: AwaitedTexts?
    /// Whether the shown articles' findings or the whole library have been asked for and not yet come.
    var awaitsFindings = false
    var awaitsLibrary = false
    /// Keys that need what is awaited, and every key after them, applied in order when it comes.
    var deferredKeys: [Key] = []
    /// Cross-reference sentences of articles the library holds as summaries, read for the open list.
    var passageSentences: [PassageKey: String] = [:]
    /// Articles whose text was loaded on demand, least recently used first.
    var textsReadOnDemand = OrderedSet<Int>()
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
