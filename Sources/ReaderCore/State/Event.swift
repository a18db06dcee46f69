import ArticleKit

/// The terminal's input, and the shell's answers to effects and its background work.
public enum Event: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case scroll(lines: Int)
    case click(row: Int, column: Int)
    /// A signal ended the reader (Ctrl-C from outside, SIGTERM, SIGHUP): it remembers its place and quits.
    case interrupted
    /// The background analysis moved on: the status line shows progress (and, once every article is
    /// analysed, that the index is being written).
    case progress(done: Int, total: Int)
    /// The background analysis and its index writes are finished: the library with its findings (same
    /// articles, same order), and the first warning it gave.
    case analysisFinished(Corpus, warning: String?)
    /// The answer to `.readTexts`.
    case textsRead([TextReply])
    /// The answer to `.findFindings`: the analysed articles.
    case findingsFound([Article])
    /// The answer to `.listLibrary`: the whole library of the article painted first.
    case libraryListed(Corpus)

    /// Parses a `--keys` string: names separated by spaces; `resize=60x20` resizes.
    public static func parse(_ keys: String) -> [Event]? {
        var events: [Event] = []
        for token in keys.split(separator: " ") {
            if token.hasPrefix("resize=") {
                let size = token.dropFirst(7).split(separator: "x").compactMap { Int($0) }
                guard size.count == 2 else { return nil }
                events.append(.resize(width: size[0], height: size[1]))
            } else if let key = Key(name: String(token)) {
                events.append(.key(key))
            } else {
                return nil
            }
        }
        return events
    }
}
