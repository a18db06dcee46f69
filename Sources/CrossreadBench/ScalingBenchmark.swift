#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleKit

/// How the analysis grows with adversarial input: each input at 1×, 4× and 16× its base size, and
/// the exponent of the fitted power law (1.0 is linear). Above `limit` the row is flagged, and
/// `bench/run` fails.
enum ScalingBenchmark {
    static let limit = 1.2
    static let factors = [1, 4, 16]
    static let flag = "ABOVE LIMIT"

    struct Input {
        var name: String
        /// One repeating unit of the input.
        var unit: String
        var baseUnits: Int
        /// Units per paragraph (0: the whole input is one paragraph).
        var perParagraph: Int
    }

    static let inputs = [
        Input(name: "bare titles", unit: "General Mark Hale met troops. “We hold,” the general said. ", baseUnits: 500, perParagraph: 4),
        Input(name: "pronouns", unit: "“We hold,” he said. “They wait,” she said, and they left. It said “no.” ", baseUnits: 500, perParagraph: 4),
        Input(name: "alternating quote marks", unit: "“a\" ‘b” \"c’ «d“ 'e» ", baseUnits: 1000, perParagraph: 0),
    ]

    static func run() -> [BenchResult] {
        inputs.map { input in
            var points: [(size: Double, seconds: Double)] = []
            var bytes = 0
            for factor in factors {
                let text = document(input, units: input.baseUnits * factor)
                bytes = text.utf8.count
                let source = ArticleSource(path: "scaling.txt", text: text)
                var best = Double.infinity
                for _ in 0..<3 {
                    let start = Measure.now()
                    _ = ArticleAnalyzer.analyze(source)
                    best = min(best, Measure.now() - start)
                }
                points.append((Double(factor), best))
            }
            let exponent = slope(points)
            let times = points.map { "\(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: " / ")
            let verdict = exponent > limit ? "  \(flag)" : ""
            return BenchResult(name: "scaling, \(input.name)", value: exponent, unit: "exp", target: "≤ \(limit)",
                               detail: "1×/4×/16×: \(times) (16× = \(bytes / 1000) kB)\(verdict)", peakBytes: Measure.peakMemory())
        }
    }

    private static func document(_ input: Input, units: Int) -> String {
        var text = "Scaling test\n\n"
        text.reserveCapacity(units * input.unit.utf8.count + units)
        for index in 0..<units {
            text += input.unit
            if input.perParagraph > 0, (index + 1) % input.perParagraph == 0 { text += "\n\n" }
        }
        return text
    }

    /// The least-squares slope of log(time) against log(size).
    private static func slope(_ points: [(size: Double, seconds: Double)]) -> Double {
        let xs = points.map { log($0.size) }, ys = points.map { log(max($0.seconds, 1e-6)) }
        let meanX = xs.reduce(0, +) / Double(xs.count), meanY = ys.reduce(0, +) / Double(ys.count)
        var numerator = 0.0, denominator = 0.0
        for (x, y) in zip(xs, ys) {
            numerator += (x - meanX) * (y - meanY)
            denominator += (x - meanX) * (x - meanX)
        }
        return denominator == 0 ? 0 : numerator / denominator
    }
}
