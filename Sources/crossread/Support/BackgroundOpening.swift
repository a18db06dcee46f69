import ArticleKit
import Dispatch
import LibraryIndex
import Synchronization

/// Lists and opens the library (with its index) on a background thread, for a reader that painted a
/// named article first; the reader's loop takes it when ready and then starts the analysis.
final class BackgroundOpening: Sendable {
    private let result = Mutex<LibraryOpening?>(nil)
    private let done = DispatchGroup()

    init(paths: [String]) {
        DispatchQueue.global(qos: .userInitiated).async(group: done) { [self] in
            let opening = LibraryOpening.open(paths: paths, indexPath: LibraryIndex.defaultPath(forLibrary: paths))
            result.withLock { $0 = opening }
        }
    }

    /// The opened library, once, waiting for it if it is still being opened.
    func wait() -> LibraryOpening? {
        done.wait()
        return take()
    }

    /// The opened library, once; nil while it is being opened (and after it was taken).
    func take() -> LibraryOpening? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
