#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ArticleKit
import CursesTerminal
import LibraryIndex
import ReaderCore
import ReaderFiles
import CommandLineSupport
import SystemEnvironment

/// Runs the interactive reader: loads the library, starts the terminal, feeds events to the core,
/// paints what it renders, and restores the terminal and saves positions however it ends.
enum ReaderApp {
    /// Interactive when both ends are a terminal and TERM names a usable one.
    static var isInteractive: Bool {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { return false }
        let term = ProcessEnvironment.value("TERM") ?? ""
        return !term.isEmpty && term != "dumb"
    }

    static func explainPlainFallback() {
        if isatty(STDOUT_FILENO) == 1 {
            let term = ProcessEnvironment.value("TERM") ?? ""
            if term.isEmpty || term == "dumb" { Console.warning("TERM is not set or is \"dumb\"; printing plain text") }
            else if isatty(STDIN_FILENO) != 1 { Console.warning("standard input is not a terminal; printing plain text") }
        }
    }

    static func run(_ start: OpenedView, paths: [String], mouse: Bool) throws {
        let terminal = CursesTerminal(mouse: mouse)
        let statePath = SavedStateFile.defaultPath
        var saved = SavedState()
        if let path = statePath {
            let loaded = SavedStateFile.load(from: path)
            saved = loaded.state
            if let warning = loaded.warning { Console.warning(warning) }
        }
        // A named article is painted before its folder is listed; the folder follows in the background.
        var articleFirst = false
        if case .reading = start { articleFirst = true }
        let opening = try ReaderLaunch.opening(start: start, paths: paths, indexPath: articleFirst ? nil : { LibraryIndex.defaultPath(forLibrary: $0) },
                                                 reportsProblems: false, withFolders: !articleFirst)
        var warnings = opening.warnings
        // The first screen shows an unseen article's text (from what the opening read, not the file
        // again); its full analysis runs after the paint.
        let firstText = { (summary: Article) -> Article? in
            guard let index = opening.articles.firstIndex(where: { $0.path == summary.path }),
                  let source = opening.sourceRead(of: index) else { return ArticleText.loadWithoutFindings(summary) }
            return ArticleAnalyzer.analyze(source, depth: .text)
        }
        let guessedSize = CursesTerminal.windowSize ?? (width: 80, height: 24)
        var (state, effects) = try ReaderLaunch.state(start: start, corpus: Corpus(articles: opening.articles), width: guessedSize.width,
                                                      height: guessedSize.height, load: firstText)
        state.positions = saved.positions
        if case .library = start {
            state.resume(saved)
            effects += ReaderLaunch.readTexts(&state, load: firstText)
        }
        if articleFirst {
            state.listLibraryLater()
            effects += state.takeEffects()
        }
        // Files that did not load are said on the first screen (the terminal hides stderr) and again
        // on stderr after it, and the exit status says so.
        let problems = opening.problems.filter { !ReaderLaunch.isFolderNoise($0, start) }.map(\.description)
        state.message = problems.first.map { problems.count > 1 ? "\($0) (and \(problems.count - 1) more)" : $0 } ?? warnings.first
        if opening.pending > 0, !articleFirst { state.update(.progress(done: 0, total: opening.pending)) }
        defer { for warning in warnings { Console.warning(warning) } }
        do {
            try terminal.start()
        } catch {
            Console.warning("\(error); printing plain text")
            let completed = opening.complete()
            warnings += completed.warnings
            state.update(.analysisFinished(Corpus(articles: completed.articles), warning: nil))
            printPlain(state)
            return
        }
        defer { terminal.stop() }
        let size = terminal.size
        effects += state.update(.resize(width: size.width, height: size.height))
        terminal.paint(state.render())
        // The effects asked for before the paint run only now, so the first screen does not share the
        // cores with them.
        var shell = ReaderShell(libraryPaths: articleFirst ? try ReaderLaunch.libraryPaths(start: start, paths: paths) : [],
                                analysis: !articleFirst && opening.pending > 0 ? BackgroundAnalysis(opening) : nil)
        shell.perform(effects, on: &state)
        warnings += ReaderLoop.run(&state, on: terminal, runner: &shell)
        terminal.stop()
        if let path = statePath, let remembered = shell.toSave {
            if let warning = SavedStateFile.save(remembered, to: path) { Console.warning(warning) }
        }
        for problem in problems { Console.error(problem) }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// What the view would have shown, as text: the library table, the article, or the comparison.
    private static func printPlain(_ state: ReaderState) {
        switch state.mode {
        case .library: print(ArticleTable.render(state.corpus.articles))
        case .reading: if let reading = state.reading { print(PlainArticle.render(state.corpus.articles[reading.article], width: 80), terminator: "") }
        case .compare: if let compare = state.compare { print(CompareSummary.render(compare.comparison, state.corpus)) }
        }
    }
}
