#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPseudoTerminal

/// Starts a program on a fresh pseudo-terminal and times how long it takes to paint: from just before
/// the spawn until `marker` appears in what it writes. The same harness times `less` and crossread.
enum PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Seconds from spawn to `marker` and the program's peak memory; the program is then sent `quit`
    /// and reaped.
    static func timeToMarker(_ arguments: [String], marker: String, quit: String = "q", environment: [String],
                             width: Int = 80, height: Int = 24, timeout: Double = 30) throws -> (seconds: Double, peakBytes: Int) {
        var name = [CChar](repeating: 0, count: 128)
        let master = crossread_pty_open(&name, name.count)
        guard master >= 0 else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, slavePath, descriptor == 0 ? O_RDWR : O_RDWR, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, crossread_spawn_setsid_flag() | Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let start = Measure.now()
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var peak = 0
        defer { peak = reap(pid, peak) }
        let wanted = Array(marker.utf8)
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Measure.now() - start < timeout {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let got = read(master, &buffer, buffer.count)
            guard got > 0 else { break }
            seen.append(contentsOf: buffer[0..<got])
            if contains(seen, wanted) {
                let elapsed = Measure.now() - start
                _ = quit.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, quit.utf8.count) }
                peak = drain(master, pid)
                return (elapsed, peak)
            }
        }
        kill(pid, SIGKILL)
        throw Failure(description: "\(arguments[0]) did not show “\(marker)” within \(Int(timeout)) s")
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// Reads until the program exits so it never blocks on a full terminal; its peak memory.
    private static func drain(_ master: Int32, _ pid: pid_t) -> Int {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Measure.now() + 3
        while Measure.now() < deadline {
            var status: Int32 = 0
            var usage = rusage()
            if wait4(pid, &status, WNOHANG, &usage) == pid { return Int(usage.ru_maxrss) * 1024 }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 20) > 0, read(master, &buffer, buffer.count) <= 0 {
                if wait4(pid, &status, 0, &usage) == pid { return Int(usage.ru_maxrss) * 1024 }
                break
            }
        }
        kill(pid, SIGKILL)
        return 0
    }

    /// Waits for the program unless `drain` already did; the peak memory either way.
    private static func reap(_ pid: pid_t, _ known: Int) -> Int {
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let result = wait4(pid, &status, 0, &usage)
            if result == pid { return Int(usage.ru_maxrss) * 1024 }
            if result < 0, errno == EINTR { continue }
            return known
        }
    }
}
