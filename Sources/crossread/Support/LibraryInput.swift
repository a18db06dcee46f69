import ArgumentParser
import ArticleFormats
import ArticleKit
import CommandLineSupport

/// The article paths every subcommand takes, with the default library when none are given.
struct LibraryInput: ParsableArguments {
    @Argument(help: "Article files or folders (default: $CROSSREAD_ARTICLES, else ./articles).")
    var paths: [String] = []

    init() {}

    init(paths: [String]) { self.paths = paths }

    /// Loads every article, reporting problems on stderr. Throws (exit 1) when nothing could be loaded;
    /// `hadProblems` tells the caller to exit non-zero after printing what did load. In library order
    /// (by path) the output is the same however the files were named; `compare A B` keeps its order.
    func load(libraryOrder: Bool = true) throws -> (sources: [ArticleSource], hadProblems: Bool) {
        var report = ArticleFile.load(paths: try resolvedPaths())
        if libraryOrder { report.sources.sort { $0.path < $1.path } }
        // Two files of one name in two folders: each is named by its path, so outputs tell them apart.
        let counts = Dictionary(grouping: report.sources, by: \.fileName).mapValues(\.count)
        for index in report.sources.indices where counts[report.sources[index].fileName, default: 0] > 1 {
            report.sources[index].fileName = report.sources[index].path
        }
        for problem in report.problems { Console.error(problem.description) }
        for source in report.sources {
            for warning in source.warnings { Console.warning("\(source.path): \(warning)") }
        }
        if report.sources.isEmpty { throw ExitCode(1) }
        return (report.sources, !report.problems.isEmpty)
    }

    /// Loads and analyses every article into one corpus.
    func loadCorpus(libraryOrder: Bool = true) throws -> (corpus: Corpus, hadProblems: Bool) {
        let (sources, hadProblems) = try load(libraryOrder: libraryOrder)
        return (Corpus(articles: sources.map(ArticleAnalyzer.analyze)), hadProblems)
    }

    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        if let folder = Console.environment("CROSSREAD_ARTICLES"), !folder.isEmpty { return [folder] }
        let local = "articles"
        if LibraryLoader.isFolder(local) { return [local] }
        Console.error("no articles given, no ./articles folder here and CROSSREAD_ARTICLES is not set; pass a file or folder")
        throw ExitCode(2)
    }
}
