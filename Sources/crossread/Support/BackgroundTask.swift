import Dispatch
import Synchronization

/// Work run on a background thread for the reader's loop, which polls it with `take` (or, for a key
/// that needs the result, waits for it) and gets the value once.
final class BackgroundTask<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async(group: done) { [self] in
            let value = work()
            result.withLock { $0 = value }
        }
    }

    /// The value, once, waiting for it if the work still runs.
    func wait() -> Value? {
        done.wait()
        return take()
    }

    /// The value, once; nil while the work runs (and after it was taken).
    func take() -> Value? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
