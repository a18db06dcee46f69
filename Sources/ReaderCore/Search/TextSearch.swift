import ArticleKit

/// Case-insensitive literal search in an article's clean text, by Unicode scalar.
public enum TextSearch {
    public static func matches(of pattern: String, in text: ScalarText) -> [TextSpan] {
        let needle = Array(pattern.lowercased().unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        let first = needle[0]
        var result: [TextSpan] = []
        var offset = 0
        let last = text.count - needle.count
        while offset <= last {
            if fold(text[offset]) == first {
                var matched = true
                for index in 1..<needle.count where fold(text[offset + index]) != needle[index] {
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

    @inline(__always)
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20)! }
        if value < 0x80 { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
