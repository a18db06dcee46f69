import Dispatch
import Synchronization

/// `(0..<count).map(transform)` on every core; results in order.
public enum ParallelMap {
    public static func map<T: Sendable>(_ count: Int, workers: Int = LibraryOpening.cores, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let state = Mutex<(next: Int, results: [T?])>((0, Array(repeating: nil, count: count)))
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while true {
                let index: Int? = state.withLock { state in
                    guard state.next < count else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index else { return }
                let value = transform(index)
                state.withLock { $0.results[index] = value }
            }
        }
        return state.withLock { $0.results.map { $0! } }
    }
}
