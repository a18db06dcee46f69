/// The shell's side of the effects, for `ReaderLoop`: it runs them (answering at once or later), and
/// hands back the events that answer work finished since it last looked.
public protocol EffectRunner {
    /// Runs `effects`; an answer given at once is applied to `state`, and its effects run in turn.
    mutating func perform(_ effects: [Effect], on state: inout ReaderState)
    /// Answers to work that finished since the last look (and the library's progress when it moved
    /// past `shownProgress`), with the warnings that work gave.
    mutating func finishedWork(shownProgress: Int?) -> (events: [Event], warnings: [String])
    /// Whether work is running, so the loop looks more often.
    var isBusy: Bool { get }
}
