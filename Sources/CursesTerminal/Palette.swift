import CNcursesw
import ReaderCore

/// How roles look: colours on 256- and 8-colour terminals, attributes alone without colour (or with
/// NO_COLOR set).
enum Palette {
    enum Depth { case none, eight, full }

    struct Look {
        var foreground: Int16
        var background: Int16
        var attributes: attr_t
    }

    static func look(_ role: Role, depth: Depth) -> Look {
        let bold = crossread_a_bold(), underline = crossread_a_underline(), reverse = crossread_a_reverse(), dim = crossread_a_dim()
        let none = crossread_a_normal()
        switch depth {
        case .none:
            switch role {
            case .plain, .overlay, .gutter, .border: return Look(foreground: -1, background: -1, attributes: none)
            case .title, .heading, .speech, .overlayTitle, .variant: return Look(foreground: -1, background: -1, attributes: bold)
            case .term, .byline: return Look(foreground: -1, background: -1, attributes: dim)
            case .speaker: return Look(foreground: -1, background: -1, attributes: bold | underline)
            case .person, .organization, .place, .crossReference, .diffOnly: return Look(foreground: -1, background: -1, attributes: underline)
            case .match, .focus, .selection, .status, .statusAccent, .prompt, .overlaySelection, .diffReplaced:
                return Look(foreground: -1, background: -1, attributes: reverse)
            }
        case .eight:
            switch role {
            case .plain, .overlay: return Look(foreground: -1, background: -1, attributes: none)
            case .title, .heading: return Look(foreground: -1, background: -1, attributes: bold)
            case .byline, .gutter: return Look(foreground: 6, background: -1, attributes: dim)
            case .speech: return Look(foreground: 2, background: -1, attributes: none)
            case .term: return Look(foreground: 3, background: -1, attributes: dim)
            case .speaker: return Look(foreground: 5, background: -1, attributes: bold)
            case .person: return Look(foreground: 6, background: -1, attributes: bold)
            case .organization: return Look(foreground: 4, background: -1, attributes: bold)
            case .place: return Look(foreground: 3, background: -1, attributes: none)
            case .crossReference: return Look(foreground: 6, background: -1, attributes: underline)
            case .match: return Look(foreground: 0, background: 3, attributes: none)
            case .focus: return Look(foreground: 0, background: 6, attributes: none)
            case .selection, .overlaySelection: return Look(foreground: -1, background: -1, attributes: reverse)
            case .status, .prompt: return Look(foreground: 0, background: 7, attributes: none)
            case .statusAccent: return Look(foreground: 7, background: 1, attributes: bold)
            case .overlayTitle: return Look(foreground: 7, background: 4, attributes: bold)
            case .diffReplaced: return Look(foreground: 1, background: -1, attributes: bold)
            case .diffOnly: return Look(foreground: 3, background: -1, attributes: bold)
            case .variant: return Look(foreground: 2, background: -1, attributes: bold | underline)
            case .border: return Look(foreground: 4, background: -1, attributes: none)
            }
        case .full:
            switch role {
            case .plain, .overlay: return Look(foreground: -1, background: -1, attributes: none)
            case .title, .heading: return Look(foreground: 231, background: -1, attributes: bold)
            case .byline, .gutter: return Look(foreground: 245, background: -1, attributes: none)
            case .speech: return Look(foreground: 114, background: -1, attributes: none)
            case .term: return Look(foreground: 180, background: -1, attributes: none)
            case .speaker: return Look(foreground: 213, background: -1, attributes: bold)
            case .person: return Look(foreground: 81, background: -1, attributes: none)
            case .organization: return Look(foreground: 75, background: -1, attributes: none)
            case .place: return Look(foreground: 179, background: -1, attributes: none)
            case .crossReference: return Look(foreground: 81, background: -1, attributes: underline)
            case .match: return Look(foreground: 16, background: 220, attributes: none)
            case .focus: return Look(foreground: 16, background: 117, attributes: none)
            case .selection, .overlaySelection: return Look(foreground: 231, background: 24, attributes: none)
            case .status, .prompt: return Look(foreground: 16, background: 250, attributes: none)
            case .statusAccent: return Look(foreground: 231, background: 124, attributes: bold)
            case .overlayTitle: return Look(foreground: 231, background: 25, attributes: bold)
            case .diffReplaced: return Look(foreground: 203, background: -1, attributes: bold)
            case .diffOnly: return Look(foreground: 222, background: -1, attributes: none)
            case .variant: return Look(foreground: 114, background: -1, attributes: bold | underline)
            case .border: return Look(foreground: 24, background: -1, attributes: none)
            }
        }
    }
}
