import Foundation
import Testing

@Suite("crossread quotes, actors, xref, threads")
struct AnalysisCommandTests {
    @Test func quotesJSONFollowsTheContract() throws {
        let output = try CLIRunner.run(["quotes", "--json"])
        #expect(output.status == 0)
        #expect(output.lines.count >= 60)
        for line in output.lines {
            #expect(line.hasPrefix("{\"type\":\"quote\",\"article\":"))
            let record = CLIRunner.json(line)
            #expect(["speech", "term"].contains(record["kind"] as? String))
            #expect((record["start"] as? Int ?? -1) < (record["end"] as? Int ?? -1))
        }
    }

    @Test func quotesFilteredBySpeaker() throws {
        let output = try CLIRunner.run(["quotes", "--json", "--speaker", "lieven"])
        #expect(output.lines.count == 4)
        #expect(output.lines.allSatisfy { CLIRunner.json($0)["speaker"] as? String == "Anatol Lieven" })
    }

    @Test func quotesTextIsGroupedByArticle() throws {
        let folder = CLIRunner.scratchFolder()
        let file = folder.appendingPathComponent("harbour.txt")
        try """
            Harbour strike enters second week

            “We will not unload a single ship until the contract is signed,” said Mirela Dobos, who leads the dockers’ union.

            The so-called “gentlemen’s agreement” on overtime expired in May.
            """.write(to: file, atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["quotes", file.path])
        #expect(output.stdout.contains("== Harbour strike enters second week  (harbour.txt)"))
        #expect(output.stdout.contains("Mirela Dobos — “We will not unload a single ship"))
        #expect(output.stdout.contains("(term) “gentlemen’s agreement”"))
    }

    @Test func quotesJSONNamesTheChosenMention() throws {
        let folder = CLIRunner.scratchFolder()
        let file = folder.appendingPathComponent("budget.txt")
        try "Budget vote delayed\n\n“The numbers do not add up,” the finance minister, Aleksander Wiik, told lawmakers.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["quotes", "--json", file.path])
        let record = try #require(output.lines.first.map(CLIRunner.json))
        let clean = try CLIRunner.run(["read", "--width", "100000", file.path]).stdout
        let scalars = Array(clean.unicodeScalars)
        let start = try #require(record["speaker_start"] as? Int), end = try #require(record["speaker_end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["speaker_mention"] as? String)
        #expect(record["speaker"] as? String == "Aleksander Wiik")
        #expect(Array(record.keys).contains("speaker_mention"))
    }

    @Test func actorsJSONByKind() throws {
        let output = try CLIRunner.run(["actors", "--json", "--kind", "person", "articles/is-biden-leading-from-behind-on-ukraine.txt"])
        let records = output.lines.map(CLIRunner.json)
        #expect(records.allSatisfy { $0["type"] as? String == "actor" && $0["kind"] as? String == "person" })
        #expect(records.contains { $0["name"] as? String == "Anatol Lieven" && ($0["aliases"] as? [String] ?? []).contains("Lieven") })
    }

    @Test func xrefPrintsPassagesFromEveryArticle() throws {
        let output = try CLIRunner.run(["xref", "Obama"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Barack Obama (actor) — 12 passages in 4 articles"))
        #expect(output.stdout.components(separatedBy: "\n== ").count == 5)
        let json = try CLIRunner.run(["xref", "--json", "lead from behind"])
        let records = json.lines.map(CLIRunner.json)
        #expect(Set(records.compactMap { $0["article"] as? String }).count == 2)
        #expect(records.allSatisfy { ($0["context"] as? String ?? "").lowercased().contains("behind") })
    }

    @Test func xrefOfSomethingAbsentFails() throws {
        let output = try CLIRunner.run(["xref", "zebra crossing"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("nothing in the library"))
    }

    @Test func threadsJSONFollowsTheContract() throws {
        let output = try CLIRunner.run(["threads", "--json"])
        let records = output.lines.map(CLIRunner.json)
        #expect(output.lines.allSatisfy { $0.hasPrefix("{\"type\":\"thread\",\"name\":") })
        let red = records.first { $0["name"] as? String == "red line" }
        #expect((red?["articles"] as? [String])?.count == 3)
        #expect(red?["kind"] as? String == "phrase")
    }
}

@Suite("crossread compare")
struct CompareCommandTests {
    static let copy = "articles/resurrection-of-real-allies-within-the-alliance.txt"
    static let source = "articles/revitalizing-alliances-to-counter-terrorism.txt"

    @Test func compareJSONFollowsTheContract() throws {
        let output = try CLIRunner.run(["compare", "--json", Self.copy, Self.source])
        #expect(output.status == 0)
        let records = output.lines.map(CLIRunner.json)
        let types = records.compactMap { $0["type"] as? String }
        #expect(types.first == "alignment" && types.last == "verdict")
        #expect(types.filter { $0 == "variant" }.count >= 11)
        #expect(types.contains("shared"))
        #expect(records.last?["derived"] as? Bool == true)
        #expect(output.lines.allSatisfy { $0.hasPrefix("{\"type\":") })
    }

    @Test func compareSummaryShowsChangedWordsAndVerdict() throws {
        let output = try CLIRunner.run(["compare", Self.copy, Self.source])
        #expect(output.stdout.contains("Aligned paragraphs (25)"))
        #expect(output.stdout.contains("⟦and EXPLODE⟧"))
        #expect(output.stdout.contains("Verdict: DERIVED — A looks like a reworded copy of B"))
    }

    @Test func compareAllRanksTheCopyFirst() throws {
        let output = try CLIRunner.run(["compare", "--all"])
        #expect(output.lines.count == 11)
        #expect(output.lines[1].contains("yes") && output.lines[1].contains("resurrection"))
        #expect(output.lines.dropFirst(2).allSatisfy { $0.contains(" no ") })
    }

    /// A pair scores the same whatever else is loaded: every pair's `compare A B` verdict equals its
    /// `compare --all` row.
    @Test func aPairScoresTheSameAloneAndInTheLibrary() throws {
        let all = try CLIRunner.run(["compare", "--all", "--json"]).lines.map(CLIRunner.json)
        #expect(all.count == 10)
        for row in all {
            let a = try #require(row["a"] as? String), b = try #require(row["b"] as? String)
            let alone = try CLIRunner.run(["compare", "--json", "articles/" + a, "articles/" + b]).lines.map(CLIRunner.json)
            let verdict = try #require(alone.last)
            #expect(verdict["score"] as? Double == row["score"] as? Double, "\(a) × \(b)")
            #expect(verdict["derived"] as? Bool == row["derived"] as? Bool, "\(a) × \(b)")
        }
    }

    @Test func compareNeedsTwoArticles() throws {
        let output = try CLIRunner.run(["compare", Self.copy])
        #expect(output.status != 0)
        #expect(output.stderr.contains("compare takes two articles"))
    }
}
