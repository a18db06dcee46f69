import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The index survives a kill at any moment: what was committed before the kill is there at the
/// next start, and the file opens without being discarded.
@Suite("Index durability")
struct IndexDurabilityTests {
    @Test func aKilledAnalysisKeepsEveryCommittedBatchAndAValidIndex() throws {
        let scratch = CLIRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let library = scratch.appendingPathComponent("library").path
        let environment = ["XDG_CACHE_HOME": scratch.appendingPathComponent("cache").path]
        let generated = try CLIRunner.run(["generate", "--count", "2000", "--quiet", library], binary: CLIRunner.benchBinary)
        #expect(generated.status == 0)
        // A fixed seed: the kills land at different batches and at different moments within one.
        var random = SplitMix(seed: 20261201)
        for round in 0..<3 {
            let batches = 1 + Int(random.next() % 2)
            let delay = useconds_t(random.next() % 300_000)
            let committed = try runAndKill(["index", "--progress", library], environment: environment, afterBatches: batches, delay: delay)
            let status = try CLIRunner.run(["index", "--status", library], environment: environment)
            #expect(status.status == 0, "round \(round): \(status.stderr)")
            #expect(!status.stderr.contains("discarded"), "round \(round): \(status.stderr)")
            let kept = Int(status.stdout.split(separator: " ").dropFirst(2).first ?? "") ?? -1
            #expect(status.stdout.hasPrefix("2000 articles"))
            #expect(kept >= committed, "round \(round): \(committed) committed before the kill, \(kept) in the index after it")
        }
    }

    /// Starts crossread, waits for `afterBatches` "committed N" lines and `delay` more, kills it with
    /// SIGKILL and returns the last committed count it printed.
    private func runAndKill(_ arguments: [String], environment: [String: String], afterBatches: Int, delay: useconds_t) throws -> Int {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var buffer = "", committed = 0, seen = 0
        while seen < afterBatches {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            buffer += String(decoding: data, as: UTF8.self)
            while let newline = buffer.firstIndex(of: "\n") {
                let line = buffer[..<newline]
                buffer = String(buffer[buffer.index(after: newline)...])
                if line.hasPrefix("committed "), let count = Int(line.dropFirst("committed ".count)) {
                    committed = count
                    seen += 1
                }
            }
        }
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return committed
    }
}

/// A small deterministic generator (SplitMix64) for the kill schedule.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
