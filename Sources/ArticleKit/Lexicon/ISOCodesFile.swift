#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the flat JSON of Debian's iso-codes (`{"3166-1": [{"name": …}, …]}`) without Foundation: the
/// files are a list of objects whose values are all strings. A missing or unreadable file gives no
/// entries, so places fall back to the built-in short forms. Read at every start, so only the wanted
/// fields' values become Strings: keys are compared as bytes, and other values are skipped.
enum ISOCodesFile {
    /// For each object of the list under `listKey`, the values of `fields` in that order (nil where
    /// the object lacks one); objects with none of them are left out.
    static func entries(path: String, listKey: String, fields: [String]) -> [[String?]] {
        guard case .success(let bytes) = FileBytes.contents(of: path) else { return [] }
        return bytes.withUnsafeBufferPointer { entries(in: $0, listKey: Array(listKey.utf8), fields: fields.map { Array($0.utf8) }) }
    }

    private static func entries(in bytes: UnsafeBufferPointer<UInt8>, listKey: [UInt8], fields: [[UInt8]]) -> [[String?]] {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var entries: [[String?]] = []
        var current: [String?]?
        var found = false
        // The object's key whose value comes next: an index into `fields`, -1 for an unwanted key,
        // -2 for the list's key, nil when no key is pending.
        var pending: Int?
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                if pending == nil || pending == -2 { current = [String?](repeating: nil, count: fields.count); found = false }
                pending = nil
                index += 1
            case UInt8(ascii: "}"):
                if let entry = current, found { entries.append(entry) }
                current = nil
                index += 1
            case quote:
                var end = index + 1
                var escaped = false
                while end < bytes.count, bytes[end] != quote {
                    if bytes[end] == backslash { escaped = true; end += 1 }
                    end += 1
                }
                let body = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<min(end, bytes.count)])
                index = min(end + 1, bytes.count)
                if let key = pending {
                    if key >= 0, current != nil {
                        current![key] = escaped ? unescaped(body) : String(decoding: body, as: UTF8.self)
                        found = true
                    }
                    pending = nil
                } else {
                    var look = index
                    while look < bytes.count, bytes[look] == UInt8(ascii: " ") || bytes[look] == UInt8(ascii: "\n") { look += 1 }
                    if look < bytes.count, bytes[look] == UInt8(ascii: ":") {
                        pending = body.elementsEqual(listKey) ? -2 : fields.firstIndex { body.elementsEqual($0) } ?? -1
                        index = look + 1
                    }
                }
            case UInt8(ascii: "["):
                pending = nil
                index += 1
            default:
                index += 1
            }
        }
        return entries
    }

    /// A string body with JSON escapes (`\uXXXX`, `\n`, `\"` and the like) decoded.
    private static func unescaped(_ body: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < body.count {
            let byte = body[index]
            if byte == UInt8(ascii: "\\"), index + 1 < body.count {
                let escaped = body[index + 1]
                if escaped == UInt8(ascii: "u"), index + 5 < body.count,
                   let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: body[(index + 2)...(index + 5)]), as: UTF8.self), radix: 16),
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
        return String(decoding: out, as: UTF8.self)
    }
}
