import Foundation
import Testing

/// The real binary in a real terminal: a tmux server of its own, keys sent, the screen captured.
final class TmuxSession {
    let socket = "crossread-test-" + UUID().uuidString.prefix(8)
    let name = "reader"
    let stateFolder = CLIRunner.scratchFolder()

    static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        var exports = "export XDG_STATE_HOME='\(stateFolder.path)' TERM=xterm-256color; unset NO_COLOR; "
        for (key, value) in environment { exports += "export \(key)='\(value)'; " }
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                  "cd '\(CLIRunner.packageRoot.path)' && \(exports)\(command); echo CROSSREAD-EXITED; sleep 60"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Runs a tmux command with posix_spawn and waitpid (Foundation's Process can miss the child's
    /// exit under the test runner). Output is read only when asked for: the server `new-session`
    /// starts must not inherit a pipe.
    @discardableResult
    func tmux(_ arguments: [String], output: Bool = false) throws -> String {
        try Spawn.run(["tmux", "-L", String(socket), "-f", "/dev/null"] + arguments, captureOutput: output)
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func screen(colours: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (colours ? ["-e"] : []), output: true)
    }

    /// Waits until the screen contains `text` (up to `timeout` seconds); returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, "timed out waiting for “\(text)”") { $0.contains(text) }
    }

    /// Waits until the screen no longer contains `text` (up to `timeout` seconds).
    func waitUntilGone(_ text: String, timeout: Double = 10) throws {
        _ = try waitUntil(timeout: timeout, "timed out waiting for “\(text)” to go") { !$0.contains(text) }
    }

    /// Polls the screen until `done` holds; records `failure` with the last screen when it never does.
    private func waitUntil(timeout: Double, _ failure: String, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if done(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("\(failure); screen:\n\(last)")
        return last
    }

    /// Waits until the screen stays the same for `quiet` seconds (up to `timeout`): keys and resizes
    /// applied, whatever the machine's load. Returns the screen.
    @discardableResult
    func waitUntilSettled(quiet: Double = 0.3, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        var since = Date()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let now = try screen()
            if now != last { last = now; since = Date() } else if Date().timeIntervalSince(since) >= quiet { return now }
        }
        Issue.record("the screen kept changing for \(Int(timeout)) s; screen:\n\(last)")
        return last
    }

    func resize(_ width: Int, _ height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }
}
