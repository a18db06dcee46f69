#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the flat JSON of Debian's iso-codes (`{"3166-1": [{"name": …}, …]}`) without Foundation: the
/// files are a list of objects whose values are all strings. A missing or unreadable file gives no
/// entries, so places fall back to the built-in short forms.
enum ISOCodesFile {
    static func entries(path: String, listKey: String) -> [[String: String]] {
        guard case .success(let bytes) = FileBytes.contents(of: path) else { return [] }
        let text = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var entries: [[String: String]] = []
        var current: [String: String]?
        var index = 0
        var pendingKey: String?
        while index < text.count {
            let scalar = text[index]
            switch scalar {
            case "{":
                if pendingKey == nil || pendingKey == listKey { current = [:] }
                index += 1
            case "}":
                if let entry = current, !entry.isEmpty { entries.append(entry) }
                current = nil
                index += 1
            case "\"":
                let (string, next) = readString(text, from: index + 1)
                index = next
                if let key = pendingKey {
                    current?[key] = string
                    pendingKey = nil
                } else {
                    var look = index
                    while look < text.count, text[look] == " " || text[look] == "\n" { look += 1 }
                    if look < text.count, text[look] == ":" { pendingKey = string; index = look + 1 }
                }
            case "[":
                pendingKey = nil
                index += 1
            default:
                index += 1
            }
        }
        return entries
    }

    private static func readString(_ text: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var out = String.UnicodeScalarView()
        var index = start
        while index < text.count {
            let scalar = text[index]
            if scalar == "\"" { return (String(out), index + 1) }
            if scalar == "\\", index + 1 < text.count {
                let escaped = text[index + 1]
                if escaped == "u", index + 5 < text.count,
                   let value = UInt32(String(String.UnicodeScalarView(text[(index + 2)...(index + 5)])), radix: 16),
                   let decoded = Unicode.Scalar(value) {
                    out.append(decoded)
                    index += 6
                    continue
                }
                out.append(escaped == "n" ? "\n" : escaped)
                index += 2
                continue
            }
            out.append(scalar)
            index += 1
        }
        return (String(out), index)
    }
}

enum ProcessEnvironment {
    static func value(_ name: String) -> String? {
        guard let pointer = getenv(name) else { return nil }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }
}
