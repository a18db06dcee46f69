import ArgumentParser

@main
struct Crossread: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crossread",
        abstract: "A terminal reader for opinion and news articles: quotations, speakers, actors, cross-references.",
        discussion: """
            With no subcommand, opens the reader on the library (the bundled articles/ folder, \
            $CROSSREAD_ARTICLES, or the paths given); without a terminal it prints the library instead.
            """,
        subcommands: [OpenCommand.self, ListCommand.self, ReadCommand.self, QuotesCommand.self, ActorsCommand.self, XrefCommand.self, ThreadsCommand.self, CompareCommand.self, BenchCommand.self, SnapshotCommand.self, GenerateCommand.self, IndexCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
