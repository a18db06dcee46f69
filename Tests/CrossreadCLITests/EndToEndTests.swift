import Foundation
import Testing

/// The built binary driven in tmux. Skipped, with a message, where tmux is missing.
@Suite("End to end in tmux", .enabled(if: TmuxSession.available, "tmux is not installed: end-to-end tests skipped"))
struct EndToEndTests {
    let binary = CLIRunner.binary.path

    @Test func libraryOpensAnArticleAndQuotesNameTheirSpeakers() throws {
        let session = try TmuxSession(width: 120, height: 40, command: binary)
        try session.waitFor("crossread — 5 articles")
        try session.send("j", "Enter")
        try session.waitFor("by Ted Snider")
        try session.send("]", "]", "]")
        try session.waitFor("speaker: Charles Brown")
        try session.send("q", "q")
        try session.waitFor("CROSSREAD-EXITED")
    }

    @Test func sameSpeakerJumpReachesTheNextQuote() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\(binary) read articles/is-biden-leading-from-behind-on-ukraine.txt")
        try session.waitFor("by Ted Snider")
        try session.send("/", "L", "i", "e", "v", "e", "n", " ", "s", "a", "y", "s", "Enter", "[")
        try session.waitFor("speaker: Anatol Lieven")
        try session.send("}")
        var screen = try session.waitFor("If Russia fails to respond")
        #expect(screen.contains("speaker: Anatol Lieven"))
        try session.send("}")
        screen = try session.waitFor("the Russians to do everything")
        #expect(screen.contains("speaker: Anatol Lieven"))
    }

    @Test func crossReferencesOfObamaListFourArticles() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\(binary) read articles/the-right-time-for-america-to-lead-from-behind.txt")
        try session.waitFor("The Right Time for America")
        try session.send("]", "x")
        let screen = try session.waitFor("Barack Obama: 12 passages in 4 articles")
        for title in ["Is Biden Leading From Behind", "Resurrection of Real Allies", "Revitalizing Alliances", "The Right Time for America"] {
            #expect(screen.contains(title))
        }
    }

    @Test func compareShowsTheRewordedPairSideBySide() throws {
        let session = try TmuxSession(width: 160, height: 40, command: binary)
        try session.waitFor("crossread — 5 articles")
        try session.send("j", "j", "c", "j", "c")
        let screen = try session.waitFor("DERIVED COPY")
        #expect(screen.contains("A Resurrection of Real Allies"))
        #expect(screen.contains("B Revitalizing Alliances"))
        let rows = screen.split(separator: "\n")
        #expect(rows.contains { $0.contains("Washington needs to reconsider") && $0.contains("Washington needs to revisit") })
        #expect(rows.contains { $0.contains("Almost two decades after") && $0.filter { $0 == "A" }.count >= 2 })
    }

    @Test func resizeKeepsThePositionBothWays() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\(binary) read articles/revitalizing-alliances-to-counter-terrorism.txt")
        try session.waitFor("by Matthew Levitt")
        // The place is compared from the screen with the quotations shown, not from the first one.
        try session.waitUntilGone("finding quotations")
        try session.send("Space", "j", "j")
        let before = try session.waitUntilSettled().split(separator: "\n").first.map(String.init) ?? ""
        #expect(!before.isEmpty)
        let words = before.split(separator: " ").prefix(4).joined(separator: " ")
        try session.resize(60, 20)
        let narrow = try session.waitUntilSettled()
        #expect(narrow.replacingOccurrences(of: "\n", with: " ").contains(words), "narrow screen lost “\(words)”:\n\(narrow)")
        try session.resize(120, 40)
        let wide = try session.waitUntilSettled()
        #expect(wide.replacingOccurrences(of: "\n", with: " ").contains(words), "wide screen lost “\(words)”:\n\(wide)")
    }

    @Test func aPathThatDoesNotLoadIsSaidOnTheFirstScreenAndInTheExitStatus() throws {
        let folder = CLIRunner.scratchFolder().path
        let command = "\(binary) '\(folder)/missing.txt' articles 2> '\(folder)/stderr'; echo status=$? >> '\(folder)/stderr'"
        let session = try TmuxSession(width: 120, height: 30, command: command)
        try session.waitFor("missing.txt: no such file or folder")
        try session.send("q")
        try session.waitFor("CROSSREAD-EXITED")
        let stderr = try String(contentsOfFile: folder + "/stderr", encoding: .utf8)
        #expect(stderr.contains("missing.txt: no such file or folder"))
        #expect(stderr.contains("status=1"))
    }

    @Test func escapeClearsTheFilterBeforeItQuits() throws {
        let session = try TmuxSession(width: 120, height: 20, command: binary)
        try session.waitFor("crossread — 5 articles")
        try session.send("/", "L", "e", "v", "i", "t", "t", "Enter")
        try session.waitFor("1 of 5 articles")
        try session.send("Escape")
        try session.waitFor("filter cleared")
        let screen = try session.waitFor("5 of 5 articles")
        #expect(!screen.contains("CROSSREAD-EXITED"))
        try session.send("Escape")
        try session.waitFor("CROSSREAD-EXITED")
    }

    /// Started in a 1x1 pane and resized, the reader leaves nothing on the shell's screen: no text
    /// after it leaves the alternate screen, and no line of it left behind by a scrolling region set
    /// for the old size (tmux puts rows drawn below a stale region onto the main screen).
    @Test func afterAResizeNothingFollowsTheReturnToTheShellsScreen() throws {
        let folder = CLIRunner.scratchFolder().path
        // Its own cache: a warning about an index of another version would rightly follow the exit.
        let session = try TmuxSession(width: 1, height: 1, command: "sleep 0.3; XDG_CACHE_HOME='\(folder)/cache' \(binary)")
        try session.tmux(["pipe-pane", "-t", session.name, "-o", "cat >> '\(folder)/bytes'"])
        Thread.sleep(forTimeInterval: 1)
        try session.resize(80, 10)
        try session.waitFor("5 of 5 articles")
        try session.send("q")
        let shell = try session.waitFor("CROSSREAD-EXITED")
        #expect(!shell.contains("Enter: read") && !shell.contains("5 of 5"), "left on the shell's screen: \(shell)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/bytes"))
        let leave = Data("\u{1B}[?1049l".utf8)
        guard let range = bytes.range(of: leave, options: .backwards) else { Issue.record("never left the alternate screen"); return }
        var after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
        // Control sequences (mode resets, the title restore of xterm's rmcup) and line ends are allowed;
        // no printable text of the reader's may follow.
        after = after.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
        for reset in ["\r", "\u{1B}>", "\u{1B}=", "\n"] { after = after.replacingOccurrences(of: reset, with: "") }
        #expect(after == "CROSSREAD-EXITED", "after leaving: \(after.debugDescription)")
    }

    @Test func quitRestoresTheTerminal() throws {
        let folder = CLIRunner.scratchFolder().path
        let command = "stty -g > '\(folder)/before'; \(binary); stty -g > '\(folder)/after'"
        let session = try TmuxSession(width: 100, height: 30, command: command)
        try session.waitFor("crossread — 5 articles")
        try session.send("Enter", "q", "q")
        try session.waitFor("CROSSREAD-EXITED")
        let before = try String(contentsOfFile: folder + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: folder + "/after", encoding: .utf8)
        #expect(!before.isEmpty && before == after)
    }

    @Test func signalsRestoreTheTerminal() throws {
        for signal in ["TERM", "HUP", "INT"] {
            let folder = CLIRunner.scratchFolder().path
            let command = "stty -g > '\(folder)/before'; (sleep 1.5; kill -\(signal) $(cat '\(folder)/pid')) & "
                + "sh -c 'echo $$ > \(folder)/pid; exec \(binary)'; stty -g > '\(folder)/after'"
            let session = try TmuxSession(width: 100, height: 30, command: command)
            try session.waitFor("CROSSREAD-EXITED")
            let before = try String(contentsOfFile: folder + "/before", encoding: .utf8)
            let after = try String(contentsOfFile: folder + "/after", encoding: .utf8)
            #expect(before == after, "SIG\(signal)")
        }
    }

    @Test func controlCQuitsAndRestores() throws {
        let folder = CLIRunner.scratchFolder().path
        let session = try TmuxSession(width: 100, height: 30, command: "stty -g > '\(folder)/before'; \(binary); stty -g > '\(folder)/after'")
        try session.waitFor("crossread — 5 articles")
        try session.send("C-c")
        try session.waitFor("CROSSREAD-EXITED")
        #expect(try String(contentsOfFile: folder + "/before", encoding: .utf8) == String(contentsOfFile: folder + "/after", encoding: .utf8))
    }

    @Test func coloursFollowTheTerminalAndNoColor() throws {
        let coloured = try TmuxSession(width: 120, height: 40, command: "\(binary) read articles/is-biden-leading-from-behind-on-ukraine.txt")
        try coloured.waitFor("by Ted Snider")
        #expect(try coloured.screen(colours: true).contains("38;5;"))
        let plain = try TmuxSession(width: 120, height: 40, command: "\(binary) read articles/is-biden-leading-from-behind-on-ukraine.txt",
                                    environment: ["NO_COLOR": "1"])
        try plain.waitFor("by Ted Snider")
        let screen = try plain.screen(colours: true)
        #expect(!screen.contains("38;5;"))
        #expect(!(30...37).contains { screen.contains("\u{1B}[\($0)m") })
        #expect(screen.contains("\u{1B}[1m") || screen.contains("\u{1B}[4m") || screen.contains("\u{1B}[7m"))
    }
}

@Suite("Terminal faults end to end", .enabled(if: TmuxSession.available, "tmux is not installed: end-to-end tests skipped"))
struct TerminalFaultEndToEndTests {
    let binary = CLIRunner.binary.path

    @Test func withoutTERMOrWithDumbOrUnknownItPrintsPlainText() throws {
        for prefix in ["env -u TERM", "env TERM=dumb", "env TERM=no-such-terminal-xyz"] {
            let session = try TmuxSession(width: 120, height: 30, command: "\(prefix) \(binary)")
            let screen = try session.waitFor("CROSSREAD-EXITED")
            #expect(screen.contains("TITLE") && screen.contains("Revitalizing Alliances"), "\(prefix)")
            #expect(screen.contains("printing plain text"), "\(prefix)")
        }
    }

    @Test func standardInputNotATerminalPrintsPlainText() throws {
        let session = try TmuxSession(width: 120, height: 30, command: "\(binary) < /dev/null")
        let screen = try session.waitFor("CROSSREAD-EXITED")
        #expect(screen.contains("standard input is not a terminal"))
        #expect(screen.contains("Revitalizing Alliances"))
    }

    @Test func rapidResizesLeaveAWorkingReader() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\(binary) read articles/is-biden-leading-from-behind-on-ukraine.txt")
        try session.waitFor("by Ted Snider")
        for step in 0..<40 { try session.resize(20 + (step * 37) % 180, 5 + (step * 13) % 50) }
        try session.resize(100, 30)
        try session.send("g")
        try session.waitFor("Is Biden Leading From Behind on Ukraine?")
        try session.resize(8, 2)
        try session.waitFor("window t")
        try session.resize(100, 30)
        try session.waitFor("by Ted Snider")
    }

    @Test func controlZSuspendsAndFgRedraws() throws {
        let folder = CLIRunner.scratchFolder().path
        let session = try TmuxSession(width: 100, height: 30, command: "bash --norc --noprofile -i")
        try session.send("PS1='READY> '", "Enter")
        try session.waitFor("READY>")
        try session.send("stty -g > \(folder)/before; \(binary) read articles/is-biden-leading-from-behind-on-ukraine.txt", "Enter")
        try session.waitFor("by Ted Snider")
        try session.send("C-z")
        try session.waitFor("Stopped")
        try session.send("fg", "Enter")
        try session.waitFor("by Ted Snider")
        try session.send("q")
        Thread.sleep(forTimeInterval: 0.5)
        try session.send("stty -g > \(folder)/after; echo DONE-$((2+2))", "Enter")
        try session.waitFor("DONE-4")
        #expect(try String(contentsOfFile: folder + "/before", encoding: .utf8) == String(contentsOfFile: folder + "/after", encoding: .utf8))
    }

    @Test func escapeSequencesInAnArticleNeverReachTheTerminal() throws {
        let folder = CLIRunner.scratchFolder()
        try "Evil title\n\nBefore \u{1B}]2;PWNED\u{07} \u{1B}[2J\u{1B}[31m red \u{1B}]52;c;ZXZpbA==\u{07} after.".write(
            to: folder.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 100, height: 20, command: "\(binary) read --plain \(folder.path)/evil.txt; \(binary) read \(folder.path)/evil.txt")
        let screen = try session.waitFor("␛]52;c;ZXZpbA==")
        #expect(screen.contains("Before ␛]2;PWNED␇"))
        #expect(!(try session.tmux(["display-message", "-p", "#{pane_title}"], output: true)).contains("PWNED"))
        try session.send("q")
    }
}
