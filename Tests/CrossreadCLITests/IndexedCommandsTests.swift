import Foundation
import Testing

/// `list` and `actors` take unchanged articles from the library's index when the reader or `index`
/// has written it, print what the analysis would, and read again what changed since.
@Suite("Commands on an indexed library")
struct IndexedCommandsTests {
    @Test func listAndActorsReadTheIndexAndAnalyseWhatChanged() throws {
        let scratch = CLIRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let library = scratch.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        let cache = scratch.appendingPathComponent("cache")
        let environment = ["XDG_CACHE_HOME": cache.path]
        let harbour = library.appendingPathComponent("harbour.txt")
        try "Harbour Dredging Approved\n\nThe port authority approved the dredging plan on Friday.\n\n\"The channel must be deeper by spring,\" said Ilse Marquardt, the harbour master."
            .write(to: harbour, atomically: true, encoding: .utf8)
        try "Rail Strike Ends\n\nDrivers returned to work after the union and Nordbahn reached a deal in Kassel."
            .write(to: library.appendingPathComponent("rail.txt"), atomically: true, encoding: .utf8)

        let analysed = try CLIRunner.run(["list", "--json", library.path], environment: environment)
        let actors = try CLIRunner.run(["actors", "--json", library.path], environment: environment)
        #expect(analysed.status == 0 && actors.status == 0)
        #expect(!FileManager.default.fileExists(atPath: cache.appendingPathComponent("crossread").path), "listing creates no index")

        #expect(try CLIRunner.run(["index", library.path], environment: environment).status == 0)
        #expect(try CLIRunner.run(["list", "--json", library.path], environment: environment).stdout == analysed.stdout)
        #expect(try CLIRunner.run(["actors", "--json", library.path], environment: environment).stdout == actors.stdout)

        try "Harbour Dredging Delayed\n\nThe port authority delayed the dredging plan on Friday."
            .write(to: harbour, atomically: true, encoding: .utf8)
        let changed = try CLIRunner.run(["list", "--json", library.path], environment: environment).lines.map(CLIRunner.json)
        #expect(changed.first?["title"] as? String == "Harbour Dredging Delayed")
        #expect(changed.first?["quotes"] as? Int == 0)
    }
}
