import ArgumentParser
import ArticleKit
import ReaderCore
import CommandLineSupport
import SystemEnvironment

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run benchmarks and print one table (use a release build: bench/run).",
        discussion: "Benchmarks: \(Benchmarks.all.joined(separator: ", ")). Peak memory is the process's; run one per process for per-benchmark peaks.")

    @Argument(help: "Benchmarks to run (default: all).") var names: [String] = []
    @Flag(help: "Print rows only, no header (for bench/run).") var rowsOnly = false
    @Flag(help: "List the benchmarks' names, one per line.") var list = false

    func run() throws {
        if list {
            print(Benchmarks.all.joined(separator: "\n"))
            return
        }
        let chosen = names.isEmpty ? Benchmarks.all : names
        for name in chosen where !Benchmarks.all.contains(name) {
            Console.error("unknown benchmark \(name); known: \(Benchmarks.all.joined(separator: ", "))")
            throw ExitCode(2)
        }
        let folder = ProcessEnvironment.value("CROSSREAD_ARTICLES") ?? "articles"
        var rows: [[String]] = rowsOnly ? [] : [["BENCHMARK", "RESULT", "TARGET", "PEAK MEMORY", "DETAIL"]]
        for name in chosen {
            let results: [BenchResult]
            do {
                results = try Benchmarks.run(name, articlesFolder: folder)
            } catch {
                Console.error("\(name): \(error)")
                throw ExitCode(1)
            }
            for result in results {
                rows.append([result.name, String(format3(result.value)) + " " + result.unit, result.target,
                             "\(result.peakBytes / 1_048_576) MiB", result.detail])
            }
        }
        print(TextColumns.table(rows))
    }

    private func format3(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String((value * 100).rounded() / 100)
    }
}
