import ArgumentParser
import ArticleKit
import ReaderCore
import CommandLineSupport

struct XrefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Every passage across the library that names an actor or uses a phrase, with its sentence.")

    @Flag(help: "JSON Lines output, one object per passage.") var json = false
    @Argument(help: "An actor (any of its names) or a phrase.") var name: String
    @OptionGroup var input: LibraryInput

    func run() throws {
        let (corpus, hadProblems) = try input.loadCorpus()
        guard let found = corpus.crossReferences(for: name) else {
            Console.error("nothing in the library names or says “\(name)”")
            throw ExitCode(1)
        }
        if json {
            for reference in found.references {
                let article = corpus.articles[reference.article]
                var line = JSONLine(type: "mention")
                line.add("article", article.fileName)
                line.add("actor", found.name)
                line.add("paragraph", reference.paragraph + 1)
                line.add("start", reference.span.start)
                line.add("end", reference.span.end)
                line.add("context", article.text(of: reference.sentence))
                print(line.text)
            }
        } else {
            let articleCount = Set(found.references.map(\.article)).count
            print("\(found.name) (\(found.kind.rawValue)) — \(found.references.count) passages in \(articleCount) articles")
            var current: Int?
            for reference in found.references {
                let article = corpus.articles[reference.article]
                if current != reference.article {
                    print("\n== \(article.metadata.title)  (\(article.fileName))")
                    current = reference.article
                }
                print("  ¶\(reference.paragraph + 1)  " + Self.excerpt(article, reference))
            }
        }
        if hadProblems { throw ExitCode(1) }
    }

    /// The sentence with the match marked «…», cut around it to fit a line.
    static func excerpt(_ article: Article, _ reference: CrossReference) -> String {
        let before = article.text(of: TextSpan(reference.sentence.start, reference.span.start))
        let match = article.text(of: reference.span)
        let after = article.text(of: TextSpan(reference.span.end, reference.sentence.end))
        let head = before.unicodeScalars.count > 50 ? "…" + String(String.UnicodeScalarView(before.unicodeScalars.suffix(49))) : before
        return TextColumns.shorten(head + "«" + match + "»" + after, to: 110)
    }
}
