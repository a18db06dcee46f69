import ArticleKit

/// Search in an article's clean text, by Unicode scalar, as a reader of news expects: case, accents
/// ("Zurich" finds "Zürich"), curly and straight quotes and apostrophes ("minister's" finds
/// "minister’s") and dashes fold. A pattern with regular-expression syntax (`ukr.ine`, `\bNATO\b`,
/// `Reyes|Ortega`) is a regular expression, as in less; one that does not compile is taken literally.
public enum TextSearch {
    static let regexSyntax = Set("\\.*+?[](){}|^$".unicodeScalars)

    public static func matches(of pattern: String, in text: ScalarText) -> [TextSpan] {
        if pattern.unicodeScalars.contains(where: regexSyntax.contains), let regex = try? Regex(String(fold(pattern, lowercase: false))) {
            return regexMatches(regex.ignoresCase().matchingSemantics(.unicodeScalar), in: text)
        }
        return literalMatches(Array(fold(pattern, lowercase: true)), in: text)
    }

    private static func literalMatches(_ needle: [Unicode.Scalar], in text: ScalarText) -> [TextSpan] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        let first = needle[0]
        var result: [TextSpan] = []
        var offset = 0
        let last = text.count - needle.count
        while offset <= last {
            if fold(text[offset], lowercase: true) == first {
                var matched = true
                for index in 1..<needle.count where fold(text[offset + index], lowercase: true) != needle[index] {
                    matched = false
                    break
                }
                if matched {
                    result.append(TextSpan(offset, offset + needle.count))
                    offset += needle.count
                    continue
                }
            }
            offset += 1
        }
        return result
    }

    /// Folding is one scalar for one, so offsets in the folded text are offsets in the article.
    private static func regexMatches(_ regex: Regex<AnyRegexOutput>, in text: ScalarText) -> [TextSpan] {
        var folded = String.UnicodeScalarView()
        for offset in 0..<text.count { folded.append(fold(text[offset], lowercase: false)) }
        let string = String(folded)
        var result: [TextSpan] = []
        var cursor = string.unicodeScalars.startIndex
        var cursorOffset = 0
        for match in string.matches(of: regex) where match.range.lowerBound < match.range.upperBound {
            cursorOffset += string.unicodeScalars.distance(from: cursor, to: match.range.lowerBound)
            let start = cursorOffset
            let length = string.unicodeScalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
            cursor = match.range.upperBound
            cursorOffset = start + length
            result.append(TextSpan(start, start + length))
        }
        return result
    }

    private static func fold(_ text: String, lowercase: Bool) -> String.UnicodeScalarView {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(fold(scalar, lowercase: lowercase)) }
        return result
    }

    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, lowercase: Bool) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return lowercase && value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar
        }
        switch value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x00A0: return " "
        default: break
        }
        let base = TextFolding.stripDiacritics(String(scalar)).unicodeScalars
        let plain = base.count == 1 ? base.first! : scalar
        guard lowercase else { return plain }
        let lower = plain.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : plain
    }
}
