import CorpusGenerator
import Testing
@testable import ArticleKit

/// Cleaning runs once: what it leaves must be text that cleaning would not change again. Each case is
/// a way one pass used to leave syntax for a second pass.
@Suite("Cleaning in one pass")
struct OnePassIdempotenceTests {
    static func expectSettled(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let once = Cleaner.clean(source).text
        #expect(Cleaner.clean(once).text == once, "\(source.debugDescription) → \(once.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func aHeadingWhoseTextIsAgainAHeadingIsOneHeading() {
        let cleaned = Cleaner.clean("Port Talks Resume\n\n# # Ministers meet at dawn\n\nThe talks resumed on Monday after a pause of two weeks.")
        #expect(cleaned.paragraphs == ["Port Talks Resume", "Ministers meet at dawn", "The talks resumed on Monday after a pause of two weeks."])
        Self.expectSettled("Title\n\n\\# Not a heading once unescaped\n\nBody text.")
        Self.expectSettled("Title\n\n> > A quotation nested twice\n\nBody text.")
    }

    @Test func hardWrappedLinesJoinAsOneLineWouldBeSpaced() {
        let cleaned = Cleaner.clean("Title\n\nThe committee met on Tuesday (behind closed doors)\n, and then adjourned for the week.")
        #expect(cleaned.paragraphs.last == "The committee met on Tuesday (behind closed doors), and then adjourned for the week.")
        Self.expectSettled("Title\n\nA **bold claim\nacross two lines** in a wrapped paragraph (with a note).")
    }

    @Test func aParagraphBrokenBeforeAHeadingIsJoinedOnceAndForAll() {
        Self.expectSettled("Title\n\nThe minister said the budget would be presented to parliament in the\n\n# spring, along with the tax plans.")
        Self.expectSettled("Title\n\nA long subheading of more than eight words without an end\n\nfollowed by a paragraph (that starts in lower case).")
    }

    @Test func randomMarkdownSettlesInOnePass() {
        var random = SeededRandom(seed: 77)
        let pieces = ["#", "# ", "## ", "> ", ">", "\\", "\\#", "*", "**", "_", "[", "](", ")", "(", "!", "---", "- ", "\n", "\n\n",
                      " ", "  ", ",", ".", ":", ";", "“", "”", "said", "the minister", "Tuesday", "port", "http://example.org/a", "a"]
        for _ in 0..<3000 {
            let length = Int(random.next() % 120)
            let text = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: random.next() % 2 == 0 ? "" : " ")
            Self.expectSettled(text)
        }
    }
}
