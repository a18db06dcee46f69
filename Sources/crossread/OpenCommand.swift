import ArgumentParser
import ArticleKit

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "The reader, starting at the library (the default when no subcommand is given).",
        discussion: "Without a terminal (or with --plain) it prints the library as `list` does.")

    @Flag(help: "Print plain text instead of starting the reader.") var plain = false
    @Flag(help: "Mouse wheel scrolling and click to focus (captures the mouse: text selection then needs Shift).") var mouse = false
    @OptionGroup var input: LibraryInput

    func run() throws {
        if plain || !ReaderApp.isInteractive {
            if !plain { ReaderApp.explainPlainFallback() }
            let (articles, hadProblems) = try LibraryStream(paths: input.resolvedPaths(), fromIndex: true).map { $0.withoutText() }
            print(ArticleTable.render(articles))
            if hadProblems { throw ExitCode(1) }
            return
        }
        try ReaderApp.run(.library, paths: input.paths, mouse: mouse)
    }
}
