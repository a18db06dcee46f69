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
        var entries: [[String: String]] = []
        var current: [String: String]?
        var index = 0
        var pendingKey: String?
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                if pendingKey == nil || pendingKey == listKey { current = [:] }
                index += 1
            case UInt8(ascii: "}"):
                if let entry = current, !entry.isEmpty { entries.append(entry) }
                current = nil
                index += 1
            case UInt8(ascii: "\""):
                let (string, next) = readString(bytes, from: index + 1)
                index = next
                if let key = pendingKey {
                    current?[key] = string
                    pendingKey = nil
                } else {
                    var look = index
                    while look < bytes.count, bytes[look] == UInt8(ascii: " ") || bytes[look] == UInt8(ascii: "\n") { look += 1 }
                    if look < bytes.count, bytes[look] == UInt8(ascii: ":") { pendingKey = string; index = look + 1 }
                }
            case UInt8(ascii: "["):
                pendingKey = nil
                index += 1
            default:
                index += 1
            }
        }
        return entries
    }

    /// The string starting after an opening quote, and the index after its closing quote. Most have no
    /// escapes and are decoded straight from the bytes.
    private static func readString(_ bytes: [UInt8], from start: Int) -> (String, Int) {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if end >= bytes.count || bytes[end] == UInt8(ascii: "\"") {
            return (String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self), min(end + 1, bytes.count))
        }
        var out: [UInt8] = Array(bytes[start..<end])
        var index = end
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (String(decoding: out, as: UTF8.self), index + 1) }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let escaped = bytes[index + 1]
                if escaped == UInt8(ascii: "u"), index + 5 < bytes.count,
                   let value = UInt32(String(decoding: bytes[(index + 2)...(index + 5)], as: UTF8.self), radix: 16),
                   let decoded = Unicode.Scalar(value) {
                    out.append(contentsOf: String(decoded).utf8)
                    index += 6
                    continue
                }
                out.append(escaped == UInt8(ascii: "n") ? UInt8(ascii: "\n") : escaped)
                index += 2
                continue
            }
            out.append(byte)
            index += 1
        }
        return (String(decoding: out, as: UTF8.self), index)
    }
}

enum ProcessEnvironment {
    static func value(_ name: String) -> String? {
        guard let pointer = getenv(name) else { return nil }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }
}
