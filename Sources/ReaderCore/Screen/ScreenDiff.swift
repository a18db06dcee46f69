/// What a terminal writes to go from the screen it shows to the next: after a size change (or at the
/// first paint) it clears and writes every cell; otherwise only the cells that differ. The right half
/// of a wide character is never written: the character before it covers it.
public enum ScreenDiff {
    /// Whether painting `screen` over `shown` starts from a cleared terminal.
    public static func clearsFirst(from shown: Screen?, to screen: Screen) -> Bool {
        guard let shown else { return true }
        return shown.width != screen.width || shown.height != screen.height
    }

    /// Calls `write` for each cell to write, row by row.
    public static func forEachChange(from shown: Screen?, to screen: Screen, _ write: (_ row: Int, _ column: Int, _ cell: Cell) -> Void) {
        let full = clearsFirst(from: shown, to: screen)
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let cell = screen[row, column]
                if cell.isContinuation { continue }
                if !full, let shown, shown[row, column] == cell { continue }
                write(row, column, cell)
            }
        }
    }
}
