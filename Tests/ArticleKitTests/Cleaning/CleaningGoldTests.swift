import Testing
@testable import ArticleKit

/// The gold lists every boilerplate line per article and every quotation: the first must be gone,
/// the second still readable.
@Suite("Cleaning against the gold")
struct CleaningGoldTests {
    @Test(arguments: Fixtures.articleNames)
    func boilerplateLinesAreGone(name: String) {
        let article = Fixtures.article(name)
        let cleanLines = Set(article.text.split(separator: "\n").map { String($0).trimmingSpaces() })
        let gold = Fixtures.gold("articles.jsonl").first { $0["article"] as? String == name }
        let boilerplate = gold?["boilerplate"] as? [String] ?? []
        for line in boilerplate {
            #expect(!cleanLines.contains(line.trimmingSpaces()), "\(name) still has: \(line)")
        }
    }

    @Test(arguments: Fixtures.articleNames)
    func everyGoldQuoteIsStillReadable(name: String) {
        let clean = Fixtures.normalized(Fixtures.article(name).text)
        let quotes = Fixtures.gold("quotes.jsonl").filter { $0["article"] as? String == name }
        #expect(!quotes.isEmpty)
        for quote in quotes {
            let text = Fixtures.normalized(quote["quote"] as? String ?? "")
            #expect(clean.contains(text), "\(name) lost: \(text)")
        }
    }

    @Test(arguments: Fixtures.articleNames)
    func noControlCharactersSurvive(name: String) {
        #expect(!Fixtures.article(name).text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
