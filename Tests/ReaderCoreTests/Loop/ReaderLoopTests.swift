import ArticleKit
import Testing
@testable import ReaderCore

/// The reader's loop on the test backend, with a runner that answers effects from fixtures: keys
/// become screens, effects are run and answered, idle waits paint nothing, and however the loop ends
/// the reader's place is handed over to be saved.
@Suite("Reader loop")
struct ReaderLoopTests {
    /// Answers texts from the bundled fixture at once; hands out `later` events one look at a time.
    struct FixtureRunner: EffectRunner {
        var later: [Event] = []
        var saved: [SavedState] = []
        var findingsAsked = 0

        mutating func perform(_ effects: [Effect], on state: inout ReaderState) {
            var queue = effects
            while !queue.isEmpty {
                switch queue.removeFirst() {
                case .readTexts(let requests), .readSentences(let requests):
                    queue += state.update(ReaderFixture.textsRead(requests))
                case .findFindings: findingsAsked += 1
                case .listLibrary: break
                case .save(let state): saved.append(state)
                }
            }
        }

        mutating func finishedWork(shownProgress: Int?) -> (events: [Event], warnings: [String]) {
            later.isEmpty ? ([], []) : ([later.removeFirst()], ["a warning from the work"])
        }

        var isBusy: Bool { !later.isEmpty }
    }

    static func keys(_ names: String) -> [Event?] { (Event.parse(names) ?? []).map { $0 } }

    @Test func keysArePaintedAndQSavesThePlace() {
        var state = ReaderFixture.state(100, 30)
        let backend = TestBackend(width: 100, height: 30, events: Self.keys("Enter Space q q"))
        var runner = FixtureRunner()
        _ = ReaderLoop.run(&state, on: backend, runner: &runner)
        #expect(state.shouldQuit && !backend.interrupted)
        #expect(backend.paints == 3)
        #expect(runner.saved.count == 1)
        let path = state.corpus.articles[state.library.rows(state.corpus)[0]].path
        #expect((runner.saved.first?.positions[path] ?? 0) > 0)
    }

    @Test func idleWaitsPaintNothing() {
        var state = ReaderFixture.state(80, 24)
        let backend = TestBackend(width: 80, height: 24, events: [nil, nil, .key(.character("j")), nil, nil])
        var runner = FixtureRunner()
        _ = ReaderLoop.run(&state, on: backend, runner: &runner)
        #expect(backend.paints == 1)
    }

    @Test func aSignalEndsTheLoopAndTheReaderStillSavesItsPlace() {
        var state = ReaderFixture.state(100, 30)
        let backend = TestBackend(width: 100, height: 30, events: Self.keys("Enter Space Space"))
        var runner = FixtureRunner()
        _ = ReaderLoop.run(&state, on: backend, runner: &runner)
        #expect(backend.interrupted && state.shouldQuit)
        guard let saved = runner.saved.first, case .reading(let path) = saved.view else {
            Issue.record("the place was not saved")
            return
        }
        #expect((saved.positions[path] ?? 0) > 0)
    }

    @Test func findingsThatFinishLaterAreTakenAndTheKeyThatWaitedForThemApplies() {
        let source = ArticleSource(path: "/news/tram-line.txt", text: """
            City Approves Tram Extension

            "The line will reach the hospital by 2029," said Mayor Ilse Varga on Tuesday.

            Engineers expect the works to close two streets for a year.
            """)
        let textOnly = ArticleAnalyzer.analyze(source, depth: .text)
        var state = ReaderState(corpus: Corpus(articles: [textOnly]), width: 90, height: 12)
        state.openArticle(0)
        var runner = FixtureRunner(later: [.findingsFound([ArticleAnalyzer.analyze(source)])])
        runner.perform(state.takeEffects(), on: &state)
        #expect(runner.findingsAsked == 1)
        let backend = TestBackend(width: 90, height: 12, events: [.key(.character("]")), nil])
        let warnings = ReaderLoop.run(&state, on: backend, runner: &runner)
        #expect(warnings == ["a warning from the work"])
        #expect(state.reading?.focus == state.corpus.articles[0].quotes.first?.span && state.reading?.focus != nil)
        #expect(backend.shown.rowText(11).contains("Ilse Varga"))
    }
}
