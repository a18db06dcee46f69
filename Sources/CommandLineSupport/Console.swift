#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Messages for the user on standard error, one line each, and terminal checks:
/// shared by crossread and crossread-bench.
public enum Console {
    public static func error(_ message: String) {
        writeStandardError("crossread: " + oneLine(message) + "\n")
    }

    public static func warning(_ message: String) {
        writeStandardError("crossread: warning: " + oneLine(message) + "\n")
    }

    /// Whole, even when a signal interrupts a write (swift-system retries); a closed stderr loses it.
    private static func writeStandardError(_ text: String) {
        _ = try? FileDescriptor.standardError.writeAll(text.utf8)
    }

    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    private static func oneLine(_ message: String) -> String {
        String(message.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }
}
