/// What the reader's loop needs of a terminal: ncursesw in the product (`CursesTerminal`), or an
/// in-memory grid in tests (`TestBackend`).
public protocol TerminalBackend: AnyObject {
    func start() throws
    /// Gives the terminal back as it was; safe to call more than once.
    func stop()
    var size: (width: Int, height: Int) { get }
    /// A signal asked the reader to stop.
    var interrupted: Bool { get }
    /// Paints `screen`, writing only what changed since the last paint (`ScreenDiff`).
    func paint(_ screen: Screen)
    /// The next input within `timeout` milliseconds; nil when none came.
    func nextEvent(timeout: Int32) -> Event?
}
