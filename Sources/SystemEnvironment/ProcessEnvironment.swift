#if canImport(Glibc)
import Glibc
#endif

/// The one reader of the process environment. A variable set to the empty string counts as unset, as
/// POSIX tools treat TERM, NO_COLOR and the XDG folders.
public enum ProcessEnvironment {
    public static func value(_ name: String) -> String? {
        guard let pointer = getenv(name) else { return nil }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }
}
