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

/// Runs the interactive reader: loads the library, starts the terminal, feeds events to the core,
/// paints what it renders, and restores the terminal and saves positions however it ends.
enum ReaderApp {
    /// Interactive when both ends are a terminal and TERM names a usable one.
    static var isInteractive: Bool {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { return false }
        let term = Console.environment("TERM") ?? ""
        return !term.isEmpty && term != "dumb"
    }

    static func explainPlainFallback() {
        if isatty(STDOUT_FILENO) == 1 {
            let term = Console.environment("TERM") ?? ""
            if term.isEmpty || term == "dumb" { Console.warning("TERM is not set or is \"dumb\"; printing plain text") }
            else if isatty(STDIN_FILENO) != 1 { Console.warning("standard input is not a terminal; printing plain text") }
        }
    }

    static func run(_ start: ReaderLaunch.Start, paths: [String], mouse: Bool) throws {
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
        if case .article = start { articleFirst = true }
        let opening = try ReaderLaunch.opening(start: start, paths: paths, indexPath: articleFirst ? nil : { LibraryIndex.defaultPath(forLibrary: $0) },
                                                 reportsProblems: false, withFolders: !articleFirst)
        var warnings = opening.warnings
        // The first screen shows an unseen article's text; its full analysis runs after the paint.
        var state = try ReaderLaunch.state(start: start, corpus: Corpus(articles: opening.articles), width: 80, height: 24,
                                           loadText: ArticleText.loadWithoutFindings)
        state.positions = saved.positions
        if case .library = start {
            state.restoreLibrary(sort: saved.sort, selected: saved.selected)
            reopen(saved.view, in: &state)
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
            state.replaceCorpus(Corpus(articles: completed.articles))
            printPlain(state)
            return
        }
        defer { terminal.stop() }
        let size = terminal.size
        state.update(.resize(width: size.width, height: size.height))
        terminal.paint(state.render())
        // Started only now, so the first screen does not share the cores with them.
        state.loadText = ArticleText.load
        // The shown articles' findings, from the texts already read; for `read FILE`, its folder.
        let unanalysed = state.shownArticles.filter { $0.hasText && !$0.hasFindings }
        var findings = unanalysed.isEmpty ? nil : BackgroundTask { unanalysed.map(ArticleAnalyzer.withFindings) }
        var library: BackgroundTask<LibraryOpening>?
        if articleFirst {
            let libraryPaths = try ReaderLaunch.libraryPaths(start: start, paths: paths)
            library = BackgroundTask { LibraryOpening.open(paths: libraryPaths, indexPath: LibraryIndex.defaultPath(forLibrary: libraryPaths)) }
        }
        var analysis: BackgroundAnalysis? = !articleFirst && opening.pending > 0 ? BackgroundAnalysis(opening) : nil
        // Painted only when something changed: an idle reader wakes to check for signals and
        // background results, and otherwise does nothing.
        while !state.shouldQuit && !terminal.interrupted {
            let event = terminal.nextEvent(timeout: analysis == nil && findings == nil && library == nil ? 200 : 50)
            var changed = event != nil
            if let running = library, let folder = event.map(state.readsTheLibrary) == true ? running.wait() : running.take() {
                library = nil
                state.replaceLibrary(Corpus(articles: folder.articles))
                warnings += folder.warnings
                if folder.pending > 0 {
                    analysis = BackgroundAnalysis(folder)
                    state.update(.progress(done: 0, total: folder.pending))
                }
                changed = true
            }
            if let running = findings, let analysed = event.map(state.waitsForFindings) == true ? running.wait() : running.take() {
                findings = nil
                for article in analysed { state.adoptFindings(article) }
                changed = true
            }
            if let running = analysis {
                if let finished = running.take() {
                    analysis = nil
                    state.replaceCorpus(finished.corpus)
                    state.update(.analysisFinished)
                    warnings += finished.warnings
                    if let warning = finished.warnings.first { state.message = warning }
                    changed = true
                } else if state.progress?.done != running.progress.done {
                    state.update(.progress(done: running.progress.done, total: running.progress.total))
                    changed = true
                }
            }
            if let event { state.update(event) }
            if changed { terminal.paint(state.render()) }
        }
        terminal.stop()
        state.update(.key(.control("c")))
        if let path = statePath {
            if let warning = SavedStateFile.save(remembered(state), to: path) { Console.warning(warning) }
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

    private static func reopen(_ view: SavedState.View?, in state: inout ReaderState) {
        func index(_ path: String) -> Int? { state.corpus.articles.firstIndex { $0.path == path } }
        switch view {
        case .reading(let path)?:
            if let article = index(path) { state.openArticle(article) }
        case .compare(let a, let b)?:
            if let first = index(a), let second = index(b) { state.openCompare(first, second) }
        case nil:
            break
        }
    }

    private static func remembered(_ state: ReaderState) -> SavedState {
        var saved = SavedState(positions: state.positions)
        switch state.mode {
        case .reading: saved.view = state.reading.map { .reading(state.corpus.articles[$0.article].path) }
        case .compare: saved.view = state.compare.map { .compare(state.corpus.articles[$0.comparison.a].path, state.corpus.articles[$0.comparison.b].path) }
        case .library: saved.view = nil
        }
        saved.sort = state.library.sort
        let rows = state.library.rows(state.corpus)
        if rows.indices.contains(state.library.selected) { saved.selected = state.corpus.articles[rows[state.library.selected]].path }
        return saved
    }
}
