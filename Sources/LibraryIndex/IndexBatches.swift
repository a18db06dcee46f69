import ArticleKit
import Synchronization

/// Writes analyses to the index while the analysis runs, one transaction per batch, so that a
/// process killed midway keeps every batch committed before it and the next start analyses only
/// the rest. The first failure stops the writing and is reported by `finish`.
final class IndexBatches: Sendable {
    static let size = 128

    private struct State {
        var pending: [(file: LibraryLoader.File, article: Article)] = []
        var failure: LibraryIndex.Failure?
    }

    private let index: LibraryIndex
    private let progress: AnalysisProgress
    private let state = Mutex(State())

    init(index: LibraryIndex, progress: AnalysisProgress) {
        self.index = index
        self.progress = progress
    }

    /// Queues one analysis; the worker that fills a batch writes it.
    func add(_ file: LibraryLoader.File, _ article: Article) {
        let batch: [(file: LibraryLoader.File, article: Article)]? = state.withLock { state in
            guard state.failure == nil else { return nil }
            state.pending.append((file, article))
            guard state.pending.count >= Self.size else { return nil }
            defer { state.pending.removeAll(keepingCapacity: true) }
            return state.pending
        }
        if let batch { write(batch) }
    }

    /// Writes what is left; throws the first failure of any batch.
    func finish() throws {
        let rest = state.withLock { state in
            defer { state.pending = [] }
            return state.failure == nil ? state.pending : []
        }
        if !rest.isEmpty { write(rest) }
        if let failure = state.withLock({ $0.failure }) { throw failure }
    }

    private func write(_ batch: [(file: LibraryLoader.File, article: Article)]) {
        do {
            try index.store(batch)
            progress.commit(batch.count)
        } catch {
            let failure = error as? LibraryIndex.Failure ?? LibraryIndex.Failure(description: "\(error)")
            state.withLock { if $0.failure == nil { $0.failure = failure } }
        }
    }
}
