import ArticleKit
import ReaderCore

/// Runs the reader's effects at once on the calling thread: the shell without a terminal (snapshots,
/// benchmarks). Saving and listing a library later are the interactive shell's; here they do nothing.
public enum ImmediateEffects {
    public static func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .readTexts(let requests), .readSentences(let requests): return ArticleText.answer(requests)
        case .findFindings(let articles): return .findingsFound(articles.map(ArticleAnalyzer.withFindings))
        case .listLibrary, .save: return nil
        }
    }
}
