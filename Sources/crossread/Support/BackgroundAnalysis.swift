import ArticleKit
import Dispatch
import LibraryIndex
import Synchronization

/// Runs `LibraryOpening.complete` and builds the corpus on a background thread; the reader's loop
/// polls it for progress and takes the corpus when it is ready.
final class BackgroundAnalysis: Sendable {
    let progress: AnalysisProgress
    private let result = Mutex<(corpus: Corpus, warnings: [String])?>(nil)

    init(_ opening: LibraryOpening) {
        progress = AnalysisProgress(total: opening.pending)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let completed = opening.complete(progress: progress)
            let corpus = Corpus(articles: completed.articles)
            result.withLock { $0 = (corpus, completed.warnings) }
        }
    }

    /// The finished corpus, once; nil while the analysis runs (and after it was taken).
    func take() -> (corpus: Corpus, warnings: [String])? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
