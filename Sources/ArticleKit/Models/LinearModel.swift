/// A linear scorer: a weight per feature key, summed over a decision's features.
public struct LinearModel: Sendable {
    public private(set) var weights: [UInt64: Float]

    public init(weights: [UInt64: Float] = [:]) { self.weights = weights }

    @inline(__always)
    public func score(_ features: FeatureVector) -> Float { score(features.keys) }

    public func score(_ keys: [UInt64]) -> Float {
        var total: Float = 0
        for key in keys { total += weights[key] ?? 0 }
        return total
    }

    public var isEmpty: Bool { weights.isEmpty }
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
