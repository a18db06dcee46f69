import ArgumentParser
import ArticleKit
import ReaderCore

@main
struct Crossread: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crossread",
        abstract: "A terminal reader for opinion and news articles: quotations, speakers, actors, cross-references.",
        discussion: """
            With no subcommand, opens the reader on the library (the bundled articles/ folder, \
            $CROSSREAD_ARTICLES, or the paths given); without a terminal it prints the library instead.
            """,
        version: "crossread 0.3.0",
        subcommands: [OpenCommand.self, ListCommand.self, ReadCommand.self, QuotesCommand.self, ActorsCommand.self, XrefCommand.self, ThreadsCommand.self, CompareCommand.self, SnapshotCommand.self, IndexCommand.self, KeysCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// Options may come before the subcommand as well as after it (`crossread --mouse read FILE`).
    static func main() {
        SharedData.startLoading()
        let arguments = subcommandFirst(Array(CommandLine.arguments.dropFirst()))
        if let (start, paths) = readerWithoutOptions(arguments), ReaderApp.isInteractive {
            // The two commands people type most start the reader without ArgumentParser's reflection
            // over every command (about 3 ms of a 20 ms first screen); they take no options to parse.
            do {
                try ReaderApp.run(start, paths: paths, mouse: false)
            } catch {
                exit(withError: error)
            }
            return
        }
        main(arguments)
    }

    /// `crossread` alone (the library) and `crossread read FILE`, when nothing else is given.
    static func readerWithoutOptions(_ arguments: [String]) -> (OpenedView, [String])? {
        if arguments.isEmpty { return (.library, []) }
        if arguments.count == 2, arguments[0] == "read", !arguments[1].hasPrefix("-") { return (.reading(arguments[1]), [arguments[1]]) }
        return nil
    }

    /// Leading flags moved after the subcommand they precede; anything else left as it is.
    static func subcommandFirst(_ arguments: [String]) -> [String] {
        let names = Set(configuration.subcommands.map { $0._commandName })
        guard let index = arguments.firstIndex(where: { !$0.hasPrefix("-") }), index > 0, names.contains(arguments[index]) else {
            return arguments
        }
        return [arguments[index]] + arguments[..<index] + arguments[(index + 1)...]
    }
}
