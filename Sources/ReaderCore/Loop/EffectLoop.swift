extension ReaderState {
    /// Applies `event`, then the answers `perform` gives to the effects it asks for, and to theirs,
    /// until none is left: the shell's loop without a terminal (snapshots, benchmarks, tests). An
    /// effect `perform` answers with nil is dropped.
    public mutating func send(_ event: Event, performing perform: (Effect) -> Event?) {
        run(update(event), performing: perform)
    }

    /// Runs effects already asked for (`takeEffects`) the same way.
    public mutating func run(_ effects: [Effect], performing perform: (Effect) -> Event?) {
        var queue = effects
        while !queue.isEmpty {
            if let answer = perform(queue.removeFirst()) { queue += update(answer) }
        }
    }
}
