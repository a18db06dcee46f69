#if canImport(Glibc)
import Glibc
#endif

/// The last termination signal received (SIGINT, SIGTERM, SIGHUP), or 0. A signal handler may only
/// set a flag; the event loop sees it within one input timeout and leaves through the normal path,
/// which restores the terminal.
nonisolated(unsafe) var receivedSignal: Int32 = 0

enum TerminalSignals {
    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in receivedSignal = received }
        }
    }

    static func restoreDefaults() {
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
    }
}
