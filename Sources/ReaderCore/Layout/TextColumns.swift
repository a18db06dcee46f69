/// Fitting strings into terminal columns: shortening with an ellipsis, padding, aligned tables.
public enum TextColumns {
    /// `text` cut to at most `columns` display columns, ending in "…" when cut.
    public static func shorten(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard DisplayWidth.of(text) > columns else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let width = DisplayWidth.of(scalar)
            if used + width > columns - 1 { break }
            out.append(scalar)
            used += width
        }
        out.append("…")
        return String(out)
    }

    public static func pad(_ text: String, to columns: Int, right: Bool = false) -> String {
        let missing = max(0, columns - DisplayWidth.of(text))
        let padding = String(repeating: " ", count: missing)
        return right ? padding + text : text + padding
    }

    /// Rows of cells laid out in columns two spaces apart; the last column is not padded.
    public static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let columnCount = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 && !rightAligned.contains(index)
                    ? cell : pad(cell, to: widths[index], right: rightAligned.contains(index))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
