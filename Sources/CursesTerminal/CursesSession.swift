import CNcursesw

/// Owns the curses screen: starts it in a UTF-8 locale and always gives the terminal back.
public final class CursesSession {
    public private(set) var isActive = false

    public init() {}

    public func start() {
        setlocale(LC_ALL, "")
        _ = initscr()
        cbreak()
        noecho()
        keypad(crossread_stdscr(), true)
        isActive = true
    }

    public func end() {
        guard isActive else { return }
        endwin()
        isActive = false
    }

    deinit { end() }
}
