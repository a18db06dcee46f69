/// Breaks a run of text into lines no wider than a number of terminal columns: at spaces where it can,
/// inside a word only when the word alone is wider than the line. Combining marks never start a line.
public enum LineBreaker {
    /// Ranges of indices into `scalars`, one per line, without the spaces at the breaks.
    public static func lines(_ scalars: ArraySlice<Unicode.Scalar>, width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var index = scalars.startIndex
        let end = scalars.endIndex
        while index < end {
            while index < end, scalars[index] == " " { index += 1 }
            guard index < end else { break }
            let lineStart = index
            var columns = 0
            var lastBreak: Int?
            var cursor = index
            while cursor < end {
                let scalar = scalars[cursor]
                let cellWidth = DisplayWidth.of(scalar)
                if scalar == " " { lastBreak = cursor }
                if columns + cellWidth > width, cellWidth > 0 { break }
                columns += cellWidth
                cursor += 1
            }
            if cursor >= end {
                lines.append(lineStart..<trimTrailingSpaces(scalars, lineStart, end))
                break
            }
            if scalars[cursor] == " " {
                lines.append(lineStart..<trimTrailingSpaces(scalars, lineStart, cursor))
                index = cursor
            } else if let lastBreak, lastBreak > lineStart {
                lines.append(lineStart..<trimTrailingSpaces(scalars, lineStart, lastBreak))
                index = lastBreak
            } else {
                let cut = max(cursor, lineStart + 1)
                lines.append(lineStart..<cut)
                index = cut
            }
        }
        return lines
    }

    public static func lines(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return lines(scalars[...], width: width).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    private static func trimTrailingSpaces(_ scalars: ArraySlice<Unicode.Scalar>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, scalars[end - 1] == " " { end -= 1 }
        return end
    }
}
