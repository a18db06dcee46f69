import Dispatch
import Synchronization

/// Work run on a background thread for the reader's loop, which polls it with `take` and gets the
/// value once.
final class BackgroundTask<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            result.withLock { $0 = value }
        }
    }

    /// The value, once; nil while the work runs (and after it was taken).
    func take() -> Value? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
