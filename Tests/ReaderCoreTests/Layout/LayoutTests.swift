import CDisplayWidth
import Testing
@testable import ReaderCore

@Suite("Display width and line breaking")
struct LayoutTests {
    @Test func widthsOfWideCombiningAndEmoji() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("␛[2J") == 4)
    }

    /// The basic plane's table, filled a block at a time as text needs it, says what wcwidth says for
    /// every scalar, whichever block is asked first.
    @Test func theLazyTableAgreesWithWcwidthOnTheWholeBasicPlane() {
        var disagreements: [UInt32] = []
        for value in stride(from: UInt32(0xFFFF), through: 0x20, by: -1) {
            guard let scalar = Unicode.Scalar(value), !(0x7F..<0xA0).contains(value) else { continue }
            // wcwidth's -1 (not printable) shows as one column; -2 (no UTF-8 locale) is not compared.
            let expected = crossread_scalar_width(value)
            guard expected != -2 else { continue }
            if DisplayWidth.of(scalar) != (expected == -1 ? 1 : Int(expected)) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "first differing: \(disagreements.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func breaksAtSpacesWithinTheWidth() {
        #expect(LineBreaker.lines("The quick brown fox jumps over the lazy dog", width: 10)
            == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func breaksInsideAWordOnlyWhenItIsWiderThanTheLine() {
        #expect(LineBreaker.lines("antidisestablishment is long", width: 8) == ["antidise", "stablish", "ment is", "long"])
    }

    @Test func wideCharactersNeverOverflow() {
        let lines = LineBreaker.lines("中文字符测试中文字符", width: 5)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 })
        #expect(lines.joined() == "中文字符测试中文字符")
    }

    @Test func combiningMarksStayWithTheirBase() {
        let lines = LineBreaker.lines("e\u{0301}e\u{0301}e\u{0301}e\u{0301}", width: 2)
        #expect(lines == ["e\u{0301}e\u{0301}", "e\u{0301}e\u{0301}"])
    }

    @Test func widthOneAndEmptyText() {
        #expect(LineBreaker.lines("ab", width: 1) == ["a", "b"])
        #expect(LineBreaker.lines("中", width: 1) == ["中"])
        #expect(LineBreaker.lines("", width: 10).isEmpty)
    }

    @Test func shortenAndTable() {
        #expect(TextColumns.shorten("Resurrection of Real Allies", to: 10) == "Resurrect…")
        #expect(TextColumns.shorten("short", to: 10) == "short")
        #expect(TextColumns.table([["a", "1"], ["bbb", "22"]], rightAligned: [1]) == "a     1\nbbb  22")
    }
}
