import Foundation
import Testing
import ArticleKit
import CorpusGenerator
@testable import ReaderCore
import ReaderFiles

@Suite("Terminal faults and hostile text in the reader")
struct TerminalFaultTests {
    static let mixed = """
        عنوان 中文标题 😀

        قال الوزير «سنعود» ثم غادر. 中文报道说“我们会回来”。 Emoji 😀👍🏽 family 👨‍👩‍👧 and e\u{301}\u{302} combining, \
        full-width ＡＢＣ, tabs\tand \u{1B}[31mescapes\u{1B}[0m and a very-long-unbreakable-word-\(String(repeating: "x", count: 300)).

        “Quoted 中文 speech,” said Minister Ana Reyes.
        """

    static func corpus(_ text: String) -> Corpus {
        Corpus(articles: [ArticleAnalyzer.analyze(ArticleSource(path: "/tmp/mixed.txt", text: text))])
    }

    /// Every row of every screen is exactly `width` columns wide: wide characters count two,
    /// combining marks none, and nothing spills over.
    @Test func widthsAreRightInEveryViewAtAnySize() {
        let corpus = Self.corpus(Self.mixed)
        var random = SeededRandom(seed: 7)
        for _ in 0..<120 {
            let width = 1 + Int(random.next() % 300), height = 1 + Int(random.next() % 100)
            for keys in ["", "Enter", "Enter ] ]", "Enter s", "Enter ?", "Enter / 中 Enter"] {
                var state = ReaderState(corpus: corpus, width: width, height: height)
                for event in Event.parse(keys) ?? [] { state.update(event) }
                let screen = state.render()
                for row in 0..<height {
                    #expect(DisplayWidth.of(screen.rowText(row)) == width, "\(width)x\(height) \(keys) row \(row)")
                }
                #expect(!screen.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
            }
        }
    }

    @Test func compareViewWidthsWithHostileText() {
        let corpus = Corpus(articles: [Self.mixed, Self.mixed + " More."].enumerated().map {
            ArticleAnalyzer.analyze(ArticleSource(path: "/tmp/m\($0.offset).txt", text: $0.element))
        })
        for (width, height) in [(1, 1), (7, 3), (25, 8), (81, 24), (300, 100)] {
            var state = ReaderState(corpus: corpus, width: width, height: height)
            state.openCompare(0, 1)
            let screen = state.render()
            for row in 0..<height { #expect(DisplayWidth.of(screen.rowText(row)) == width, "\(width)x\(height) row \(row)") }
        }
    }

    @Test func thousandRapidResizesKeepTheStateSound() {
        var state = ReaderFixture.state(120, 40, keys: "Enter Space ]")
        let focus = state.reading?.focus
        var random = SeededRandom(seed: 3)
        for _ in 0..<1000 {
            state.update(.resize(width: 1 + Int(random.next() % 250), height: 1 + Int(random.next() % 90)))
        }
        state.update(.resize(width: 120, height: 40))
        #expect(state.reading?.focus == focus)
        #expect(state.reading!.top <= state.maximumTop(state.reading!))
    }

    @Test func articleDeletedWhileOpenStaysReadable() throws {
        let folder = NSTemporaryDirectory() + "crossread-open-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Doomed article\n\n“We will stay,” said Minister Ana Reyes.".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let corpus = Corpus(articles: LibraryLoader.load(paths: [folder]).sources.map(ArticleAnalyzer.analyze))
        var state = ReaderState(corpus: corpus, width: 80, height: 24)
        state.update(.key(.enter))
        try FileManager.default.removeItem(atPath: folder)
        for key in ["]", "}", "x", "q", "j", "G"] { state.update(.key(Key(name: key)!)) }
        let screen = state.render()
        #expect((0..<24).map(screen.rowText).joined().contains("Doomed article"))
        #expect(SavedStateFile.save(SavedState(positions: state.positions), to: folder + "/state") == nil)
    }
}
