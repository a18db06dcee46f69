import Foundation
import Testing
@testable import ArticleKit

@Suite("Loading")
struct LoadingTests {
    @Test func decodesUTF8WithByteOrderMark() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Title\n".utf8)).get()
        #expect(decoded.text == "Title\n")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func foldsCRLFAndCRLineEnds() throws {
        #expect(try TextDecoding.decode(Array("a\r\nb\rc\n".utf8)).get().text == "a\nb\nc\n")
    }

    @Test func replacesInvalidUTF8AndWarns() throws {
        let decoded = try TextDecoding.decode(Array("caf".utf8) + [0xE9] + Array(" ok".utf8)).get()
        #expect(decoded.text == "caf\u{FFFD} ok")
        #expect(decoded.warnings == ["invalid UTF-8 replaced with \u{FFFD}"])
    }

    @Test func refusesBinaryFiles() {
        #expect(throws: TextDecoding.DecodingFailure.binary) { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).get() }
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Hi\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoding.decode(bytes).get().text == "Hi\n")
    }

    @Test func reportsMissingPathAndStillLoadsTheRest() {
        let folder = Fixtures.scratchFolder()
        Fixtures.write("Good title\n\nA paragraph.", to: folder + "/good.txt")
        let report = LibraryLoader.load(paths: [folder + "/nope.txt", folder + "/good.txt"])
        #expect(report.sources.map(\.fileName) == ["good.txt"])
        #expect(report.problems == [LoadProblem(path: folder + "/nope.txt", reason: "no such file or folder")])
    }

    @Test func reportsBinaryFileByName() {
        let folder = Fixtures.scratchFolder()
        Fixtures.write([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], to: folder + "/binary.txt")
        let report = LibraryLoader.load(paths: [folder + "/binary.txt"])
        #expect(report.sources.isEmpty)
        #expect(report.problems.first?.reason == "binary file (contains NUL bytes), not an article")
    }

    @Test func reportsEmptyAndWhitespaceOnlyFiles() {
        let folder = Fixtures.scratchFolder()
        Fixtures.write("", to: folder + "/empty.txt")
        Fixtures.write(" \n\t\n  \r\n", to: folder + "/blank.md")
        let report = LibraryLoader.load(paths: [folder + "/empty.txt", folder + "/blank.md"])
        #expect(report.sources.isEmpty)
        #expect(report.problems.map(\.reason) == ["empty file: no article text", "empty file: no article text"])
    }

    @Test func reportsFolderWithoutArticles() {
        let folder = Fixtures.scratchFolder()
        Fixtures.write("not an article", to: folder + "/notes.pdf")
        let report = LibraryLoader.load(paths: [folder])
        #expect(report.problems == [LoadProblem(path: folder, reason: "no articles (.txt, .md or .html files) in this folder")])
    }

    @Test func walksFoldersInNameOrderForTextAndMarkdown() {
        let folder = Fixtures.scratchFolder()
        try? FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        Fixtures.write("B\n\nText.", to: folder + "/b.md")
        Fixtures.write("A\n\nText.", to: folder + "/a.txt")
        Fixtures.write("C\n\nText.", to: folder + "/sub/c.TXT")
        Fixtures.write("ignored", to: folder + "/image.png")
        Fixtures.write("hidden", to: folder + "/.hidden.txt")
        #expect(LibraryLoader.load(paths: [folder]).sources.map(\.fileName) == ["a.txt", "b.md", "c.TXT"])
    }

    @Test func survivesSymlinkLoops() throws {
        let folder = Fixtures.scratchFolder()
        Fixtures.write("A\n\nText.", to: folder + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: folder)
        #expect(LibraryLoader.load(paths: [folder]).sources.map(\.fileName) == ["a.txt"])
    }

    @Test func refusesFIFOWithoutBlocking() {
        let folder = Fixtures.scratchFolder()
        let fifo = folder + "/pipe.txt"
        #expect(mkfifo(fifo, 0o600) == 0)
        let report = LibraryLoader.load(paths: [fifo])
        #expect(report.problems.first?.reason == "a FIFO (named pipe), not a regular file; refused")
    }

    @Test func loadsTheBundledLibrary() {
        let report = LibraryLoader.load(paths: [Fixtures.articlesFolder])
        #expect(report.problems.isEmpty)
        #expect(report.sources.map(\.fileName) == Fixtures.articleNames)
    }
}

@Suite("Loading each file once")
struct LoadingOnceTests {
    @Test func fileNamedTwiceOrAlsoInItsFolderLoadsOnce() {
        let folder = Fixtures.scratchFolder()
        Fixtures.write("A\n\nText.", to: folder + "/a.txt")
        let report = LibraryLoader.load(paths: [folder + "/a.txt", folder, folder + "/./a.txt"])
        #expect(report.sources.map(\.fileName) == ["a.txt"])
        #expect(report.problems.isEmpty)
    }
}
