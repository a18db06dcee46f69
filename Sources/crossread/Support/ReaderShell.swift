import ArticleKit
import LibraryIndex
import ReaderCore
import ReaderFiles

/// The interactive reader's side of its effects. A text to show is read at once (the key that asked
/// for it waits a file read, as in `less`); the sentences of a cross-reference list, the findings of
/// an article painted from its text, the folder of an article painted first and the library's
/// analysis run on background threads, and come back as events when they finish. What to save is
/// kept for the end, after the terminal is restored.
struct ReaderShell: EffectRunner {
    /// The library of an article painted first, listed by `.listLibrary`.
    let libraryPaths: [String]
    var analysis: BackgroundAnalysis?
    private var findings: BackgroundTask<[Article]>?
    /// The latest list's sentences; an older list's, still being read, are no longer wanted.
    private var sentences: BackgroundTask<Event>?
    private var library: BackgroundTask<LibraryOpening>?
    private(set) var toSave: SavedState?

    init(libraryPaths: [String], analysis: BackgroundAnalysis?) {
        self.libraryPaths = libraryPaths
        self.analysis = analysis
    }

    var isBusy: Bool { analysis != nil || findings != nil || library != nil || sentences != nil }

    /// Runs `effects`; the answer of one run at once is applied to `state`, and its effects run in turn.
    mutating func perform(_ effects: [Effect], on state: inout ReaderState) {
        var queue = effects
        while !queue.isEmpty {
            switch queue.removeFirst() {
            case .readTexts(let requests):
                queue += state.update(ArticleText.answer(requests))
            case .readSentences(let requests):
                sentences = BackgroundTask { ArticleText.answer(requests) }
            case .findFindings(let articles):
                findings = BackgroundTask { articles.map(ArticleAnalyzer.withFindings) }
            case .listLibrary:
                let paths = libraryPaths
                library = BackgroundTask { LibraryOpening.open(paths: paths, indexPath: LibraryIndex.defaultPath(forLibrary: paths)) }
            case .save(let saved):
                toSave = saved
            }
        }
    }

    /// The background work that finished since the last look, as the events that answer it (and the
    /// library's progress when it moved past `shownProgress`), with the warnings it gave.
    mutating func finishedWork(shownProgress: Int?) -> (events: [Event], warnings: [String]) {
        var events: [Event] = []
        var warnings: [String] = []
        if let running = library, let folder = running.take() {
            library = nil
            events.append(.libraryListed(Corpus(articles: folder.articles)))
            warnings += folder.warnings
            if folder.pending > 0 {
                analysis = BackgroundAnalysis(folder)
                events.append(.progress(done: 0, total: folder.pending))
            }
        }
        if let running = sentences, let answer = running.take() {
            sentences = nil
            events.append(answer)
        }
        if let running = findings, let analysed = running.take() {
            findings = nil
            events.append(.findingsFound(analysed))
        }
        if let running = analysis {
            if let finished = running.take() {
                analysis = nil
                events.append(.analysisFinished(finished.corpus, warning: finished.warnings.first))
                warnings += finished.warnings
            } else if shownProgress != running.progress.done {
                events.append(.progress(done: running.progress.done, total: running.progress.total))
            }
        }
        return (events, warnings)
    }
}
