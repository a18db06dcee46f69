import Testing
@testable import ReaderCore

/// Every view rendered at three sizes and compared with the expected text.
@Suite("Screens")
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (40, 12)]

    @Test(arguments: sizes)
    func library(width: Int, height: Int) {
        ReaderFixture.expectSnapshot(ReaderFixture.state(width, height).render(), "library-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func reading(width: Int, height: Int) {
        let state = ReaderFixture.state(width, height, keys: "j Enter ]")
        ReaderFixture.expectSnapshot(state.render(), "reading-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func compare(width: Int, height: Int) {
        let state = ReaderFixture.state(width, height, keys: "j j c j c ] ]")
        ReaderFixture.expectSnapshot(state.render(), "compare-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func speakersOverlay(width: Int, height: Int) {
        let state = ReaderFixture.state(width, height, keys: "s j", article: "is-biden")
        ReaderFixture.expectSnapshot(state.render(), "speakers-\(width)x\(height)")
    }

    @Test func helpOverlay() {
        ReaderFixture.expectSnapshot(ReaderFixture.state(80, 24, keys: "?", article: "is-biden").render(), "help-reading-80x24")
    }

    @Test func crossReferencesOverlay() {
        let state = ReaderFixture.state(100, 16, keys: "]", article: "the-right-time")
        var withList = state
        withList.update(.key(.character("x")))
        ReaderFixture.expectSnapshot(withList.render(), "xref-obama-100x16")
    }
}
