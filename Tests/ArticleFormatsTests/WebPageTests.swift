import Foundation
import Testing
@testable import ArticleFormats
@testable import ArticleKit

@Suite("Saved web pages")
struct WebPageTests {
    /// Five pages in the structure of real news templates, their text invented (each file's comment
    /// says what it models), each beside its plain-text twin: WordPress, a JSON-LD newspaper page in
    /// Latin-1, an AMP page, a story under a long comment thread, a wire story with a photo gallery.
    static let pages = ["wordpress", "newspaper", "amp", "comments", "wire-story"]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pages")

    @Test(arguments: pages)
    func aPageReadsAsItsPlainTextTwin(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name + ".html")))
        let twin = try String(contentsOf: Self.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let page = (name: name + ".html", bytes: bytes, twin: twin)
        let source = try WebPage.article(path: page.name, bytes: page.bytes).get()
        #expect(source.text == page.twin)
        let fromPage = ArticleAnalyzer.analyze(source)
        let fromText = ArticleAnalyzer.analyze(ArticleSource(path: page.name, text: page.twin))
        #expect(fromPage.metadata == fromText.metadata)
        #expect(fromPage.metadata.author != nil)
        #expect(fromPage.quotes.map { [fromPage.text(of: $0.content), fromPage.speakerName(of: $0) ?? "-"] }
            == fromText.quotes.map { [fromText.text(of: $0.content), fromText.speakerName(of: $0) ?? "-"] })
        #expect(!fromPage.quotes.isEmpty)
    }

    @Test func aFrontPageWithoutAnArticleSaysSo() {
        let html = """
            <html><head><title>Lakeside Herald</title></head><body>
            <nav><a href="/">Home</a></nav>
            <ul><li><a href="/a">School board approves later start times</a></li><li><a href="/b">Storm closes the lake road</a></li>
            <li><a href="/c">Library reopens after repairs</a></li></ul></body></html>
            """
        guard case .failure(let problem) = WebPage.article(path: "front.html", bytes: Array(html.utf8)) else {
            Issue.record("a front page gave an article")
            return
        }
        #expect(problem.reason.contains("no article"))
    }

    @Test func htmlIsRecognisedByItsStartWhateverItsName() {
        #expect(WebPage.looksLikeHTML(Array("\u{FEFF}  <!DOCTYPE html><html>".utf8)))
        #expect(WebPage.looksLikeHTML(Array("<html lang=\"en\"><head>".utf8)))
        #expect(!WebPage.looksLikeHTML(Array("The <b>bold</b> plan, explained".utf8)))
    }

    @Test func undeclaredBytesAreUTF8WhenValidElseWindows1252() {
        #expect(WebPage.encoding(of: Array("<p>caf\u{E9}</p>".utf8)) == "UTF-8")
        #expect(WebPage.encoding(of: [0x3C, 0x70, 0x3E, 0x63, 0x61, 0x66, 0xE9]) == "windows-1252")
        #expect(WebPage.encoding(of: Array("<meta charset=\"utf-8\"><p>x</p>".utf8)) == nil)
    }

    @Test func undeclaredWindows1252ReadsWholeEvenWithItsUnassignedBytes() throws {
        var bytes = Array("<html><body><article><p>".utf8)
        bytes += [0x93] + Array("We rebuilt the pier in a year,".utf8) + [0x94] + Array(" said Mayor Ines Toft, who called it ".utf8)
        bytes += [0x93] + Array("a town effort".utf8) + [0x9D, 0x94] + Array(" and thanked the volunteers who came every weekend.".utf8)
        bytes += Array("</p><p>The pier reopens to boats on Saturday, with a market and music on the quay for the whole afternoon.</p></article></body></html>".utf8)
        let source = try WebPage.article(path: "pier.html", bytes: bytes).get()
        #expect(source.text.contains("“We rebuilt the pier in a year,” said Mayor Ines Toft"))
        #expect(source.text.contains("the whole afternoon."))
        #expect(source.text.contains("\u{FFFD}"))
    }

    @Test func hostilePagesEndWithAnArticleOrOneLineNeverACrash() {
        let deep = String(repeating: "<div>", count: 100_000) + "<p>" + String(repeating: "A sentence of the buried story, with a comma. ", count: 8) + "</p>"
        let oneScript = "<html><body><script>" + String(repeating: "var x = 1; ", count: 50_000) + "</script></body></html>"
        let broken = "<html><body><p>Unclosed <b>bold <i>and <div>nested" + String(repeating: " words, more words,", count: 40) + "</p></span></table>"
        for (name, html) in [("deep.html", deep), ("script.html", oneScript), ("broken.html", broken)] {
            switch WebPage.article(path: name, bytes: Array(html.utf8)) {
            case .success(let source): #expect(!source.text.isEmpty, "\(name)")
            case .failure(let problem): #expect(!problem.reason.contains("\n"), "\(name)")
            }
        }
    }
}
