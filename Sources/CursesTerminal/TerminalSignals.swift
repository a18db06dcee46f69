#if canImport(Glibc)
import Glibc
#endif

/// The last termination signal received (SIGINT, SIGTERM, SIGHUP), or 0. A signal handler may only
/// set a flag; the event loop sees it within one input timeout and leaves through the normal path,
/// which restores the terminal.
nonisolated(unsafe) var receivedSignal: Int32 = 0

enum TerminalSignals {
    /// Catches the termination signals, and unblocks them along with SIGWINCH, SIGTSTP and SIGCONT:
    /// a process can inherit a blocked mask from whatever started it, and then a resize or a kill
    /// would never reach the reader.
    static func install() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblock, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in receivedSignal = received }
        }
    }

    static func restoreDefaults() {
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
    }
}
