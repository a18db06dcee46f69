import CNcursesw
import ReaderCore

/// `RoleStyle` in curses terms: colour pairs and attribute bits.
enum Palette {
    typealias Depth = RoleStyle.Depth

    struct Look {
        var foreground: Int16
        var background: Int16
        var attributes: attr_t
    }

    static func look(_ role: Role, depth: Depth) -> Look {
        let style = RoleStyle.of(role, depth: depth)
        var attributes = crossread_a_normal()
        if style.attributes.contains(.bold) { attributes |= crossread_a_bold() }
        if style.attributes.contains(.dim) { attributes |= crossread_a_dim() }
        if style.attributes.contains(.underline) { attributes |= crossread_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= crossread_a_reverse() }
        if style.attributes.contains(.italic) { attributes |= crossread_a_italic() }
        return Look(foreground: style.foreground, background: style.background, attributes: attributes)
    }
}
