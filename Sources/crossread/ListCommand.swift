import ArgumentParser
import ArticleKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One line per article: title, author, date, words, quotes, actors.")

    @Flag(help: "JSON Lines output, one object per article.") var json = false
    @OptionGroup var input: LibraryInput

    func run() throws {
        let (articles, hadProblems) = try LibraryStream(paths: input.resolvedPaths(), fromIndex: true).map { $0.withoutText() }
        if json {
            for article in articles { print(ArticleRecords.listLine(article).text) }
        } else {
            print(ArticleTable.render(articles))
        }
        if hadProblems { throw ExitCode(1) }
    }
}

enum ArticleRecords {
    static func listLine(_ article: Article) -> JSONLine {
        var line = JSONLine(type: "article")
        line.add("article", article.fileName)
        line.add("title", article.metadata.title)
        line.add("author", article.metadata.author)
        line.add("date", article.metadata.date)
        line.add("words", article.wordCount)
        line.add("quotes", article.quotes.count)
        line.add("actors", article.actors.count)
        return line
    }
}
