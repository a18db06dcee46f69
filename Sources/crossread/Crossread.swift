import ArgumentParser

@main
struct Crossread: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crossread",
        abstract: "A terminal reader for opinion and news articles: quotations, speakers, actors, cross-references.",
        discussion: """
            With no subcommand, lists the library (the bundled articles/ folder, $CROSSREAD_ARTICLES, \
            or the paths given).
            """,
        subcommands: [ListCommand.self, ReadCommand.self, QuotesCommand.self, ActorsCommand.self, XrefCommand.self, ThreadsCommand.self, CompareCommand.self, BenchCommand.self],
        defaultSubcommand: ListCommand.self
    )
}
