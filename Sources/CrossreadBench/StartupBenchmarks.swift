#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import LibraryIndex

/// Time from process start to the first painted screen, in a pseudo-terminal, for crossread and for
/// `less` on the same article: the median of several runs after two warm-up runs. crossread runs
/// with its index already written (the second start a user sees); `startup-10000` also times the
/// very first start, with no index.
enum StartupBenchmarks {
    static let runs = 15

    static func library(_ folder: String) throws -> BenchResult {
        let article = try firstArticle(folder)
        let home = BenchFiles.scratchFolder("home")
        defer { BenchFiles.removeFolder(home) }
        let count = LibraryLoader.files(paths: [folder]).files.count
        writeIndex([folder], home: home)
        let ours = try median([BenchFiles.executable, folder], marker: "of \(count) articles", home: home)
        let less = try lessTime(article, home: home)
        return result("first screen, bundled library", ours, less, limit: 2, hello: helloTime(home: home))
    }

    static func article(_ folder: String) throws -> BenchResult {
        let article = try firstArticle(folder)
        let home = BenchFiles.scratchFolder("home")
        defer { BenchFiles.removeFolder(home) }
        writeIndex([folder], home: home)
        let ours = try median([BenchFiles.executable, "read", article], marker: fileName(article), home: home)
        let less = try lessTime(article, home: home)
        return result("first screen, one bundled article", ours, less, limit: 3, hello: helloTime(home: home))
    }

    /// A 1 MB article never seen before (no index): its text is on the first screen, its analysis
    /// runs after the paint.
    static func largeArticle() throws -> BenchResult {
        let folder = BenchFiles.scratchFolder("large-article")
        let home = BenchFiles.scratchFolder("home")
        defer { BenchFiles.removeFolder(folder); BenchFiles.removeFolder(home) }
        let text = BenchFiles.megabyteArticle()
        let article = folder + "/large-article.txt"
        BenchFiles.write(text, to: article)
        let run = try coldMedian([BenchFiles.executable, "read", article], marker: "large-article.txt", home: home, count: 7)
        return BenchResult(name: "first screen, unseen 1 MB article", value: run.seconds * 1000, unit: "ms", target: "≤ 30 ms",
                           detail: "\(text.utf8.count / 1000) kB, no index, median of 7", peakBytes: run.peakBytes)
    }

    /// The 10,000-article library: the first start (no index; each run starts from an empty cache)
    /// and a later one (index written).
    static func largeLibrary() throws -> [BenchResult] {
        let library = try BenchFiles.generatedLibrary(count: 10_000)
        let home = BenchFiles.scratchFolder("home")
        defer { BenchFiles.removeFolder(home) }
        let cold = try coldMedian([BenchFiles.executable, library.folder], marker: "of 10000 articles", home: home, width: 200, height: 60,
                                  count: 3)
        writeIndex([library.folder], home: home)
        let warm = try median([BenchFiles.executable, library.folder], marker: "of 10000 articles", home: home, width: 200, height: 60, count: 5)
        let file = GenerateCommand.fileName(folder: library.folder, index: 1, count: 10_000)
        let one = try median([BenchFiles.executable, "read", file], marker: fileName(file), home: home, count: 5)
        return [
            BenchResult(name: "first screen, 10,000 articles, no index", value: cold.seconds * 1000, unit: "ms", target: "≤ 1000 ms",
                        detail: "\(library.bytes / 1_000_000) MB in pty 200x60, median of 3", peakBytes: cold.peakBytes),
            BenchResult(name: "first screen, 10,000 articles, with index", value: warm.seconds * 1000, unit: "ms", target: "≤ 300 ms",
                        detail: "median of 5", peakBytes: warm.peakBytes),
            BenchResult(name: "first screen, a file in the 10,000-article folder", value: one.seconds * 1000, unit: "ms", target: "≤ 100 ms",
                        detail: "index written, median of 5", peakBytes: one.peakBytes),
        ]
    }

    /// Analyses the library into the index the reader will find under `home`, as a finished earlier
    /// session would have (the runs quit before their own background analysis ends).
    private static func writeIndex(_ paths: [String], home: String) {
        let indexPath = LibraryIndex.defaultPath(forLibrary: paths, environment: ["XDG_CACHE_HOME": home + "/cache"])
        let opening = LibraryOpening.open(paths: paths, indexPath: indexPath)
        _ = opening.complete()
    }

    private static func firstArticle(_ folder: String) throws -> String {
        guard let file = LibraryLoader.files(paths: [folder]).files.first?.path else {
            throw PseudoTerminal.Failure(description: "no article in \(folder)")
        }
        return LibraryLoader.canonicalPath(file)
    }

    private static func environment(_ home: String) -> [String] {
        ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(home)", "XDG_CACHE_HOME=\(home)/cache", "XDG_STATE_HOME=\(home)/state",
         "LESSHISTFILE=-", "PATH=/usr/local/bin:/usr/bin:/bin"]
    }

    private static func median(_ arguments: [String], marker: String, home: String, width: Int = 80, height: Int = 24,
                               count: Int = runs) throws -> (seconds: Double, peakBytes: Int) {
        var times: [Double] = []
        var peak = 0
        for run in 0..<(count + 2) {
            let measured = try PseudoTerminal.timeToMarker(arguments, marker: marker, environment: environment(home), width: width, height: height)
            if run >= 2 { times.append(measured.seconds) }
            peak = max(peak, measured.peakBytes)
        }
        return (middle(times), peak)
    }

    /// The same for a program's first start: every run from an empty cache, none left out.
    private static func coldMedian(_ arguments: [String], marker: String, home: String, width: Int = 80, height: Int = 24,
                                   count: Int) throws -> (seconds: Double, peakBytes: Int) {
        var times: [Double] = []
        var peak = 0
        for _ in 0..<count {
            BenchFiles.removeFolder(home + "/cache")
            let measured = try PseudoTerminal.timeToMarker(arguments, marker: marker, environment: environment(home), width: width, height: height)
            times.append(measured.seconds)
            peak = max(peak, measured.peakBytes)
        }
        return (middle(times), peak)
    }

    /// `less` shows the file's name in its prompt, written after the screen; crossread's reading view
    /// shows it in the status line.
    private static func lessTime(_ article: String, home: String) throws -> Double {
        try median(["/usr/bin/less", article], marker: fileName(article), home: home).seconds
    }

    /// The bare Swift program built beside crossread (`startup-hello`), in the same harness; nil when
    /// it was not built.
    private static func helloTime(home: String) -> Double? {
        let hello = BenchFiles.executable.dropLast("crossread".count) + "startup-hello"
        guard access(String(hello), X_OK) == 0 else { return nil }
        return try? median([String(hello)], marker: "swift hello", home: home).seconds
    }

    private static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    private static func middle(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    private static func result(_ name: String, _ ours: (seconds: Double, peakBytes: Int), _ less: Double, limit: Int,
                               hello: Double?) -> BenchResult {
        let ratio = ours.seconds / max(less, 1e-9)
        let swift = hello.map { "static Swift hello \(KeystrokeBenchmark.format2($0 * 1000)) ms" } ?? "no startup-hello built"
        return BenchResult(name: name, value: ours.seconds * 1000, unit: "ms", target: "≤ \(limit)× less",
                           detail: "less \(KeystrokeBenchmark.format2(less * 1000)) ms, ratio \(KeystrokeBenchmark.format2(ratio))×, \(swift), median of \(runs)",
                           peakBytes: ours.peakBytes)
    }
}
