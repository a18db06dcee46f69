import Foundation
import Testing

/// A folder as people keep one: plain text, a Markdown clipping with front matter and a saved page.
@Suite("A library of .txt, .md and .html")
struct MixedFormatsTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge reopens after repairs | Town Crier</title>
        <meta name="author" content="Sofia Brandt"><meta property="article:published_time" content="2024-08-01T07:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Bridge reopens after repairs</h1>
        <p>The old stone bridge over the canal reopened to traffic on Thursday after eleven months of repairs that cost the town twice the original estimate.</p>
        <p>&ldquo;It was worth every cent,&rdquo; said Mayor Olaf Brenner at the ribbon cutting.</p></article>
        <footer>Town Crier &copy; 2024. All rights reserved.</footer></body></html>
        """
    static let clipping = """
        ---
        title: Ferry fares rise in the autumn
        author: Lene Holt
        date: 2024-09-12
        ---

        The ferry company will raise fares by eight per cent from October, it said on Tuesday.

        “Fuel has doubled since the spring,” said Jonas Eide, the company's chief executive.
        """

    @Test func listAndReadTakeEveryKind() throws {
        let folder = CLIRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Market hall gets a new roof\n\nBy Ana Weiss\n\nThe market hall will close for two weeks in March while the roof is replaced.".write(
            to: folder.appendingPathComponent("roof.txt"), atomically: true, encoding: .utf8)
        try Self.clipping.write(to: folder.appendingPathComponent("ferry.md"), atomically: true, encoding: .utf8)
        try Self.page.write(to: folder.appendingPathComponent("bridge.html"), atomically: true, encoding: .utf8)
        let list = try CLIRunner.run(["list", "--json", folder.path])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = Dictionary(list.lines.map(CLIRunner.json).map { ($0["article"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(rows["bridge.html"]?["title"] as? String == "Bridge reopens after repairs")
        #expect(rows["bridge.html"]?["author"] as? String == "Sofia Brandt")
        #expect(rows["bridge.html"]?["date"] as? String == "2024-08-01")
        #expect(rows["ferry.md"]?["title"] as? String == "Ferry fares rise in the autumn")
        #expect(rows["ferry.md"]?["date"] as? String == "2024-09-12")
        #expect(rows["roof.txt"]?["author"] as? String == "Ana Weiss")
        let read = try CLIRunner.run(["read", folder.appendingPathComponent("bridge.html").path])
        #expect(read.status == 0)
        #expect(read.stdout.contains("“It was worth every cent,” said Mayor Olaf Brenner"))
        #expect(!read.stdout.contains("<") && !read.stdout.contains("Home") && !read.stdout.contains("rights reserved"))
        let quotes = try CLIRunner.run(["quotes", "--json", folder.path])
        let speakers = quotes.lines.map(CLIRunner.json).compactMap { $0["speaker"] as? String }
        #expect(speakers.contains("Olaf Brenner") && speakers.contains("Jonas Eide"))
    }
}
