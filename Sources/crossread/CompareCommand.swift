import ArgumentParser
import ArticleKit
import ReaderCore
import CommandLineSupport

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Two articles side by side: aligned paragraphs, quotation variants, and whether one is a reworded copy.",
        discussion: "With --all, the copy verdict for every pair of articles in the library, most similar first.")

    @Flag(help: "JSON Lines output.") var json = false
    @Flag(help: "Compare every pair of the library's articles.") var all = false
    @Flag(help: "Print the summary even on a terminal.") var plain = false
    @Flag(help: "Mouse wheel scrolling in the reader.") var mouse = false
    @OptionGroup var input: LibraryInput

    func validate() throws {
        if !all && input.paths.count != 2 { throw ValidationError("compare takes two articles (or --all [PATH…])") }
    }

    func run() throws {
        if !all, !json, !plain, ReaderApp.isInteractive {
            try ReaderApp.run(.compare(input.paths[0], input.paths[1]), paths: input.paths, mouse: mouse)
            return
        }
        let (corpus, hadProblems) = try input.loadCorpus(libraryOrder: all)
        if all {
            printAll(corpus.compareAll(), corpus)
        } else {
            guard corpus.articles.count == 2 else {
                let same = input.paths.count == 2 && LibraryLoader.canonicalPath(input.paths[0]) == LibraryLoader.canonicalPath(input.paths[1])
                Console.error(same ? "compare needs two different articles; both paths name \(input.paths[0])" : "compare needs two readable articles")
                throw ExitCode(1)
            }
            let comparison = corpus.compare(0, 1)
            if json { printJSON(comparison, corpus) } else { print(CompareSummary.render(comparison, corpus)) }
        }
        if hadProblems { throw ExitCode(1) }
    }

    private func printJSON(_ comparison: Comparison, _ corpus: Corpus) {
        let a = corpus.articles[comparison.a], b = corpus.articles[comparison.b]
        for pair in comparison.pairs {
            var line = JSONLine(type: "alignment")
            line.add("a", pair.a)
            line.add("b", pair.b)
            line.add("score", pair.score)
            print(line.text)
        }
        for variant in comparison.variants {
            var line = JSONLine(type: "variant")
            line.add("speaker", variant.speaker)
            line.add("a", a.text(of: a.quotes[variant.a].content))
            line.add("b", b.text(of: b.quotes[variant.b].content))
            line.add("similarity", variant.similarity)
            print(line.text)
        }
        for actor in comparison.sharedActors {
            var line = JSONLine(type: "shared")
            line.add("actor", corpus.actors[actor].name)
            print(line.text)
        }
        var verdict = JSONLine(type: "verdict")
        verdict.add("derived", comparison.verdict.derived)
        verdict.add("score", comparison.verdict.score)
        print(verdict.text)
    }

    private func printAll(_ comparisons: [Comparison], _ corpus: Corpus) {
        if json {
            for comparison in comparisons {
                var line = JSONLine(type: "verdict")
                line.add("a", corpus.articles[comparison.a].fileName)
                line.add("b", corpus.articles[comparison.b].fileName)
                line.add("derived", comparison.verdict.derived)
                line.add("score", comparison.verdict.score)
                print(line.text)
            }
            return
        }
        var rows = [["SCORE", "DERIVED", "A", "B"]]
        for comparison in comparisons {
            rows.append([CompareSummary.number(comparison.verdict.score), comparison.verdict.derived ? "yes" : "no",
                         corpus.articles[comparison.a].fileName, corpus.articles[comparison.b].fileName])
        }
        print(TextColumns.table(rows, rightAligned: [0]))
    }
}
