import Foundation
import Testing
import CorpusGenerator
@testable import ArticleKit

/// Articles come from the web: anything can be in them. Each case states what must happen.
@Suite("Hostile and broken input")
struct HostileInputTests {
    /// The invariants every analysis keeps, whatever the input.
    static func checkInvariants(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        let count = article.scalars.count
        #expect(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, sourceLocation: sourceLocation)
        let spans = article.paragraphs.map(\.span) + article.sentences.map(\.span) + article.mentions.map(\.span) + article.quotes.map(\.span)
        #expect(spans.allSatisfy { $0.start >= 0 && $0.end <= count }, sourceLocation: sourceLocation)
        #expect(zip(article.quotes, article.quotes.dropFirst()).allSatisfy { $0.span.end <= $1.span.start }, sourceLocation: sourceLocation)
        #expect(article.quotes.allSatisfy { $0.span.contains($0.content) || $0.content.isEmpty }, sourceLocation: sourceLocation)
    }

    private func analyze(_ text: String) -> Article { ArticleAnalyzer.analyze(ArticleSource(path: "hostile.txt", text: text)) }

    @Test func hundredThousandQuoteMarks() {
        for mark in ["\"", "“", "”", "'", "‘"] {
            let article = analyze("Title\n\n" + String(repeating: mark + "x ", count: 50_000))
            Self.checkInvariants(article)
        }
    }

    @Test func onlyApostrophes() {
        let article = analyze(String(repeating: "'’", count: 20_000))
        Self.checkInvariants(article)
        #expect(article.quotes.isEmpty)
    }

    @Test func quotesNestedThousandDeep() {
        let nested = String(repeating: "“a ‘b ", count: 1000) + "core" + String(repeating: "’ c” ", count: 1000)
        let article = analyze("Title\n\nHe said " + nested)
        Self.checkInvariants(article)
        #expect(!article.quotes.isEmpty)
    }

    @Test func longSingleLineOfProse() {
        let sentence = "Minister Ana Reyes said “the port will reopen,” and Dr. Tomas Okafor of the Harbor Institute disagreed. "
        let line = String(repeating: sentence, count: 20_000)
        let article = analyze(line)
        Self.checkInvariants(article)
        #expect(article.paragraphs.count == 1)
        #expect(article.quotes.count == 20_000)
        #expect(article.quotes.allSatisfy { article.speakerName(of: $0) == "Ana Reyes" })
    }

    @Test func twentyMegabyteLineReadsAsText() {
        let sentence = "The harbour closed “for now,” officials said on Tuesday, and nobody knew when it would open again. "
        let line = String(repeating: sentence, count: 20_000_000 / sentence.utf8.count)
        let article = ArticleAnalyzer.analyze(ArticleSource(path: "big.txt", text: line), depth: .text)
        #expect(article.text.utf8.count > 19_000_000)
        #expect(article.paragraphs.count == 1)
        #expect(article.sentences.count > 190_000)
    }

    @Test func rightToLeftEmojiCJKAndCombiningMarks() {
        let text = "عنوان\n\nقال الوزير «سنعود» ثم غادر. 中文报道说“我们会回来”。 Emoji 😀👍🏽 and e\u{301}\u{302} and \u{202E}reversed\u{202C} text."
        let article = analyze(text)
        Self.checkInvariants(article)
        #expect(!article.text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    }

    @Test func escapeSequencesBecomeVisibleSymbols() {
        let text = "Title\n\nMove \u{1B}[2J\u{1B}[H, title \u{1B}]0;pwned\u{07}, clipboard \u{1B}]52;c;ZXZpbA==\u{1B}\\ and C1 \u{9B}31m."
        let article = analyze(text)
        Self.checkInvariants(article)
        #expect(!article.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) })
        #expect(article.text.contains("␛[2J␛[H"))
    }

    @Test func nulBytesAreRefusedAsBinary() {
        #expect(throws: TextDecoding.DecodingFailure.binary) { try TextDecoding.decode(Array("Title\n\nText\u{0}more".utf8)).get() }
    }

    @Test func devicesAreRefusedWithoutReading() {
        let report = LibraryLoader.load(paths: ["/dev/zero", "/dev/null"])
        #expect(report.sources.isEmpty)
        #expect(report.problems.allSatisfy { $0.reason == "a device, not a regular file; refused" })
    }

    @Test func unreadableFile() throws {
        let folder = Fixtures.scratchFolder()
        let file = folder + "/secret.txt"
        Fixtures.write("Title\n\nSecret.", to: file)
        chmod(file, 0)
        defer { chmod(file, 0o600) }
        let result = LibraryLoader.read(file: file)
        if getuid() == 0 {
            #expect((try? result.get()) != nil, "root reads any file")
        } else {
            #expect(throws: LoadProblem.self) { try result.get() }
        }
    }

    @Test func randomBytesNeverBreakTheInvariants() {
        var seeded = SeededRandom(seed: 2024)
        let pieces = ["“", "”", "\"", "'", "’", "‘", "«", "»", " ", "\n", "\n\n", ".", ",", ":", "—", "said", "told", "he", "she",
                      "Ana", "Reyes", "President", "U.S.", "NATO", "the", "a", "official", "[", "](", ")", "*", "**", "#", "\\",
                      "\u{1B}", "\u{7}", "\u{301}", "中", "😀", "http://x.y/Z", "Jan.", "Mr.", "(", "ISIS", "-", "al-"]
        for _ in 0..<300 {
            let length = Int(seeded.next() % 200)
            let text = (0..<length).map { _ in pieces[Int(seeded.next() % UInt64(pieces.count))] }.joined(separator: seeded.next() % 3 == 0 ? "" : " ")
            let article = analyze(text)
            Self.checkInvariants(article)
            #expect(Cleaner.clean(article.text).text == article.text, "not idempotent: \(text.debugDescription)")
            let corpus = Corpus(articles: [article, analyze(String(text.reversed()))])
            let comparison = corpus.compare(0, 1)
            #expect(comparison.pairs.allSatisfy { corpus.articles[0].paragraphs.indices.contains($0.a) && corpus.articles[1].paragraphs.indices.contains($0.b) })
        }
    }
}
