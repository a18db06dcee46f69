/// Turns one line of Markdown (or Markdown-ish scraped text) into plain text: links become their text,
/// images and link stubs vanish, emphasis marks and backslash escapes go, and parenthesised URLs that
/// scrapers leave behind are removed.
enum MarkdownInline {
    static func plain(_ line: String) -> String {
        if isAlreadyPlain(line) { return line }
        let scalars = Array(line.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        convert(scalars[...], into: &out)
        removeParenthesisedURLs(&out)
        removeUnmatchedOpenParens(&out)
        return collapseSpaces(out)
    }

    /// `plain` until nothing changes: removing one mark can pair two others ("** **x**" → "**x**"), so
    /// a line with syntax left is converted again. A plain result (nearly every line) is recognised by
    /// one scan of its bytes, so this costs a second conversion only where syntax remains.
    static func settled(_ line: String) -> String {
        var current = line
        for _ in 0..<maximumRounds {
            let next = plain(current)
            if next == current { break }
            current = next
        }
        return current
    }

    /// Each round only removes characters, so this bounds a hostile line's work, not a real one's.
    private static let maximumRounds = 16

    /// No Markdown syntax, parentheses or doubled spaces: nothing to do (most lines of most articles).
    private static func isAlreadyPlain(_ line: String) -> Bool {
        var previousSpace = true
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "#"):
                return false
            case UInt8(ascii: " "):
                if previousSpace { return false }
                previousSpace = true
            default:
                previousSpace = false
            }
        }
        return !previousSpace || line.isEmpty
    }

    /// True when the whole line is one Markdown link (an author link in a bio box, a teaser link).
    static func isLinkOnly(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "*" || scalars[start] == "#" { start += 1 }
        guard start < scalars.count, scalars[start] == "[", let link = parseLink(scalars[...], at: start) else { return false }
        var end = link.end
        while end < scalars.count, scalars[end] == " " || scalars[end] == "*" { end += 1 }
        return end == scalars.count
    }

    private static let escapable: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "<", ">", "~"]

    private static func convert(_ line: ArraySlice<Unicode.Scalar>, into out: inout [Unicode.Scalar]) {
        var index = line.startIndex
        while index < line.endIndex {
            let scalar = line[index]
            let next = index + 1 < line.endIndex ? line[index + 1] : nil
            if scalar == "\\" {
                // A run of backslashes settles in one pass (halving it pass by pass would need
                // log n passes): before an escapable character the run goes and the character
                // stays; elsewhere the run becomes one backslash.
                var runEnd = index
                while runEnd < line.endIndex, line[runEnd] == "\\" { runEnd += 1 }
                if runEnd < line.endIndex, escapable.contains(line[runEnd]) {
                    out.append(line[runEnd])
                    index = runEnd + 1
                } else {
                    out.append("\\")
                    index = runEnd
                }
                continue
            }
            if scalar == "!", next == "[", let image = parseLink(line, at: index + 1) {
                index = image.end
                continue
            }
            if scalar == "[", let link = parseLink(line, at: index) {
                convert(line[link.text], into: &out)
                index = link.end
                continue
            }
            if scalar == "*" || scalar == "_" {
                var runEnd = index
                while runEnd < line.endIndex, line[runEnd] == scalar { runEnd += 1 }
                if isEmphasisRun(line, from: index, to: runEnd, previous: out.last) {
                    index = runEnd
                    continue
                }
                out.append(contentsOf: line[index..<runEnd])
                index = runEnd
                continue
            }
            out.append(scalar)
            index += 1
        }
    }

    /// A run of `*` or `_` is emphasis unless it stands alone between spaces (`5 * 3`) or, for `_`,
    /// sits inside a word (`snake_case`).
    private static func isEmphasisRun(_ line: ArraySlice<Unicode.Scalar>, from start: Int, to end: Int, previous: Unicode.Scalar?) -> Bool {
        let before = previous
        let after = end < line.endIndex ? line[end] : nil
        let spaceBefore = before.map { $0.properties.isWhitespace } ?? true
        let spaceAfter = after.map { $0.properties.isWhitespace } ?? true
        if spaceBefore && spaceAfter { return false }
        if line[start] == "_", let before, let after, before.properties.isAlphabetic || before.properties.numericType != nil,
           after.properties.isAlphabetic || after.properties.numericType != nil {
            return false
        }
        return true
    }

    /// `[text](target)` starting at `open`: the range of the text and the index after the `)`.
    static func parseLink(_ line: ArraySlice<Unicode.Scalar>, at open: Int) -> (text: Range<Int>, end: Int)? {
        guard open < line.endIndex, line[open] == "[" else { return nil }
        var depth = 0
        var index = open
        var close: Int?
        while index < line.endIndex {
            let scalar = line[index]
            if scalar == "\\" { index += 2; continue }
            if scalar == "[" { depth += 1 }
            if scalar == "]" {
                depth -= 1
                if depth == 0 { close = index; break }
            }
            index += 1
        }
        guard let close, close + 1 < line.endIndex, line[close + 1] == "(" else { return nil }
        var parens = 0
        index = close + 1
        while index < line.endIndex {
            let scalar = line[index]
            if scalar == "\\" { index += 2; continue }
            if scalar == "(" { parens += 1 }
            if scalar == ")" {
                parens -= 1
                if parens == 0 { return (open + 1..<close, index + 1) }
            }
            if scalar == " " && parens == 1 && !looksLikeTitleAhead(line, from: index) { return nil }
            index += 1
        }
        return nil
    }

    /// Link targets hold no spaces, except a quoted title: `[a](url "title")`.
    private static func looksLikeTitleAhead(_ line: ArraySlice<Unicode.Scalar>, from index: Int) -> Bool {
        index + 1 < line.endIndex && (line[index + 1] == "\"" || line[index + 1] == "'")
    }

    /// ` (/policy-analysis/terrorism)`, ` (https://…)`: a scraper's leftover link target.
    private static func removeParenthesisedURLs(_ text: inout [Unicode.Scalar]) {
        var index = 0
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count)
        while index < text.count {
            if text[index] == "(", let close = urlParenthesisEnd(text, open: index) {
                while let last = result.last, last == " " { result.removeLast() }
                index = close + 1
                continue
            }
            result.append(text[index])
            index += 1
        }
        text = result
    }

    private static func urlParenthesisEnd(_ text: [Unicode.Scalar], open: Int) -> Int? {
        let start = open + 1
        guard start < text.count else { return nil }
        let first = text[start]
        var looksLikeURL = first == "/" || first == "#"
        if !looksLikeURL {
            let prefix = String(String.UnicodeScalarView(text[start..<min(text.count, start + 8)])).lowercased()
            looksLikeURL = prefix.hasPrefix("http://") || prefix.hasPrefix("https://") || prefix.hasPrefix("www.")
        }
        guard looksLikeURL else { return nil }
        var index = start
        while index < text.count {
            if text[index] == ")" { return index }
            if text[index].properties.isWhitespace { return nil }
            index += 1
        }
        return nil
    }

    /// Broken link stubs (`**tweeted (**`, `operations **(** such as`) leave a `(` that nothing closes.
    private static func removeUnmatchedOpenParens(_ text: inout [Unicode.Scalar]) {
        var open: [Int] = []
        for (index, scalar) in text.enumerated() {
            if scalar == "(" { open.append(index) }
            if scalar == ")", !open.isEmpty { open.removeLast() }
        }
        guard !open.isEmpty else { return }
        let drop = Set(open)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count)
        for (index, scalar) in text.enumerated() {
            if drop.contains(index) {
                while let last = result.last, last == " " { result.removeLast() }
                continue
            }
            result.append(scalar)
        }
        text = result
    }

    private static func collapseSpaces(_ text: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text {
            if scalar == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                if !isClosingPunctuation(scalar) { out.append(" ") }
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// A space left before `,` or `.` is an artefact of a removed stub, never the author's.
    static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "." || scalar == ";" || scalar == ":" || scalar == ")"
    }
}
