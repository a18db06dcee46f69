#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ArticleFormats
import ArticleKit
import CommandLineSupport
import LibraryIndex

/// The library read and analysed a chunk of files at a time on every core, in library order (by
/// path), so that a command holds what it keeps of each article rather than every article's text,
/// tokens and sentences: `list`, `actors` and `quotes` on ten thousand articles stay within a few
/// bytes per byte of text. Problems and warnings go to stderr as files are met.
struct LibraryStream {
    /// Files analysed together: enough to keep both cores busy, few enough to hold.
    static let chunk = 64

    var paths: [String]
    /// Whether articles that the library's index (written by the reader or `crossread index`) holds
    /// unchanged are taken from it, findings without text, instead of being read and analysed.
    var fromIndex = false

    /// Hands each analysed article to `keep` and returns what it kept, in library order, and whether
    /// a file could not be read. Throws (exit 1) when no article could be loaded.
    func map<T: Sendable>(_ keep: @escaping @Sendable (Article) -> T) throws -> (kept: [T], hadProblems: Bool) {
        let listing = LibraryLoader.files(paths: paths)
        for problem in listing.problems { Console.error(problem.description) }
        let files = listing.files.sorted { $0.path < $1.path }
        let shared = LibraryInput.sharedFileNames(files.map(\.path))
        let indexed = fromIndex ? IndexedArticles(library: paths, files: files) : nil
        var kept: [T] = []
        var hadProblems = !listing.problems.isEmpty
        for start in stride(from: 0, to: files.count, by: Self.chunk) {
            let batch = Array(files[start..<min(start + Self.chunk, files.count)])
            let results = ParallelMap.map(batch.count) { index -> Result<(T, [String]), LoadProblem> in
                let path = batch[index].path
                if var article = indexed?.article(path) {
                    if shared.contains(article.fileName) { article.fileName = path }
                    return .success((keep(article), article.warnings.map { "\(path): \($0)" }))
                }
                return ArticleFile.read(file: path).map { loaded in
                    var source = loaded
                    if shared.contains(source.fileName) { source.fileName = source.path }
                    return (keep(ArticleAnalyzer.analyze(source)), source.warnings.map { "\(source.path): \($0)" })
                }
            }
            for result in results {
                switch result {
                case .failure(let problem):
                    Console.error(problem.description)
                    hadProblems = true
                case .success(let (value, warnings)):
                    for warning in warnings { Console.warning(warning) }
                    kept.append(value)
                }
            }
        }
        if kept.isEmpty { throw ExitCode(1) }
        return (kept, hadProblems)
    }

    /// The corpus of the library's findings, without texts (what `actors` and the speakers need), and
    /// what `keep` took from each full article.
    func corpus<T: Sendable>(keeping keep: @escaping @Sendable (Article) -> T) throws -> (corpus: Corpus, kept: [T], hadProblems: Bool) {
        let (pairs, hadProblems) = try map { article in (article.withoutText(), keep(article)) }
        return (Corpus(articles: pairs.map(\.0)), pairs.map(\.1), hadProblems)
    }
}

/// The findings a library's index holds for files unchanged since it stored them. Only an index
/// that exists is opened: listing a library does not create one.
struct IndexedArticles: Sendable {
    private let index: LibraryIndex
    private let hashes: [String: UInt64]
    private let entries: [UInt64: LibraryIndex.Entry]

    /// `library` as the reader names it (`LibraryIndex.defaultPath`).
    init?(library: [String], files: [LibraryLoader.File]) {
        guard let path = LibraryIndex.defaultPath(forLibrary: library), access(path, R_OK) == 0,
              let index = LibraryIndex.open(at: path).index,
              let hashes = try? index.hashes(of: files), let entries = try? index.entries() else { return nil }
        self.index = index
        self.hashes = hashes
        self.entries = entries
    }

    /// The stored article of `path` (no text), or nil to read and analyse the file.
    func article(_ path: String) -> Article? {
        guard let hash = hashes[path], let entry = entries[hash] else { return nil }
        return try? index.summary(hash: hash, path: path, entry: entry)
    }
}
