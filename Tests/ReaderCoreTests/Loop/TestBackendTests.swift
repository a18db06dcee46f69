import ArticleKit
import Testing
@testable import ReaderCore

/// The paint path without a terminal: what `ScreenDiff` writes turns the terminal's grid into the new
/// screen, and only the cells that changed are written.
@Suite("Painting through the test backend")
struct TestBackendTests {
    /// The cells a terminal shows: the right half of a wide character is the character's.
    static func visible(_ screen: Screen) -> [[Cell]] {
        (0..<screen.height).map { row in (0..<screen.width).map { screen[row, $0] }.filter { !$0.isContinuation } }
    }

    @Test func theGridAfterEveryPaintIsTheScreenPainted() {
        var state = ReaderFixture.state(90, 20)
        let backend = TestBackend(width: 90, height: 20)
        for keys in ["", "j j", "Enter", "Space", "] ]", "s", "Esc", "q", "c j c"] {
            for event in Event.parse(keys) ?? [] { state.update(event) }
            let screen = state.render()
            backend.paint(screen)
            #expect(Self.visible(backend.shown) == Self.visible(screen), "after \(keys)")
        }
    }

    @Test func aRepaintOfTheSameScreenWritesNothingAndAScrollWritesLessThanAll() {
        var state = ReaderFixture.state(100, 30, article: "is-biden")
        let backend = TestBackend(width: 100, height: 30)
        backend.paint(state.render())
        #expect(backend.lastPaintWrites == 100 * 30)
        backend.paint(state.render())
        #expect(backend.lastPaintWrites == 0)
        state.update(.key(.character("j")))
        backend.paint(state.render())
        #expect(backend.lastPaintWrites > 0 && backend.lastPaintWrites < 100 * 30)
    }

    @Test func aResizeClearsAndWritesEveryCell() {
        var state = ReaderFixture.state(80, 24)
        let backend = TestBackend(width: 80, height: 24)
        backend.paint(state.render())
        backend.resize(width: 60, height: 10)
        state.update(backend.nextEvent(timeout: 0)!)
        backend.paint(state.render())
        #expect(backend.lastPaintWrites == 60 * 10)
        #expect(Self.visible(backend.shown) == Self.visible(state.render()))
    }

    @Test func wideCharactersReplacedByNarrowOnesLeaveNoHalves() {
        var wide = Screen(width: 8, height: 1)
        wide.write("港口ab", row: 0, column: 0, role: .plain)
        var narrow = Screen(width: 8, height: 1)
        narrow.write("xyzw", row: 0, column: 0, role: .plain)
        let backend = TestBackend(width: 8, height: 1)
        backend.paint(wide)
        #expect(backend.shown.rowText(0) == "港口ab  ")
        backend.paint(narrow)
        #expect(backend.shown.rowText(0) == "xyzw    ")
        backend.paint(wide)
        #expect(Self.visible(backend.shown) == Self.visible(wide))
    }
}

@Suite("Terminal input")
struct TerminalInputTests {
    @Test(arguments: [
        (UInt32(13), Key.enter), (10, .enter), (27, .escape), (9, .tab), (127, .backspace), (8, .backspace),
        (3, .control("c")), (1, .control("a")), (12, .control("l")), (106, .character("j")), (0x00E9, .character("é")),
        (0x6E2F, .character("港")),
    ])
    func controlCharactersAreTheirKeysAndOthersThemselves(code: UInt32, key: Key) {
        #expect(TerminalInput.key(forCharacter: code) == key)
    }

    @Test func nulAndTheSeparatorsAreNoKey() {
        for code: UInt32 in [0, 28, 29, 30, 31, 0xD800] { #expect(TerminalInput.key(forCharacter: code) == nil) }
    }
}
