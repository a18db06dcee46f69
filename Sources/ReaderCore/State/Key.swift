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
