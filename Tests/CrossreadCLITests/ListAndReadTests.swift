import Foundation
import Testing

@Suite("crossread list and read")
struct ListAndReadTests {
    @Test func listJSONHasTheGoldTitlesAndAuthors() throws {
        let output = try CLIRunner.run(["list", "--json"])
        #expect(output.status == 0)
        let rows = output.lines.map(CLIRunner.json)
        #expect(rows.count == 5)
        for gold in CLIRunner.gold("articles.jsonl") {
            let row = rows.first { $0["article"] as? String == gold["article"] as? String }
            #expect(row?["type"] as? String == "article")
            #expect(row?["title"] as? String == gold["title"] as? String)
            #expect((row?["author"] as? String) == (gold["author"] as? String))
        }
        #expect(output.lines.allSatisfy { $0.hasPrefix("{\"type\":\"article\",") })
    }

    @Test func optionsWorkBeforeTheSubcommandToo() throws {
        let before = try CLIRunner.run(["--json", "list"])
        let after = try CLIRunner.run(["list", "--json"])
        #expect(before.status == 0 && before.stdout == after.stdout)
        let read = try CLIRunner.run(["--plain", "read", "articles/is-biden-leading-from-behind-on-ukraine.txt"])
        #expect(read.status == 0 && read.stdout.hasPrefix("Is Biden Leading From Behind on Ukraine?"))
    }

    @Test func listUsesCrossreadArticlesWhenNoPathIsGiven() throws {
        let folder = CLIRunner.scratchFolder()
        try "Only One\n\nBody text here.".write(to: folder.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["list", "--json"], in: CLIRunner.scratchFolder(), environment: ["CROSSREAD_ARTICLES": folder.path])
        #expect(output.lines.count == 1)
        #expect(CLIRunner.json(output.lines[0])["title"] as? String == "Only One")
    }

    @Test func listWithoutAnyLibraryExplains() throws {
        let output = try CLIRunner.run(["list"], in: CLIRunner.scratchFolder())
        #expect(output.status != 0)
        #expect(output.stderr.contains("no ./articles folder"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test func missingPathIsOneLineAndNonZeroButGoodFilesStillList() throws {
        let output = try CLIRunner.run(["list", "--json", "articles/nope.txt", "articles/is-biden-leading-from-behind-on-ukraine.txt"])
        #expect(output.status == 1)
        #expect(output.lines.count == 1)
        #expect(output.stderr == "crossread: articles/nope.txt: no such file or folder\n")
    }

    @Test func readPrintsCleanTextWrappedAt80() throws {
        let output = try CLIRunner.run(["read", "articles/the-right-time-for-america-to-lead-from-behind.txt"])
        #expect(output.status == 0)
        #expect(output.lines.first == "The Right Time for America to Lead From Behind")
        #expect(output.lines.allSatisfy { $0.unicodeScalars.count <= 80 })
        #expect(!output.stdout.contains("Taboola"))
        #expect(!output.stdout.contains("Your IP access"))
    }

    @Test func readHonoursWidth() throws {
        let output = try CLIRunner.run(["read", "--plain", "--width", "40", "articles/is-biden-leading-from-behind-on-ukraine.txt"])
        #expect(output.lines.allSatisfy { $0.unicodeScalars.count <= 40 })
        #expect(output.lines.contains { $0.unicodeScalars.count > 30 })
    }

    @Test func readOfBinaryFileFailsWithOneLine() throws {
        let folder = CLIRunner.scratchFolder()
        let file = folder.appendingPathComponent("x.txt")
        try Data([0x00, 0x01, 0x02]).write(to: file)
        let output = try CLIRunner.run(["read", file.path])
        #expect(output.status == 1)
        #expect(output.stderr == "crossread: \(file.path): binary file (contains NUL bytes), not an article\n")
    }

    @Test func readWarnsOnInvalidUTF8ButPrints() throws {
        let folder = CLIRunner.scratchFolder()
        let file = folder.appendingPathComponent("latin1.txt")
        try Data("Caf".utf8 + [0xE9] + " title\n\nBody.".utf8).write(to: file)
        let output = try CLIRunner.run(["read", file.path])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Caf\u{FFFD} title"))
        #expect(output.stderr == "crossread: warning: \(file.path): invalid UTF-8 replaced with \u{FFFD}\n")
    }
}

@Suite("Plain output safety")
struct PlainOutputSafetyTests {
    @Test func controlBytesNeverReachPlainOutput() throws {
        let folder = CLIRunner.scratchFolder()
        let file = folder.appendingPathComponent("evil.txt")
        try Data("Evil \u{1B}]0;title\u{07}\n\nText \u{1B}[2J and \u{9B}1m and \u{7F}.".utf8).write(to: file)
        for arguments in [["read", file.path], ["list", folder.path], ["quotes", folder.path], ["list", "--json", folder.path]] {
            let output = try CLIRunner.run(arguments)
            #expect(!output.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x7F }, "\(arguments)")
        }
        #expect(try CLIRunner.run(["read", file.path]).stdout.contains("Evil ␛]0;title␇"))
    }

    @Test func deviceAndFIFOAreRefusedWithoutHanging() throws {
        let output = try CLIRunner.run(["read", "/dev/zero"])
        #expect(output.status == 1)
        #expect(output.stderr == "crossread: /dev/zero: a device, not a regular file; refused\n")
    }
}
