import ArticleKit
import LibraryIndex
import ReaderCore
import ReaderFiles

/// The 10,000-article library in process: the first screen without an index, the full analysis on
/// every core (and the memory it takes per byte of text), and the first screen with the index.
enum ScaleBenchmarks {
    static func library() throws -> [BenchResult] {
        let library = try BenchFiles.generatedLibrary(count: 10_000)
        let cache = BenchFiles.scratchFolder("cache")
        defer { BenchFiles.removeFolder(cache) }
        let indexPath = cache + "/library.sqlite"
        var start = Measure.now()
        let opening = LibraryOpening.open(paths: [library.folder], indexPath: indexPath)
        let cold = firstScreen(opening)
        let coldSeconds = Measure.now() - start
        start = Measure.now()
        let completed = opening.complete()
        let corpus = Corpus(articles: completed.articles)
        let analysisSeconds = Measure.now() - start
        let analysisPeak = Measure.peakMemory()
        start = Measure.now()
        let warm = firstScreen(LibraryOpening.open(paths: [library.folder], indexPath: indexPath))
        let warmSeconds = Measure.now() - start
        let megabytes = Double(library.bytes) / 1e6
        return [
            BenchResult(name: "10,000 articles: first screen, no index", value: coldSeconds * 1000, unit: "ms", target: "≤ 1000 ms",
                        detail: "\(Int(megabytes)) MB, \(cold) rows listed, in process", peakBytes: Measure.peakMemory()),
            BenchResult(name: "10,000 articles: full analysis", value: analysisSeconds, unit: "s", target: "≤ 10 s on 2 cores",
                        detail: "\(LibraryOpening.cores) cores, \(KeystrokeBenchmark.format2(megabytes / analysisSeconds)) MB/s, \(corpus.actors.count) corpus actors",
                        peakBytes: analysisPeak),
            BenchResult(name: "10,000 articles: memory per byte of text", value: Double(analysisPeak) / Double(library.bytes), unit: "B/B",
                        target: "≤ 6", detail: "peak during analysis / text bytes", peakBytes: analysisPeak),
            BenchResult(name: "10,000 articles: first screen, with index", value: warmSeconds * 1000, unit: "ms", target: "≤ 300 ms",
                        detail: "\(warm) rows listed, in process", peakBytes: Measure.peakMemory()),
        ]
    }

    /// Builds the reader's first state and renders the library screen; the number of rows listed.
    private static func firstScreen(_ opening: LibraryOpening) -> Int {
        let state = ReaderState(corpus: Corpus(articles: opening.articles), width: 200, height: 60)
        _ = state.render()
        return state.library.rows(state.corpus).count
    }
}

/// `crossread list --json` and `quotes --json` on the 10,000-article library, as their own processes:
/// time and peak memory per byte of text (they stream the library a chunk at a time). Cold with an
/// empty cache, then `list` again once `crossread index` has written the library's index.
enum CommandScaleBenchmark {
    static func run() throws -> [BenchResult] {
        let library = try BenchFiles.generatedLibrary(count: 10_000)
        let home = BenchFiles.scratchFolder("home")
        defer { BenchFiles.removeFolder(home) }
        let environment = ["HOME=\(home)", "XDG_CACHE_HOME=\(home)/cache", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        func timed(_ arguments: [String], _ name: String) throws -> BenchResult {
            guard let run = Spawn.run([BenchFiles.executable] + arguments, environment: environment) else {
                throw PseudoTerminal.Failure(description: "crossread \(arguments.joined(separator: " ")) failed")
            }
            let perByte = Double(run.peakBytes) / Double(library.bytes)
            return BenchResult(name: name, value: run.seconds, unit: "s", target: "≤ 8 s, ≤ 4 B/B",
                               detail: "\(KeystrokeBenchmark.format2(perByte)) B/B peak, \(library.bytes / 1_000_000) MB", peakBytes: run.peakBytes)
        }
        let cold = try ["list", "quotes"].map { try timed([$0, "--json", library.folder], "\($0) --json, 10,000 articles, no index") }
        _ = try timed(["index", library.folder], "index")
        return cold + [try timed(["list", "--json", library.folder], "list --json, 10,000 articles, index written")]
    }
}
