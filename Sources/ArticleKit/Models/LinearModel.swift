/// A linear scorer: a weight per feature key, summed over a decision's features.
public struct LinearModel: Sendable {
    private let table: WeightTable

    public init(weights: [UInt64: Float] = [:]) {
        table = WeightTable(keys: Array(weights.keys), values: Array(weights.values))
    }

    /// From parallel lists of keys and weights (a key listed twice keeps its last weight).
    init(keys: [UInt64], values: [Float]) {
        table = WeightTable(keys: keys, values: values)
    }

    /// Every stored weight, by key (for writing the file and for reports).
    public var weights: [UInt64: Float] { table.entries }

    @inline(__always)
    public func score(_ features: FeatureVector) -> Float { score(features.keys) }

    public func score(_ keys: [UInt64]) -> Float {
        var total: Float = 0
        for key in keys { total += table[key] }
        return total
    }

    @inline(__always)
    public func weight(_ key: UInt64) -> Float { table[key] }

    public var isEmpty: Bool { table.count == 0 }
}

/// Weights in an open-addressed table probed linearly from the key's own low bits: feature keys are
/// already well mixed, so a lookup is a few loads instead of a Dictionary's hashing of the key.
struct WeightTable: Sendable {
    private let keys: [UInt64]
    private let values: [Float]
    private let mask: Int
    /// Stands for an empty slot; a real key equal to it is stored in `sentinelWeight`.
    private static let empty: UInt64 = 0
    private let sentinelWeight: Float
    private let hasSentinel: Bool

    /// How many keys are stored.
    let count: Int

    init(keys weightKeys: [UInt64], values weightValues: [Float]) {
        var capacity = 16
        while capacity < weightKeys.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var values = [Float](repeating: 0, count: capacity)
        let mask = capacity - 1
        var sentinelWeight: Float?
        var count = 0
        for (key, weight) in zip(weightKeys, weightValues) {
            guard key != Self.empty else {
                if sentinelWeight == nil { count += 1 }
                sentinelWeight = weight
                continue
            }
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != Self.empty, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == Self.empty { count += 1 }
            keys[slot] = key
            values[slot] = weight
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        self.sentinelWeight = sentinelWeight ?? 0
        hasSentinel = sentinelWeight != nil
        self.count = count
    }

    var entries: [UInt64: Float] {
        var result = [UInt64: Float](minimumCapacity: count)
        for (key, value) in zip(keys, values) where key != Self.empty { result[key] = value }
        if hasSentinel { result[Self.empty] = sentinelWeight }
        return result
    }

    @inline(__always)
    subscript(key: UInt64) -> Float {
        if key == Self.empty { return sentinelWeight }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return 0 }
            slot = (slot + 1) & mask
        }
    }
}

/// The averaged perceptron (Collins 2002) for ranking candidates and for yes/no decisions: an
/// update moves the weights toward the right answer's features, and the model returned is the
/// average of the weights over every step, which generalises far better than the last ones.
public struct AveragedPerceptron: Sendable {
    private var current: [UInt64: Double] = [:]
    private var totals: [UInt64: Double] = [:]
    private var stamps: [UInt64: Int] = [:]
    private var step = 0

    public init() {}

    public func score(_ keys: [UInt64]) -> Double {
        var total = 0.0
        for key in keys { total += current[key] ?? 0 }
        return total
    }

    public func weight(_ key: UInt64) -> Double { current[key] ?? 0 }

    /// One step: nothing changes unless `update` is called within it.
    public mutating func tick() { step += 1 }

    public mutating func update(toward good: [UInt64], awayFrom bad: [UInt64]) {
        for key in good { bump(key, 1) }
        for key in bad { bump(key, -1) }
    }

    private mutating func bump(_ key: UInt64, _ delta: Double) {
        let weight = current[key] ?? 0
        totals[key, default: 0] += Double(step - (stamps[key] ?? 0)) * weight
        stamps[key] = step
        current[key] = weight + delta
    }

    /// The averaged weights, without those too small to matter.
    public func averaged(minimum: Double = 1e-4) -> [UInt64: Float] {
        var result: [UInt64: Float] = [:]
        let steps = Double(max(step, 1))
        for (key, weight) in current {
            let total = (totals[key] ?? 0) + Double(step - (stamps[key] ?? 0)) * weight
            let average = total / steps
            if abs(average) >= minimum { result[key] = Float(average) }
        }
        return result
    }
}
