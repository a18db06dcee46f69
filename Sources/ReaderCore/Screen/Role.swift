/// What a cell shows, by meaning; the terminal backend maps roles to colours and attributes.
public enum Role: UInt8, Sendable, CaseIterable {
    case plain, title, byline, heading
    case speech, term, speaker
    case person, organization, place, crossReference
    case match, focus, selection
    case status, statusAccent, prompt, overlay, overlayTitle, overlaySelection
    case diffReplaced, diffOnly, variant, gutter, border

    /// One letter per role for `snapshot --color` and tests.
    public var code: Character {
        switch self {
        case .plain: return "."
        case .title: return "T"
        case .byline: return "b"
        case .heading: return "H"
        case .speech: return "q"
        case .term: return "t"
        case .speaker: return "S"
        case .person: return "p"
        case .organization: return "o"
        case .place: return "l"
        case .crossReference: return "x"
        case .match: return "M"
        case .focus: return "F"
        case .selection: return "s"
        case .status: return "="
        case .statusAccent: return "!"
        case .prompt: return ">"
        case .overlay: return "w"
        case .overlayTitle: return "W"
        case .overlaySelection: return "#"
        case .diffReplaced: return "r"
        case .diffOnly: return "u"
        case .variant: return "v"
        case .gutter: return "g"
        case .border: return "|"
        }
    }
}
