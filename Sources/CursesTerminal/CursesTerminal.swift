#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import ReaderCore
import SystemEnvironment

/// The only code that talks to ncursesw: it paints `Screen`s (only the cells that changed), turns
/// keys, resizes and mouse wheels into `Event`s, suspends on Ctrl-Z, and always gives the terminal
/// back as it found it.
public final class CursesTerminal: TerminalBackend {
    public enum StartError: Error, CustomStringConvertible {
        case noTerminalType
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .noTerminalType: return "TERM is not set or is \"dumb\""
            case .unknownTerminal(let name): return "unknown terminal type \"\(name)\""
            }
        }
    }

    private var screenPointer: OpaquePointer?
    private var streams: (output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)?
    private var last: Screen?
    private var depth: Palette.Depth = .none
    private var pairs: [Role: Int16] = [:]
    private let mouse: Bool
    public private(set) var isActive = false

    public init(mouse: Bool) { self.mouse = mouse }

    deinit { stop() }

    public func start() throws {
        guard let term = ProcessEnvironment.value("TERM"), term != "dumb" else {
            throw StartError.noTerminalType
        }
        setlocale(LC_ALL, "")
        guard let output = fdopen(dup(STDOUT_FILENO), "w"), let input = fdopen(dup(STDIN_FILENO), "r") else {
            throw StartError.unknownTerminal(term)
        }
        guard let created = newterm(term, output, input) else { throw StartError.unknownTerminal(term) }
        streams = (output, input)
        screenPointer = created
        set_term(created)
        isActive = true
        TerminalSignals.install()
        raw()
        noecho()
        nonl()
        keypad(crossread_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if mouse { mousemask(crossread_mouse_all(), nil) }
        setUpColours()
    }

    public func stop() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        if let screenPointer { delscreen(screenPointer) }
        screenPointer = nil
        // Whatever curses left in the stream's buffer goes out now, before the shell's prompt, and
        // not at exit onto the restored screen.
        if let streams {
            fclose(streams.output)
            fclose(streams.input)
        }
        streams = nil
        TerminalSignals.restoreDefaults()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(crossread_stdscr())), Int(getmaxy(crossread_stdscr())))
    }

    /// The terminal's size before curses starts, from the kernel (nil when standard output is not a
    /// terminal or does not say): the first screen is laid out once, at the size it is painted at.
    public static var windowSize: (width: Int, height: Int)? {
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 else { return nil }
        return (Int(window.ws_col), Int(window.ws_row))
    }

    /// A signal asked the reader to stop.
    public var interrupted: Bool { receivedSignal != 0 }

    private func setUpColours() {
        let noColour = ProcessEnvironment.value("NO_COLOR") != nil
        guard !noColour, has_colors() else { depth = .none; return }
        start_color()
        use_default_colors()
        depth = crossread_colors() >= 256 ? .full : .eight
        var next: Int16 = 1
        for role in Role.allCases {
            let look = Palette.look(role, depth: depth)
            guard look.foreground >= 0 || look.background >= 0 else { continue }
            init_pair(next, look.foreground, look.background)
            pairs[role] = next
            next += 1
        }
    }

    /// Paints a screen, writing only the cells that differ from the last one painted.
    public func paint(_ screen: Screen) {
        if ScreenDiff.clearsFirst(from: last, to: screen) { wclear(crossread_stdscr()) }
        ScreenDiff.forEachChange(from: last, to: screen) { row, column, cell in put(cell, row: row, column: column) }
        last = screen
        wnoutrefresh(crossread_stdscr())
        doupdate()
    }

    private func put(_ cell: Cell, row: Int, column: Int) {
        let look = Palette.look(cell.role, depth: depth)
        var attributes = look.attributes
        if cell.isShared { attributes |= crossread_a_underline() }
        var characters = cell.character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        _ = characters.withUnsafeBufferPointer { buffer in
            crossread_put_cell(Int32(row), Int32(column), buffer.baseAddress, attributes, pairs[cell.role] ?? 0)
        }
    }

    /// Waits up to `timeout` milliseconds for input; nil when none came.
    public func nextEvent(timeout: Int32) -> Event? {
        wtimeout(crossread_stdscr(), timeout)
        var character: wint_t = 0
        let result = wget_wch(crossread_stdscr(), &character)
        if result == ERR { return nil }
        if result == crossread_key_code_yes() { return functionKey(Int32(character)) }
        if character == 26 {
            suspend()
            return .resize(width: size.width, height: size.height)
        }
        return TerminalInput.key(forCharacter: UInt32(character)).map(Event.key)
    }

    private func functionKey(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_BTAB: return .key(.backTab)
        case KEY_F0 + 1: return .key(.function(1))
        case crossread_key_resize():
            // ncurses keeps the scrolling region it set for the old size (rows 1–1 when started in a
            // 1x1 pane), and tmux then puts rows drawn below it onto the shell's screen at exit.
            // Leaving and re-entering curses mode sets the region for the new size.
            endwin()
            wrefresh(crossread_stdscr())
            last = nil
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & crossread_mouse_wheel_up() != 0 { return .scroll(lines: -3) }
            if event.bstate & crossread_mouse_wheel_down() != 0 { return .scroll(lines: 3) }
            if event.bstate & crossread_mouse_click() != 0 { return .click(row: Int(event.y), column: Int(event.x)) }
            return nil
        default: return nil
        }
    }

    /// Ctrl-Z: give the terminal back, stop, and on `fg` take it again with a full redraw.
    private func suspend() {
        endwin()
        signal(SIGTSTP, SIG_DFL)
        kill(getpid(), SIGTSTP)
        last = nil
        wrefresh(crossread_stdscr())
    }
}
