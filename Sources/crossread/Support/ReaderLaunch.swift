import ArgumentParser
import ArticleKit
import LibraryIndex
import ReaderCore
import ReaderFiles
import CommandLineSupport

/// What the reader opens with: the library, one article, or two side by side. Opening a file loads
/// every article of its folder too, so `}` and `x` can cross into the rest of the library.
enum ReaderLaunch {
    static func start(from arguments: [String]) -> (start: OpenedView, paths: [String]) {
        if arguments.first == "read", arguments.count >= 2 { return (.reading(arguments[1]), Array(arguments.dropFirst(1))) }
        if arguments.first == "compare", arguments.count >= 3 { return (.compare(arguments[1], arguments[2]), Array(arguments.dropFirst(1))) }
        return (.library, arguments)
    }

    /// Lists the library and takes the first screen's rows (from the index when `indexPath` is given).
    /// Problems are reported on stderr (unless the caller reports them itself); throws when nothing
    /// could be loaded.
    /// `withFolders` false opens only the named files: the first screen of `read FILE`, painted before
    /// the folder (which may hold ten thousand files) is listed.
    static func opening(start: OpenedView, paths: [String], indexPath: (([String]) -> String?)?, reportsProblems: Bool = true,
                        withFolders: Bool = true) throws -> LibraryOpening {
        let loadPaths = try libraryPaths(start: start, paths: paths, withFolders: withFolders)
        let opening = LibraryOpening.open(paths: loadPaths, indexPath: indexPath?(loadPaths))
        if reportsProblems || opening.articles.isEmpty {
            for problem in opening.problems where !isFolderNoise(problem, start) { Console.error(problem.description) }
        }
        guard !opening.articles.isEmpty else { throw ExitCode(1) }
        return opening
    }

    /// The first state on `corpus`: the library, or the named article or pair opened (`q` then quits,
    /// as in `less`). Throws when a named article is not in the corpus or cannot be read.
    /// The opened articles' texts are read now with `load` (the full analysis unless the caller says
    /// otherwise); the other effects the opening asks for (their findings) are returned, for the shell
    /// to run once the first screen is painted.
    static func state(start: OpenedView, corpus: Corpus, width: Int, height: Int,
                      load: (Article) -> Article? = ArticleText.load) throws -> (state: ReaderState, later: [Effect]) {
        var state = ReaderState(corpus: corpus, width: width, height: height)
        func index(of file: String) throws -> Int {
            let wanted = LibraryLoader.canonicalPath(file)
            guard let found = corpus.articles.firstIndex(where: { LibraryLoader.canonicalPath($0.path) == wanted }) else {
                throw ExitCode(1)
            }
            return found
        }
        switch start {
        case .library: return (state, [])
        case .reading(let file): state.openArticle(try index(of: file))
        case .compare(let a, let b): state.openCompare(try index(of: a), try index(of: b))
        }
        let later = readTexts(&state, load: load)
        state.modeStack.removeAll()
        if state.mode == .library {
            Console.error(state.message ?? "cannot open the article")
            throw ExitCode(1)
        }
        return (state, later)
    }

    /// Reads the texts the state asks for now, with `load`, and returns its other effects, for later.
    static func readTexts(_ state: inout ReaderState, load: (Article) -> Article?) -> [Effect] {
        var later: [Effect] = []
        let effects = state.takeEffects()
        state.run(effects) { effect in
            if case .readTexts(let requests) = effect { return ArticleText.answer(requests, load: load) }
            // Only the texts the first screen shows are read before it; the rest are the shell's.
            later.append(effect)
            return nil
        }
        return later
    }

    /// The whole analysis before the first screen, without the index: what `snapshot` needs to be
    /// deterministic.
    static func analysedState(start: OpenedView, paths: [String], width: Int, height: Int) throws -> ReaderState {
        let opening = try opening(start: start, paths: paths, indexPath: nil)
        let articles = opening.complete().articles
        var (state, later) = try state(start: start, corpus: Corpus(articles: articles), width: width, height: height)
        state.run(later, performing: ImmediateEffects.perform)
        return state
    }

    /// What the library of a start is: the given paths, or the named files with their folders.
    static func libraryPaths(start: OpenedView, paths: [String], withFolders: Bool = true) throws -> [String] {
        switch start {
        case .library:
            return try LibraryInput(paths: paths).resolvedPaths()
        case .reading(let file):
            return withFolders ? deduplicated([folder(of: file), file]) : [file]
        case .compare(let a, let b):
            return deduplicated(withFolders ? [folder(of: a), a, folder(of: b), b] : [a, b])
        }
    }

    private static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }

    private static func deduplicated(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// A named file's folder may hold no other articles (or not be readable); only the file matters.
    static func isFolderNoise(_ problem: LoadProblem, _ start: OpenedView) -> Bool {
        switch start {
        case .library: return false
        case .reading(let file): return problem.path != file
        case .compare(let a, let b): return problem.path != a && problem.path != b
        }
    }
}
