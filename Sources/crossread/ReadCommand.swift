import ArgumentParser
import ArticleFormats
import ArticleKit
import ReaderCore
import CommandLineSupport

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read one article: the reader on a terminal, else its clean text wrapped (like less in a pipe).")

    @Flag(help: "Print plain text even on a terminal.") var plain = false
    @Flag(help: "Mouse wheel scrolling and click to focus in the reader.") var mouse = false
    @Option(parsing: .unconditional, help: "Wrap at this many columns (0: the clean text unwrapped, as JSON offsets count it).") var width: Int = 80
    @Argument(help: "The article file.") var file: String

    func validate() throws {
        guard width >= 0 else { throw ValidationError("--width must be at least 1 (or 0: the clean text unwrapped)") }
    }

    func run() throws {
        if !plain, ReaderApp.isInteractive {
            try ReaderApp.run(.reading(file), paths: [file], mouse: mouse)
            return
        }
        ReaderApp.explainPlainFallback()
        let source: ArticleSource
        switch ArticleFile.read(file: file) {
        case .success(let loaded): source = loaded
        case .failure(let problem):
            Console.error(problem.description)
            throw ExitCode(1)
        }
        for warning in source.warnings { Console.warning("\(source.path): \(warning)") }
        let article = ArticleAnalyzer.analyze(source, depth: .text)
        // Width 0 prints the clean text itself, the text that JSON offsets count in.
        print(width == 0 ? article.text : PlainArticle.render(article, width: width), terminator: width == 0 ? "\n" : "")
    }
}
