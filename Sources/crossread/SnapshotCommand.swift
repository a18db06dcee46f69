import ArgumentParser
import ArticleKit
import ReaderCore
import ReaderFiles
import CommandLineSupport

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Run the reader without a terminal and print its final screen as text.",
        discussion: """
            Arguments are those of the reader: article folders or files (the library), `read FILE`, or \
            `compare A B`. Keys are names separated by spaces (j, k, Enter, Esc, Tab, Space, PgDn, C-c, \
            resize=60x20, …). With --color a second block gives each cell's role as one letter.
            """)

    @Option(help: "Screen size, WIDTHxHEIGHT.") var size: String = "100x30"
    @Option(help: "Keys to press, separated by spaces.") var keys: String = ""
    @Flag(help: "Also print each cell's role.") var color = false
    @Argument(help: "Reader arguments: folders or files, `read FILE`, or `compare A B`.") var arguments: [String] = []

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] >= 1, parts[1] >= 1, parts[0] <= 1000, parts[1] <= 1000 else {
            Console.error("--size takes WIDTHxHEIGHT, for example 100x30")
            throw ExitCode(2)
        }
        guard let events = Event.parse(keys) else {
            Console.error("--keys: unknown key name in “\(keys)”")
            throw ExitCode(2)
        }
        let launch = ReaderLaunch.start(from: arguments)
        var state = try ReaderLaunch.analysedState(start: launch.start, paths: launch.paths, width: parts[0], height: parts[1])
        for event in events where !state.shouldQuit { state.send(event, performing: ImmediateEffects.perform) }
        let screen = state.render()
        print(screen.text)
        if color {
            print("")
            print(screen.roleText)
        }
    }
}
