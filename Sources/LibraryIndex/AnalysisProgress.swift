import Synchronization

/// How far a background analysis has got: written by the workers, read by the reader's loop.
public final class AnalysisProgress: Sendable {
    public let total: Int
    private let finished = Atomic<Int>(0)
    private let stored = Atomic<Int>(0)

    public init(total: Int) { self.total = total }

    /// Articles analysed (or decoded from the index).
    public var done: Int { finished.load(ordering: .relaxed) }
    /// New analyses committed to the index so far.
    public var committed: Int { stored.load(ordering: .acquiring) }

    func advance() { finished.add(1, ordering: .relaxed) }

    func commit(_ count: Int) { stored.add(count, ordering: .releasing) }
}
