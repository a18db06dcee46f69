/// The key a terminal's input character stands for, in raw mode: control characters as the keys that
/// send them (Enter, Esc, Tab, Backspace, Ctrl-letter), anything else as itself. Ctrl-Z is the
/// backend's (it suspends); function keys come decoded from the terminal library.
public enum TerminalInput {
    public static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 0, 28...31: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }
}
