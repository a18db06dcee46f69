import ArticleKit
import LibraryIndex

/// Runs `LibraryOpening.complete` and builds the corpus on a background thread; the reader's loop
/// polls it for progress and takes the corpus when it is ready.
struct BackgroundAnalysis {
    let progress: AnalysisProgress
    private let task: BackgroundTask<(corpus: Corpus, warnings: [String])>

    init(_ opening: LibraryOpening) {
        let progress = AnalysisProgress(total: opening.pending)
        self.progress = progress
        task = BackgroundTask {
            let completed = opening.complete(progress: progress)
            return (Corpus(articles: completed.articles), completed.warnings)
        }
    }

    /// The finished corpus, once; nil while the analysis runs (and after it was taken).
    func take() -> (corpus: Corpus, warnings: [String])? { task.take() }
}
