import ArticleKit
import Dispatch
import ReaderFiles
import Synchronization

/// The full analysis of the articles on the first screen, run after it is painted: the reader shows
/// an unseen article's text at once and its quotations and actors when this finishes.
final class BackgroundFindings: Sendable {
    private let result = Mutex<[Article]?>(nil)
    private let done = DispatchGroup()

    /// Nil when every article shown already has its findings.
    init?(shown articles: [Article]) {
        let wanted = articles.filter { $0.hasText && !$0.hasFindings }
        guard !wanted.isEmpty else { return nil }
        DispatchQueue.global(qos: .userInitiated).async(group: done) { [self] in
            let analysed = wanted.compactMap(ArticleText.load)
            result.withLock { $0 = analysed }
        }
    }

    /// The analysed articles, once, waiting for them if the analysis still runs.
    func wait() -> [Article] {
        done.wait()
        return take() ?? []
    }

    /// The analysed articles, once; nil while the analysis runs (and after they were taken).
    func take() -> [Article]? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
