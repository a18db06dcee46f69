import Foundation
import Testing

/// One contract across the subcommands: limits, fields, exit statuses and messages agree.
@Suite("CLI contract")
struct CLIContractTests {
    @Test func threadsLimitHoldsForJSONToo() throws {
        let limited = try CLIRunner.run(["threads", "--limit", "2", "--json"])
        let kinds = limited.lines.map(CLIRunner.json).compactMap { $0["kind"] as? String }
        let perKind = Dictionary(grouping: kinds, by: { $0 }).mapValues(\.count)
        #expect(limited.status == 0 && !perKind.isEmpty && perKind.values.allSatisfy { $0 <= 2 })
        let all = try CLIRunner.run(["threads", "--json"])
        #expect(all.lines.count > limited.lines.count)
    }

    @Test func actorsJSONCarriesRoles() throws {
        let rows = try CLIRunner.run(["actors", "--json"]).lines.map(CLIRunner.json)
        #expect(rows.allSatisfy { $0["roles"] is [String] })
        #expect(rows.contains { ($0["roles"] as? [String])?.isEmpty == false })
    }

    @Test func aSpeakerNobodyHasExitsOneLikeXref() throws {
        let quotes = try CLIRunner.run(["quotes", "--speaker", "Nobody At All"])
        let xref = try CLIRunner.run(["xref", "Nobody At All"])
        #expect(quotes.status == 1 && xref.status == 1)
        #expect(quotes.stderr.contains("Nobody At All") && quotes.stdout.isEmpty)
    }

    @Test func xrefParagraphsCountFromOneInTextAndJSON() throws {
        let json = try CLIRunner.run(["xref", "--json", "Obama"]).lines.map(CLIRunner.json)
        let text = try CLIRunner.run(["xref", "Obama"]).stdout
        let first = try #require(json.first?["paragraph"] as? Int)
        #expect(first >= 1)
        #expect(text.contains("¶\(first) "))
    }

    @Test func quotationOffsetsIndexTheTextReadWidthZeroPrints() throws {
        let file = "articles/is-biden-leading-from-behind-on-ukraine.txt"
        let clean = Array(try CLIRunner.run(["read", "--width", "0", file]).stdout.unicodeScalars.dropLast())
        let quotes = try CLIRunner.run(["quotes", "--json", file]).lines.map(CLIRunner.json)
        #expect(!quotes.isEmpty)
        for quote in quotes {
            guard let start = quote["start"] as? Int, let end = quote["end"] as? Int, end <= clean.count else { Issue.record("bad offsets"); continue }
            #expect(String(String.UnicodeScalarView(clean[start..<end])) == quote["text"] as? String)
        }
    }

    @Test func twoFilesOfOneNameAreToldApartByTheirPaths() throws {
        let folder = CLIRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["north", "south"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try "Port \(sub) reopens\n\nThe \(sub) port reopened on Monday.".write(
                to: folder.appendingPathComponent(sub + "/story.txt"), atomically: true, encoding: .utf8)
        }
        let names = try CLIRunner.run(["list", "--json", folder.path]).lines.map(CLIRunner.json).compactMap { $0["article"] as? String }
        #expect(names.count == 2 && Set(names).count == 2)
        #expect(names.allSatisfy { $0.hasSuffix("/story.txt") })
    }

    @Test func aNegativeWidthIsNamedAsSuch() throws {
        let output = try CLIRunner.run(["read", "--width", "-3", "articles/the-right-time-for-america-to-lead-from-behind.txt"])
        #expect(output.status != 0 && output.stderr.contains("--width must be at least 1"))
    }

    @Test func versionAndTheSameArticleTwice() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("crossread "))
        let file = "articles/the-right-time-for-america-to-lead-from-behind.txt"
        let twice = try CLIRunner.run(["compare", file, file])
        #expect(twice.status != 0 && twice.stderr.contains("two different articles"))
    }
}

@Suite("Key table")
struct KeyTableTests {
    @Test func theReadmeKeyTableIsWhatTheHelpShows() throws {
        let keys = try CLIRunner.run(["keys"])
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(keys.status == 0 && keys.lines.count >= 7)
        #expect(readme.contains(keys.stdout.trimmingCharacters(in: .newlines)), "README's key table differs from `crossread keys`: paste its output")
    }
}
