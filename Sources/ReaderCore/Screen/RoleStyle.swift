/// How each role looks at each colour depth: 256 colours, the 8 basic ones, or attributes alone
/// (no colour support, or `NO_COLOR`). Terminal-free, so the choices are tested; the backend only
/// turns them into curses attributes. Underline is kept for "named in other articles too".
public struct RoleStyle: Hashable, Sendable {
    public enum Depth: Sendable, CaseIterable { case none, eight, full }

    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let dim = Attributes(rawValue: 2)
        public static let underline = Attributes(rawValue: 4)
        public static let reverse = Attributes(rawValue: 8)
        public static let italic = Attributes(rawValue: 16)
    }

    /// Colour numbers; -1 is the terminal's default.
    public var foreground: Int16
    public var background: Int16
    public var attributes: Attributes

    init(_ foreground: Int16 = -1, _ background: Int16 = -1, _ attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static func of(_ role: Role, depth: Depth) -> RoleStyle {
        switch depth {
        case .none: return attributesOnly(role)
        case .eight: return eightColours(role)
        case .full: return fullColours(role)
        }
    }

    private static func attributesOnly(_ role: Role) -> RoleStyle {
        switch role {
        case .plain, .overlay, .gutter, .border: return RoleStyle()
        case .title, .heading, .overlayTitle: return RoleStyle(-1, -1, .bold)
        case .byline: return RoleStyle(-1, -1, .dim)
        case .speech: return RoleStyle(-1, -1, .bold)
        case .term: return RoleStyle(-1, -1, .italic)
        case .speaker: return RoleStyle(-1, -1, [.bold, .italic])
        case .person: return RoleStyle(-1, -1, .dim)
        case .organization: return RoleStyle(-1, -1, [.dim, .italic])
        case .place: return RoleStyle(-1, -1, [.dim, .bold])
        case .crossReference: return RoleStyle(-1, -1, .underline)
        case .variant: return RoleStyle(-1, -1, [.bold, .underline])
        case .match, .selection, .status, .prompt, .overlaySelection: return RoleStyle(-1, -1, .reverse)
        case .focus, .statusAccent: return RoleStyle(-1, -1, [.reverse, .bold])
        case .diffReplaced: return RoleStyle(-1, -1, [.reverse, .italic])
        case .diffOnly: return RoleStyle(-1, -1, [.italic, .bold, .dim])
        }
    }

    private static func eightColours(_ role: Role) -> RoleStyle {
        switch role {
        case .plain, .overlay: return RoleStyle()
        case .title, .heading: return RoleStyle(-1, -1, .bold)
        case .byline, .gutter: return RoleStyle(6, -1, .dim)
        case .speech: return RoleStyle(2)
        case .term: return RoleStyle(3, -1, .dim)
        case .speaker: return RoleStyle(5, -1, .bold)
        case .person: return RoleStyle(6, -1, .bold)
        case .organization: return RoleStyle(4, -1, .bold)
        case .place: return RoleStyle(3, -1, .bold)
        case .crossReference: return RoleStyle(6, -1, .underline)
        case .match: return RoleStyle(0, 3)
        case .focus: return RoleStyle(0, 6)
        case .selection, .overlaySelection: return RoleStyle(-1, -1, .reverse)
        case .status, .prompt: return RoleStyle(0, 7)
        case .statusAccent: return RoleStyle(7, 1, .bold)
        case .overlayTitle: return RoleStyle(7, 4, .bold)
        case .diffReplaced: return RoleStyle(1, -1, .bold)
        case .diffOnly: return RoleStyle(1, -1, .italic)
        case .variant: return RoleStyle(2, -1, [.bold, .underline])
        case .border: return RoleStyle(4)
        }
    }

    /// Hues far apart on the 256-colour cube: green speech, grey terms, pink speakers, cyan persons,
    /// violet organisations, gold places; yellow under the current match, blue under the focus.
    private static func fullColours(_ role: Role) -> RoleStyle {
        switch role {
        case .plain, .overlay: return RoleStyle()
        case .title, .heading: return RoleStyle(231, -1, .bold)
        case .byline, .gutter: return RoleStyle(245)
        case .speech: return RoleStyle(114)
        case .term: return RoleStyle(250, -1, .italic)
        case .speaker: return RoleStyle(213, -1, .bold)
        case .person: return RoleStyle(81)
        case .organization: return RoleStyle(141)
        case .place: return RoleStyle(179)
        case .crossReference: return RoleStyle(81, -1, .underline)
        case .match: return RoleStyle(16, 220)
        case .focus: return RoleStyle(16, 117)
        case .selection, .overlaySelection: return RoleStyle(231, 24)
        case .status, .prompt: return RoleStyle(16, 250)
        case .statusAccent: return RoleStyle(231, 124, .bold)
        case .overlayTitle: return RoleStyle(231, 25, .bold)
        case .diffReplaced: return RoleStyle(203, -1, .bold)
        case .diffOnly: return RoleStyle(222)
        case .variant: return RoleStyle(114, -1, [.bold, .underline])
        case .border: return RoleStyle(24)
        }
    }
}
