/// Which analysis produced a set of findings: a persistent index made by another one must not serve
/// them. Derived from the learned weights (a retrain changes it by itself) and a revision number to
/// raise when code changes what the analysis finds without a retrain.
public enum AnalysisVersion {
    static let revision: UInt32 = 6

    /// A positive number below 2^20.
    public static let fingerprint: Int = {
        let hash = WordKey.mix(ContentHash.of(AttributionModel.weightsText), revision)
        return Int((hash ^ hash >> 20 ^ hash >> 40) & 0xF_FFFF)
    }()
}
