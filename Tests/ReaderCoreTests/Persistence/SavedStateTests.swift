import Foundation
import Testing
@testable import ReaderCore
import ReaderFiles

@Suite("Saved state")
struct SavedStateTests {
    private func scratch() -> String {
        let path = NSTemporaryDirectory() + "crossread-state-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func roundTrip() {
        let path = scratch() + "/deep/er/state"
        let saved = SavedState(positions: ["/a/b.txt": 120, "/c d.txt": 0], view: .compare("/a/b.txt", "/c d.txt"), sort: .date, selected: "/c d.txt")
        #expect(SavedStateFile.save(saved, to: path) == nil)
        let loaded = SavedStateFile.load(from: path)
        #expect(loaded.state == saved)
        #expect(loaded.warning == nil)
    }

    @Test func theLibraryReopensWithItsSortAndSelection() {
        let state = ReaderFixture.state(100, 20, keys: "s j j")
        let rows = state.library.rows(state.corpus)
        let chosen = state.corpus.articles[rows[state.library.selected]].path
        var fresh = ReaderFixture.state(100, 20, keys: "")
        fresh.resume(state.remembered)
        #expect(fresh.library.sort == .date)
        #expect(fresh.corpus.articles[fresh.library.rows(fresh.corpus)[fresh.library.selected]].path == chosen)
        #expect(fresh.mode == .library)
    }

    @Test func quittingAsksTheShellToSaveThePlaceAndTheView() {
        var state = ReaderFixture.state(80, 24, keys: "Enter Space Space")
        let path = state.corpus.articles[state.reading!.article].path
        let anchor = state.reading!.anchor
        #expect(anchor > 0)
        let effects = state.update(.interrupted)
        #expect(state.shouldQuit)
        guard effects.count == 1, case .save(let saved) = effects[0] else {
            Issue.record("quitting asked for \(effects.count) effects, not one save")
            return
        }
        #expect(saved.positions[path] == anchor)
        #expect(saved.view == .reading(path))
        var fresh = ReaderFixture.state(80, 24)
        fresh.positions = saved.positions
        fresh.resume(saved)
        #expect(fresh.mode == .reading && fresh.reading?.anchor == anchor)
    }

    @Test func qFromTheFirstViewSavesAndCtrlCFromACompareToo() {
        var library = ReaderFixture.state(80, 24)
        let fromLibrary = library.update(.key(.character("q")))
        guard case .save(let saved)? = fromLibrary.first else {
            Issue.record("q did not ask to save")
            return
        }
        #expect(saved.view == .library && saved.selected != nil)
        var compared = ReaderFixture.state(120, 30, keys: "c j c")
        #expect(compared.mode == .compare)
        guard case .save(let pair)? = compared.update(.key(.control("c"))).first, case .compare(let a, let b) = pair.view else {
            Issue.record("Ctrl-C did not save the comparison")
            return
        }
        #expect(a != b)
    }

    @Test func missingFileIsAnEmptyStateWithoutWarning() {
        let loaded = SavedStateFile.load(from: scratch() + "/none")
        #expect(loaded.state == SavedState())
        #expect(loaded.warning == nil)
    }

    @Test(arguments: ["garbage\n", "crossread-state 1\npos\tNaN\t/a\n", "crossread-state 1\npos\t12\n", "\u{0}\u{1}binary"])
    func corruptFileIsIgnoredWithAWarningAndRewritten(content: String) {
        let path = scratch() + "/state"
        FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
        let loaded = SavedStateFile.load(from: path)
        #expect(loaded.state == SavedState())
        #expect(loaded.warning?.hasPrefix("ignoring unreadable state file") == true)
        #expect(SavedStateFile.save(SavedState(positions: ["/x": 1]), to: path) == nil)
        #expect(SavedStateFile.load(from: path).state.positions == ["/x": 1])
    }

    /// The file is written atomically, so a cut-off line means it was damaged: all of it is ignored
    /// (with a warning) rather than half-trusted.
    @Test func aTruncatedFileIsIgnoredWithAWarning() {
        let path = scratch() + "/state"
        FileManager.default.createFile(atPath: path, contents: Data("crossread-state 1\npos\t5\t/x\npos\t7".utf8))
        let loaded = SavedStateFile.load(from: path)
        #expect(loaded.warning?.hasPrefix("ignoring unreadable state file") == true)
        #expect(loaded.state == SavedState())
    }

    /// A folder that cannot be made (its parent is a file: refused even to root, which CI runs as)
    /// gives a warning instead of an error.
    @Test func unwritableFolderGivesAWarning() throws {
        let file = scratch() + "/plain-file"
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        let warning = SavedStateFile.save(SavedState(positions: ["/x": 1]), to: file + "/sub/state")
        #expect(warning != nil)
        #expect(SavedStateFile.save(SavedState(positions: ["/x": 1]), to: "/proc/crossread/state") != nil)
    }

    @Test func saveLeavesNoTemporaryFiles() {
        let folder = scratch()
        #expect(SavedStateFile.save(SavedState(positions: ["/x": 1]), to: folder + "/state") == nil)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder)) == ["state"])
    }
}

@Suite("Saved state under crashes")
struct SavedStateCrashTests {
    /// `kill -9` in the middle of a save leaves at most a stray temporary file: the state file itself
    /// is only ever replaced whole by rename, so it still loads.
    @Test func interruptedSaveLeavesTheLastGoodState() throws {
        let folder = NSTemporaryDirectory() + "crossread-crash-" + UUID().uuidString
        let path = folder + "/state"
        #expect(SavedStateFile.save(SavedState(positions: ["/good": 42]), to: path) == nil)
        FileManager.default.createFile(atPath: path + ".tmp.99999", contents: Data("crossread-state 1\npos\t1".utf8))
        #expect(SavedStateFile.load(from: path).state.positions == ["/good": 42])
        #expect(SavedStateFile.save(SavedState(positions: ["/next": 7]), to: path) == nil)
        #expect(SavedStateFile.load(from: path).state.positions == ["/next": 7])
    }
}
