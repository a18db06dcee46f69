import ArgumentParser
import ArticleKit
import ReaderCore
import CommandLineSupport

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Every quotation with its kind (speech or term), speaker and cue.")

    @Flag(help: "JSON Lines output, one object per quotation.") var json = false
    @Option(help: "Only quotations whose speaker contains this text (case-insensitive).") var speaker: String?
    @OptionGroup var input: LibraryInput

    func run() throws {
        // The corpus holds findings only; the words of each quotation and speaker are kept aside.
        let (corpus, texts, hadProblems) = try LibraryStream(paths: input.resolvedPaths()).corpus { article in
            article.quotes.map { QuoteText(text: article.text(of: $0.content), mention: $0.speakerSpan.map(article.text(of:))) }
        }
        let wanted = speaker.map { $0.lowercased() }
        var printed = 0
        for (index, (article, quoteTexts)) in zip(corpus.articles, texts).enumerated() {
            // Speakers by the library's names: the same person reads the same in every article.
            let quotes = zip(article.quotes, quoteTexts).enumerated().map { position, pair in
                (quote: pair.0, text: pair.1, speaker: corpus.speaker(article: index, quote: position))
            }.filter { found in
                guard let wanted else { return true }
                return found.speaker?.lowercased().contains(wanted) ?? false
            }
            printed += quotes.count
            if json {
                for found in quotes { print(Self.record(found.quote, found.text, speaker: found.speaker, in: article).text) }
            } else if !quotes.isEmpty {
                print("== \(article.metadata.title)  (\(article.fileName))")
                for found in quotes { print("  " + Self.line(found.quote, found.text, speaker: found.speaker)) }
                print("")
            }
        }
        if let speaker, printed == 0 {
            // As `xref` does for a name nobody mentions: nothing found is an answer worth an exit status.
            Console.error("no quotation in the library has a speaker matching “\(speaker)”")
            throw ExitCode(1)
        }
        if hadProblems { throw ExitCode(1) }
    }

    /// The words of a quotation and of its speaker's mention, taken while the article's text was at hand.
    struct QuoteText: Sendable {
        var text: String
        var mention: String?
    }

    static func record(_ quote: Quote, _ words: QuoteText, speaker: String?, in article: Article) -> JSONLine {
        var line = JSONLine(type: "quote")
        line.add("article", article.fileName)
        line.add("start", quote.content.start)
        line.add("end", quote.content.end)
        line.add("text", words.text)
        line.add("speaker_start", quote.speakerSpan?.start)
        line.add("speaker_end", quote.speakerSpan?.end)
        line.add("speaker_mention", words.mention)
        line.add("kind", quote.kind.rawValue)
        line.add("speaker", speaker)
        line.add("cue", quote.cue)
        return line
    }

    static func line(_ quote: Quote, _ words: QuoteText, speaker: String?) -> String {
        let text = TextColumns.shorten(words.text, to: 90)
        switch quote.kind {
        case .speech: return "\(speaker ?? "(unattributed)") — “\(text)”"
        case .term: return "(term) “\(text)”"
        }
    }
}
