/// Makes control characters harmless and visible. Escape sequences in an article (cursor moves, title
/// setting, clipboard writes) must never reach a terminal, so every C0/C1 control except the line end
/// becomes a visible Control Pictures symbol (ESC shows as ␛), tabs become spaces, and invisible bidi
/// overrides, which can disguise text, are dropped.
enum VisibleControls {
    static func apply(to line: String) -> String {
        var needsWork = false
        for scalar in line.unicodeScalars where isSpecial(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return line }
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if let replacement = replacement(for: scalar) {
                out.append(contentsOf: replacement)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    @inline(__always)
    static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (value >= 0x7F && value <= 0x9F) || (value >= 0x2028 && value <= 0x202E)
            || (value >= 0x2066 && value <= 0x2069) || value == 0x200E || value == 0x200F || value == 0xFEFF
    }

    static func replacement(for scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        let value = scalar.value
        switch value {
        case 0x0A: return nil
        case 0x09: return [" "]
        case 0x00..<0x20: return [Unicode.Scalar(0x2400 + value)!]
        case 0x7F: return ["\u{2421}"]
        case 0x80...0x9F: return ["\u{FFFD}"]
        case 0x2028, 0x2029: return [" "]
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0xFEFF: return []
        default: return nil
        }
    }
}
