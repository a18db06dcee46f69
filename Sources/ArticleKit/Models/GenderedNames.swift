/// First names that news prose refers to as "he" or as "she", by `WordKey`: learned by
/// `crossread-train` and shipped in the attribution weight file (`m` and `f` lines). Actor grouping,
/// the name classifier and the typer's features read them, so the analysis the trainer runs is handed
/// the lists it is learning rather than the ones compiled in.
public struct GenderedNames: Sendable, Equatable {
    public var male: Set<UInt64>
    public var female: Set<UInt64>

    public init(male: Set<UInt64> = [], female: Set<UInt64> = []) {
        self.male = male
        self.female = female
    }

    public static let none = GenderedNames()
    /// The lists shipped with crossread.
    public static var shared: GenderedNames { AttributionModel.shared.gendered }

    public var count: Int { male.count + female.count }

    /// A word the training articles use as a gendered first name.
    func contains(_ key: UInt64) -> Bool { male.contains(key) || female.contains(key) }

    /// The gender news prose gives the bearer of a first name, where the training articles settle it.
    func gender(of key: UInt64) -> Gender? {
        male.contains(key) ? .male : female.contains(key) ? .female : nil
    }
}
