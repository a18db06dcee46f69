import Synchronization

/// How far a background analysis has got: written by the workers, read by the reader's loop.
public final class AnalysisProgress: Sendable {
    public let total: Int
    private let finished = Atomic<Int>(0)

    public init(total: Int) { self.total = total }

    public var done: Int { finished.load(ordering: .relaxed) }

    func advance() { finished.add(1, ordering: .relaxed) }
}
