#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleFormats
import ArticleKit
import CommandLineSupport
import SystemEnvironment

/// The analysis on real news: the PolNeAR training articles (840 files, 3.95 MB), next to `wc -w` on
/// the same files in the same run, so the figure means the same on a faster or a noisier machine.
/// The articles are read from `../shared/polnear/train/articles` (or $CROSSREAD_POLNEAR_ARTICLES)
/// and never copied into the project; without them the row says so.
enum RealNewsBenchmark {
    static func run() -> BenchResult {
        let folder = ProcessEnvironment.value("CROSSREAD_POLNEAR_ARTICLES") ?? "../shared/polnear/train/articles"
        let sources = ArticleFile.load(paths: [folder]).sources
        guard !sources.isEmpty else {
            return BenchResult(name: "analysis, real news (PolNeAR train)", value: 0, unit: "MB/s", target: "≥ 25 MB/s",
                               detail: "skipped: no articles in \(folder)", peakBytes: Measure.peakMemory())
        }
        let bytes = sources.reduce(0) { $0 + $1.text.utf8.count }
        _ = ArticleAnalyzer.analyze(sources[0])
        let (seconds, runs) = Measure.seconds(minimum: 2) { for source in sources { _ = ArticleAnalyzer.analyze(source) } }
        let ours = Double(bytes) / seconds / 1e6
        let detail: String
        if let wc = wordCountSeconds(sources.map(\.path)) {
            let reference = Double(bytes) / wc / 1e6
            detail = "\(sources.count) articles, \(bytes / 1000) kB, \(runs) runs; wc -w \(KeystrokeBenchmark.format2(reference)) MB/s, ratio \(KeystrokeBenchmark.format2(ours / reference))"
        } else {
            detail = "\(sources.count) articles, \(bytes / 1000) kB, \(runs) runs; wc -w did not run"
        }
        return BenchResult(name: "analysis, real news (PolNeAR train)", value: ours, unit: "MB/s", target: "≥ 25 MB/s, ≥ 0.15 of wc -w",
                           detail: detail, peakBytes: Measure.peakMemory())
    }

    /// The best of five runs of `wc -w` over the files, output discarded.
    private static func wordCountSeconds(_ paths: [String]) -> Double? {
        var best = Double.infinity
        for _ in 0..<5 {
            guard let run = Spawn.run(["/usr/bin/wc", "-w"] + paths) else { return nil }
            best = min(best, run.seconds)
        }
        return best
    }
}
