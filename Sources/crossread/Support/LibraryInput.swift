import ArgumentParser
import ArticleFormats
import ArticleKit
import CommandLineSupport
import SystemEnvironment

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
        let shared = Self.sharedFileNames(report.sources.map(\.path))
        for index in report.sources.indices where shared.contains(report.sources[index].fileName) {
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

    /// File names that two or more of `paths` share: such files are named by their paths, so that
    /// outputs tell them apart.
    static func sharedFileNames(_ paths: [String]) -> Set<String> {
        Set(Dictionary(grouping: paths, by: ArticleSource.fileName(of:)).filter { $0.value.count > 1 }.keys)
    }

    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        if let folder = ProcessEnvironment.value("CROSSREAD_ARTICLES") { return [folder] }
        let local = "articles"
        if LibraryLoader.isFolder(local) { return [local] }
        Console.error("no articles given, no ./articles folder here and CROSSREAD_ARTICLES is not set; pass a file or folder")
        throw ExitCode(2)
    }
}
