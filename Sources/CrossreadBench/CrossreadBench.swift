import ArgumentParser

/// crossread-bench: the benchmarks and the library generator, kept out of the product binary.
/// `bench/run` builds it beside crossread and prints every benchmark in one table.
@main
struct CrossreadBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crossread-bench",
        abstract: "crossread's benchmarks (bench/run prints them all) and its library generator.",
        subcommands: [BenchCommand.self, GenerateCommand.self],
        defaultSubcommand: BenchCommand.self
    )
}
