import ArgumentParser
import ArticleKit

extension ActorKind: ExpressibleByArgument {}

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "The named persons, organizations and places of each article, aliases merged.")

    @Flag(help: "JSON Lines output, one object per actor per article.") var json = false
    @Option(help: "Only this kind: person, organization or place.") var kind: ActorKind?
    @OptionGroup var input: LibraryInput

    func run() throws {
        let (corpus, _, hadProblems) = try LibraryStream(paths: input.resolvedPaths(), fromIndex: true).corpus { _ in () }
        for (articleIndex, article) in corpus.articles.enumerated() {
            let actors = article.actors.indices.filter { kind == nil || article.actors[$0].kind == kind }
            if !json, !actors.isEmpty { print("== \(article.metadata.title)  (\(article.fileName))") }
            for actorIndex in actors {
                let actor = article.actors[actorIndex]
                let name = corpus.canonicalName(article: articleIndex, actor: actorIndex)
                if json {
                    var line = JSONLine(type: "actor")
                    line.add("article", article.fileName)
                    line.add("name", name)
                    line.add("kind", actor.kind.rawValue)
                    line.add("aliases", actor.aliases)
                    line.add("roles", actor.roles)
                    line.add("mentions", actor.mentions.count)
                    print(line.text)
                } else {
                    let aliases = actor.aliases.filter { $0 != name }
                    let roles = actor.roles.isEmpty ? "" : "  [" + actor.roles.joined(separator: "; ") + "]"
                    print("  \(actor.kind.rawValue.prefix(3))  \(name) ×\(actor.mentions.count)"
                          + (aliases.isEmpty ? "" : "  (" + aliases.joined(separator: ", ") + ")") + roles)
                }
            }
            if !json, !actors.isEmpty { print("") }
        }
        if hadProblems { throw ExitCode(1) }
    }
}
