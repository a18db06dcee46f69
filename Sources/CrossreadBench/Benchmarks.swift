import ArticleFormats
import ArticleKit
import CorpusGenerator

/// One measured figure: what, how much, and the peak memory of the process when it was taken.
struct BenchResult {
    var name: String
    var value: Double
    var unit: String
    var target: String
    var detail: String
    var peakBytes: Int
}

enum Benchmarks {
    static let all = [
        "analysis-real-news", "analysis-bundled", "analysis-generated", "startup-library", "startup-article", "startup-1mb", "keystroke-1mb", "compare-5000",
        "library-10000", "commands-10000", "startup-10000", "scaling",
    ]

    static func run(_ name: String, articlesFolder: String) throws -> [BenchResult] {
        switch name {
        case "analysis-real-news": return [RealNewsBenchmark.run()]
        case "analysis-bundled": return [analysisBundled(articlesFolder)]
        case "analysis-generated": return [analysisGenerated()]
        case "startup-library": return [try StartupBenchmarks.library(articlesFolder)]
        case "startup-article": return [try StartupBenchmarks.article(articlesFolder)]
        case "startup-1mb": return [try StartupBenchmarks.largeArticle()]
        case "keystroke-1mb": return [KeystrokeBenchmark.run()]
        case "compare-5000": return [compareLarge()]
        case "library-10000": return try ScaleBenchmarks.library()
        case "commands-10000": return try CommandScaleBenchmark.run()
        case "startup-10000": return try StartupBenchmarks.largeLibrary()
        case "scaling": return ScalingBenchmark.run()
        default: return []
        }
    }

    /// Clean, quotes, actors and the corpus indexes over the bundled articles, on one core.
    static func analysisBundled(_ folder: String) -> BenchResult {
        analysis("analysis, bundled articles", ArticleFile.load(paths: [folder]).sources)
    }

    static func analysisGenerated() -> BenchResult {
        var generator = CorpusGenerator(seed: 7)
        return analysis("analysis, generated corpus", (0..<400).map { ArticleSource(path: "generated-\($0).txt", text: generator.nextArticle()) })
    }

    /// Clean, quotes, actors and the corpus indexes over `sources`, on one core, in MB/s.
    private static func analysis(_ name: String, _ sources: [ArticleSource]) -> BenchResult {
        let bytes = sources.reduce(0) { $0 + $1.text.utf8.count }
        let (seconds, runs) = Measure.seconds(minimum: 2) { _ = Corpus(articles: sources.map(ArticleAnalyzer.analyze)) }
        return BenchResult(name: name, value: Double(bytes) / seconds / 1e6, unit: "MB/s", target: "≥ 20 MB/s",
                           detail: "\(sources.count) articles, \(bytes / 1000) kB, \(runs) runs", peakBytes: Measure.peakMemory())
    }

    /// Two 5,000-paragraph articles, one a reworded copy of the other: analysis is not timed, only
    /// the comparison (term weights, alignment, variants, verdict).
    static func compareLarge() -> BenchResult {
        var generator = CorpusGenerator(seed: 11)
        let original = generator.freshArticle(paragraphs: 5000)
        let copy = generator.reword(original)
        let corpus = Corpus(articles: [original, copy].enumerated().map {
            ArticleAnalyzer.analyze(ArticleSource(path: "large-\($0.offset).txt", text: $0.element))
        })
        var pairs = 0
        let (seconds, runs) = Measure.seconds(minimum: 2) { pairs = corpus.compare(0, 1).pairs.count }
        return BenchResult(name: "compare, two 5,000-paragraph articles", value: seconds * 1000, unit: "ms",
                           target: "≤ 1000 ms", detail: "\(pairs) aligned pairs, \(runs) runs", peakBytes: Measure.peakMemory())
    }
}
