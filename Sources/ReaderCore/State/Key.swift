/// A key press, as the reader core understands it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case control(Character)
    case function(Int)

    /// Parses the key names `snapshot --keys` and tests use: a single character, or one of Enter,
    /// Esc, Tab, S-Tab, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, Space, C-x, F1.
    public init?(name: String) {
        switch name.lowercased() {
        case "enter", "return", "ret": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "s-tab", "backtab": self = .backTab
        case "backspace", "bs", "bksp": self = .backspace
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown", "pgdown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "space": self = .character(" ")
        default:
            if name.count == 1, let character = name.first {
                self = .character(character)
            } else if name.lowercased().hasPrefix("c-"), name.count == 3, let character = name.last {
                self = .control(Character(character.lowercased()))
            } else if name.lowercased().hasPrefix("f"), let number = Int(name.dropFirst()), (1...12).contains(number) {
                self = .function(number)
            } else {
                return nil
            }
        }
    }
}

/// Everything that can happen to the reader.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case scroll(lines: Int)
    case click(row: Int, column: Int)
    /// The background analysis moved on: the status line shows progress (and, once every article is
    /// analysed, that the index is being written).
    case progress(done: Int, total: Int)
    /// The background analysis and its index writes are finished.
    case analysisFinished

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
