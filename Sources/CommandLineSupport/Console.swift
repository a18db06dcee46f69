#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages for the user on standard error, one line each, terminal checks and the environment:
/// shared by crossread and crossread-bench.
public enum Console {
    public static func error(_ message: String) {
        writeStandardError("crossread: " + oneLine(message) + "\n")
    }

    public static func warning(_ message: String) {
        writeStandardError("crossread: warning: " + oneLine(message) + "\n")
    }

    private static func writeStandardError(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    private static func oneLine(_ message: String) -> String {
        String(message.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }
}
