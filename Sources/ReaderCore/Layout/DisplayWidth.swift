import CDisplayWidth

/// Terminal columns taken by text, by the C library's wcwidth (the table ncursesw positions by):
/// combining marks take none, East Asian wide characters and emoji two. Non-printable scalars, which
/// cleaning has already made visible, count as one.
public enum DisplayWidth {
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x10000 {
            let width = crossread_basic_width(value)
            return width >= 0 ? Int(width) : clamp(Int32(width), fallback: scalar)
        }
        return clamp(crossread_scalar_width(value), fallback: scalar)
    }

    public static func of<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var total = 0
        for scalar in scalars { total += of(scalar) }
        return total
    }

    public static func of(_ string: String) -> Int { of(string.unicodeScalars) }

    private static func clamp(_ width: Int32, fallback scalar: Unicode.Scalar) -> Int {
        if width >= 0 { return Int(width) }
        if width == -2 { return propertyWidth(scalar) }
        return 1
    }

    /// Used only where the system has no UTF-8 locale for wcwidth to consult.
    private static func propertyWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let value = scalar.value
        let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
        return wide ? 2 : 1
    }
}
