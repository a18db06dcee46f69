import Testing
@testable import ReaderCore

@Suite("Screen cells")
struct ScreenCellTests {
    @Test func aCombiningMarkJoinsItsBaseAndWideCharactersTakeTwoCells() {
        var screen = Screen(width: 10, height: 1)
        let end = screen.write("Zoe\u{0308} 中文", row: 0, column: 0, role: .plain)
        #expect(end == 8)
        #expect(screen[0, 2].character == "e\u{0308}")
        #expect(screen[0, 3].character == " ")
        #expect(screen[0, 4].character == "中" && screen[0, 5].isContinuation)
        #expect(screen[0, 6].character == "文" && screen[0, 7].isContinuation)
        #expect(screen.rowText(0) == "Zoe\u{0308} 中文  ")
    }
}
