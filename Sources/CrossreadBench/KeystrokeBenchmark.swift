import ArticleKit
import ReaderCore

/// Update + render per key while scrolling a 1 MB article in a 200x60 window: `j` down through the
/// article, then `k` back up, with a page key now and then.
enum KeystrokeBenchmark {
    static func run() -> BenchResult {
        let text = BenchFiles.megabyteArticle()
        let article = ArticleAnalyzer.analyze(ArticleSource(path: "large.txt", text: text))
        var state = ReaderState(corpus: Corpus(articles: [article]), width: 200, height: 60)
        state.openArticle(0)
        _ = state.render()
        let keys: [Event] = (0..<2000).map { index in
            if index % 100 == 99 { return .key(.pageDown) }
            return .key(.character(index < 1000 ? "j" : "k"))
        }
        var slowest = 0.0
        let start = Measure.now()
        for key in keys {
            let before = Measure.now()
            state.update(key)
            _ = state.render()
            slowest = max(slowest, Measure.now() - before)
        }
        let perKey = (Measure.now() - start) / Double(keys.count)
        return BenchResult(name: "keystroke, 1 MB article at 200x60", value: perKey * 1000, unit: "ms", target: "≤ 1 ms",
                           detail: "\(keys.count) keys, slowest \(String(format2(slowest * 1000))) ms, \(text.utf8.count / 1000) kB",
                           peakBytes: Measure.peakMemory())
    }

    static func format2(_ value: Double) -> String { String((value * 100).rounded() / 100) }
}
