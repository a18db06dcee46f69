/// A terminal in memory, as ratatui's `TestBackend`: it keeps the grid its paints produced (applying
/// only the cells `ScreenDiff` writes, as a real terminal would), counts the cells written, and hands
/// out scripted events. When the script has run out it reports a signal, as a closed terminal would,
/// so a loop on it ends. Tests check the paint path and the loop without a terminal.
public final class TestBackend: TerminalBackend {
    public private(set) var shown: Screen
    /// Cells written by the last paint.
    public private(set) var lastPaintWrites = 0
    public var interrupted = false
    public private(set) var paints = 0
    private var painted = false
    /// The script: each entry is what one wait for input returns (nil: the wait timed out).
    private var events: [Event?]

    public init(width: Int, height: Int, events: [Event?] = []) {
        shown = Screen(width: width, height: height)
        self.events = events
    }

    /// Nothing to take or give back.
    public func start() throws {}
    public func stop() {}
    public var size: (width: Int, height: Int) { pendingSize ?? (shown.width, shown.height) }
    private var pendingSize: (width: Int, height: Int)?

    /// Resizes the terminal: the next event is the resize. The grid keeps its old size until a paint
    /// of the new size, which `ScreenDiff` then paints whole.
    public func resize(width: Int, height: Int) {
        pendingSize = (width, height)
        events.insert(.resize(width: width, height: height), at: 0)
    }

    public func paint(_ screen: Screen) {
        var grid = ScreenDiff.clearsFirst(from: painted ? shown : nil, to: screen) ? Screen(width: screen.width, height: screen.height) : shown
        var writes = 0
        ScreenDiff.forEachChange(from: painted ? shown : nil, to: screen) { row, column, cell in
            grid.put(cell, row: row, column: column)
            writes += 1
        }
        shown = grid
        pendingSize = nil
        painted = true
        paints += 1
        lastPaintWrites = writes
    }

    public func nextEvent(timeout: Int32) -> Event? {
        guard !events.isEmpty else {
            interrupted = true
            return nil
        }
        return events.removeFirst() ?? nil
    }
}
