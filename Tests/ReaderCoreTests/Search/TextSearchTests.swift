import ArticleKit
import Testing
@testable import ReaderCore

@Suite("Search")
struct TextSearchTests {
    let text = ScalarText("The minister’s “red line” held — for now. Zürich and Zurich agreed; Ukraine, UKRAINE and Ukriane.")

    private func found(_ pattern: String) -> [String] {
        TextSearch.matches(of: pattern, in: text).map { text.string($0) }
    }

    @Test func quotesApostrophesDashesAndAccentsFold() {
        #expect(found("minister's") == ["minister’s"])
        #expect(found("\"red line\"") == ["“red line”"])
        #expect(found("held - for") == ["held — for"])
        #expect(found("zurich") == ["Zürich", "Zurich"])
    }

    @Test func aPatternWithRegexSyntaxIsARegularExpression() {
        #expect(found("ukr.ine") == ["Ukraine", "UKRAINE"])
        #expect(found("\\bukr[a-z]+e\\b") == ["Ukraine", "UKRAINE", "Ukriane"])
        #expect(found("red|now") == ["red", "now"])
    }

    @Test func aPatternThatDoesNotCompileIsLiteral() {
        #expect(found("line” held (").isEmpty)
        #expect(found("(for") == [])
        #expect(found("now.") == ["now."])
    }

    @Test func searchSaysWhenItWraps() {
        var state = ReaderFixture.state(140, 24, keys: "Enter")
        state.update(.key(.character("/")))
        for character in "Biden" { state.update(.key(.character(character))) }
        state.update(.key(.enter))
        let count = state.reading!.search!.matches.count
        #expect(count >= 2)
        for _ in 0..<count { state.update(.key(.character("n"))) }
        #expect(state.render().rowText(23).contains("search wrapped to the top"))
        #expect(state.reading!.search!.current == 0)
    }
}
