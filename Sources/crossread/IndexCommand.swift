#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Dispatch
import LibraryIndex
import CommandLineSupport

/// Builds or brings up to date the library's index without starting the reader, so that the first
/// start on a large library is as quick as every later one.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Analyse the library into its index (the reader's cache) and say what it holds.",
        discussion: "The index lives under $XDG_CACHE_HOME/crossread (else ~/.cache/crossread), one per library.")

    @Flag(help: "Print \"committed N\" each time a batch of analyses reaches the index.") var progress = false
    @Flag(help: "Only say how many articles the index holds; analyse nothing.") var status = false
    @OptionGroup var input: LibraryInput

    func run() throws {
        let paths = try input.resolvedPaths()
        guard let indexPath = LibraryIndex.defaultPath(forLibrary: paths) else {
            Console.error("no cache folder: set XDG_CACHE_HOME or HOME")
            throw ExitCode(1)
        }
        let opening = LibraryOpening.open(paths: paths, indexPath: indexPath)
        for problem in opening.problems { Console.error(problem.description) }
        for warning in opening.warnings { Console.warning(warning) }
        if status {
            print("\(opening.articles.count) articles: \(opening.rowsFromIndex) from the index → \(indexPath)")
            if !opening.problems.isEmpty || !opening.warnings.isEmpty { throw ExitCode(1) }
            return
        }
        let tracker = AnalysisProgress(total: opening.pending)
        let reporter = progress ? CommitReporter(tracker) : nil
        let completed = opening.complete(progress: tracker)
        reporter?.stop()
        for warning in completed.warnings { Console.warning(warning) }
        print("\(opening.articles.count) articles: \(opening.rowsFromIndex) from the index, \(tracker.committed) analysed and stored → \(indexPath)")
        if !opening.problems.isEmpty || !completed.warnings.isEmpty { throw ExitCode(1) }
    }
}

/// Prints the committed count as it grows, from a thread of its own.
private final class CommitReporter: Sendable {
    private let tracker: AnalysisProgress
    private let stopped = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    init(_ tracker: AnalysisProgress) {
        self.tracker = tracker
        DispatchQueue.global().async { [self] in
            var said = 0
            while stopped.wait(timeout: .now() + .milliseconds(20)) == .timedOut { said = report(after: said) }
            _ = report(after: said)
            finished.signal()
        }
    }

    private func report(after said: Int) -> Int {
        let now = tracker.committed
        if now != said {
            print("committed \(now)")
            fflush(nil)
        }
        return now
    }

    func stop() {
        stopped.signal()
        finished.wait()
    }
}
