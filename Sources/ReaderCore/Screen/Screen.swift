/// A grid of styled cells, the only thing the terminal backend paints. A wide character fills its
/// cell and marks the next one as its continuation.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: Role
    /// The right half of a wide character: painted by the cell before it.
    public var isContinuation: Bool
    /// Marks something other articles share (an actor or phrase with cross-references): underlined.
    public var isShared: Bool = false

    public static let blank = Cell(character: " ", role: .plain, isContinuation: false)
}

public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = [Cell](repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Sets one cell as a terminal shows it: a wide character covers the next cell too.
    public mutating func put(_ cell: Cell, row: Int, column: Int) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        cells[row * width + column] = cell
        if let scalar = cell.character.unicodeScalars.first, DisplayWidth.of(scalar) == 2, column + 1 < width {
            cells[row * width + column + 1] = Cell(character: " ", role: cell.role, isContinuation: true, isShared: cell.isShared)
        }
    }

    /// Underlines cells [from, to) of a row.
    public mutating func markShared(row: Int, from column: Int, to end: Int) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<min(width, end) { cells[row * width + x].isShared = true }
    }

    /// Fills a row's cells from `column` on with `role`, leaving characters as they are.
    public mutating func paint(row: Int, from column: Int = 0, to end: Int? = nil, role: Role) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<min(width, end ?? width) { cells[row * width + x].role = role }
    }

    /// Writes text at (row, column), clipped to `limit` columns; returns the column after it. Wide
    /// characters that would not fit are replaced by a space; combining marks join the character
    /// before them.
    @discardableResult
    public mutating func write<S: Sequence>(_ scalars: S, row: Int, column: Int, role: Role, limit: Int? = nil) -> Int
    where S.Element == Unicode.Scalar {
        let text = Array(scalars)
        return writeStyled(count: text.count, row: row, column: column, limit: limit ?? width) { (text[$0], role, false) }
    }

    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, role: Role, limit: Int? = nil) -> Int {
        write(text.unicodeScalars, row: row, column: column, role: role, limit: limit)
    }

    /// Writes scalars each with its own role (and shared mark), clipped at `limit` columns; combining
    /// marks join the character before them. Returns the column after the text.
    @discardableResult
    public mutating func writeStyled(count: Int, row: Int, column: Int, limit: Int,
                                     _ item: (Int) -> (scalar: Unicode.Scalar, role: Role, shared: Bool)) -> Int {
        guard row >= 0, row < height, column >= 0 else { return column }
        let end = min(width, column + limit)
        var x = column
        var index = 0
        while index < count, x < end {
            let (scalar, role, shared) = item(index)
            let cellWidth = min(2, DisplayWidth.of(scalar))
            index += 1
            // Most cells hold one scalar: a Character straight from it, no String per cell.
            var character = Character(scalar)
            if index < count, DisplayWidth.of(item(index).scalar) == 0 {
                var cluster = String.UnicodeScalarView([scalar])
                while index < count, DisplayWidth.of(item(index).scalar) == 0 {
                    cluster.append(item(index).scalar)
                    index += 1
                }
                character = Character(String(cluster))
            }
            if cellWidth == 0 { continue }
            if x + cellWidth > end {
                cells[row * width + x] = Cell(character: " ", role: role, isContinuation: false, isShared: false)
                x = end
                break
            }
            cells[row * width + x] = Cell(character: character, role: role, isContinuation: false, isShared: shared)
            if cellWidth == 2 { cells[row * width + x + 1] = Cell(character: " ", role: role, isContinuation: true, isShared: shared) }
            x += cellWidth
        }
        return x
    }

    /// The screen as text, one line per row, trailing spaces kept so every line is `width` wide.
    public var text: String {
        (0..<height).map(rowText).joined(separator: "\n")
    }

    public func rowText(_ row: Int) -> String {
        var line = ""
        for x in 0..<width where !self[row, x].isContinuation { line.append(self[row, x].character) }
        return line
    }

    /// One role letter per cell (see `Role.code`).
    public var roleText: String {
        (0..<height).map { row in String((0..<width).map { self[row, $0].role.code }) }.joined(separator: "\n")
    }
}
