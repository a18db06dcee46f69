/// The interactive reader's loop: input and finished work become events, `update` turns them into
/// state and effects, the runner runs the effects, and the terminal paints the state when something
/// changed. An idle reader wakes only to look for signals and finished work, and paints nothing.
public enum ReaderLoop {
    /// Runs until the reader quits or a signal stops it; the warnings of the work that finished.
    public static func run<Runner: EffectRunner>(_ state: inout ReaderState, on terminal: TerminalBackend,
                                                 runner: inout Runner) -> [String] {
        var warnings: [String] = []
        while !state.shouldQuit && !terminal.interrupted {
            let event = terminal.nextEvent(timeout: state.hasWaitingKeys ? 10 : runner.isBusy ? 50 : 200)
            let finished = runner.finishedWork(shownProgress: state.progress?.done)
            warnings += finished.warnings
            var effects: [Effect] = []
            for answer in finished.events { effects += state.update(answer) }
            if let event { effects += state.update(event) }
            runner.perform(effects, on: &state)
            if !state.shouldQuit, event != nil || !finished.events.isEmpty { terminal.paint(state.render()) }
        }
        // A signal ends the reader as `q` would: its place is remembered.
        if !state.shouldQuit { runner.perform(state.update(.interrupted), on: &state) }
        return warnings
    }
}
