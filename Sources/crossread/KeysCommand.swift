import ArgumentParser
import ReaderCore

/// The reader's keys as a Markdown table, from the same table the help overlay shows (the README's
/// key table is this command's output).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Print the reader's keys as a Markdown table.")

    func run() {
        print(KeyBindings.markdownTable())
    }
}
