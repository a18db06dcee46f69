import ArgumentParser
import ArticleKit
import ReaderCore

struct ThreadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threads",
        abstract: "Actors and phrases that two or more articles discuss, most specific first.")

    @Flag(help: "JSON Lines output, one object per thread.") var json = false
    @Option(help: "Show at most this many threads of each kind (0: all; default 25, all with --json).") var limit: Int?
    @OptionGroup var input: LibraryInput

    func run() throws {
        let (corpus, hadProblems) = try input.loadCorpus()
        let actorThreads = corpus.actorThreads()
        let phraseThreads = corpus.phraseThreads()
        let asked = limit ?? (json ? 0 : 25)
        let cap = asked > 0 ? asked : Int.max
        if json {
            for thread in actorThreads.prefix(cap) + phraseThreads.prefix(cap) {
                var line = JSONLine(type: "thread")
                line.add("name", thread.name)
                line.add("kind", thread.kind.rawValue)
                line.add("articles", thread.articles.map { corpus.articles[$0].fileName })
                line.add("mentions", thread.passages.count)
                print(line.text)
            }
        } else {
            for (title, threads) in [("Actors", actorThreads), ("Phrases", phraseThreads)] {
                print("== \(title) shared by two or more articles (\(threads.count))")
                let rows = threads.prefix(cap).map { thread in
                    [thread.name, "\(thread.articles.count) articles", "\(thread.passages.count)×",
                     thread.articles.map { TextColumns.shorten(corpus.articles[$0].fileName, to: 24) }.joined(separator: ", ")]
                }
                print(TextColumns.table(rows.map { $0 }, rightAligned: [2]))
                if threads.count > cap { print("… \(threads.count - cap) more (--limit 0 shows all)") }
                print("")
            }
        }
        if hadProblems { throw ExitCode(1) }
    }
}
