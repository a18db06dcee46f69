import ArgumentParser
import ArticleKit
import ReaderCore

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print one article's clean text (the reader's view of it), wrapped.")

    @Flag(help: "Print plain text even on a terminal.") var plain = false
    @Option(help: "Wrap at this many columns.") var width: Int = 80
    @Argument(help: "The article file.") var file: String

    func validate() throws {
        guard width >= 1 else { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        let source: ArticleSource
        switch LibraryLoader.read(file: file) {
        case .success(let loaded): source = loaded
        case .failure(let problem):
            Console.error(problem.description)
            throw ExitCode(1)
        }
        for warning in source.warnings { Console.warning("\(source.path): \(warning)") }
        let article = ArticleAnalyzer.analyze(source)
        print(PlainArticle.render(article, width: width), terminator: "")
    }
}
