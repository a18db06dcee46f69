/// Turns a file's bytes into article text: UTF-8 with or without a byte-order mark, UTF-16 with one,
/// any line ends folded to `\n`. Invalid UTF-8 becomes U+FFFD with a warning; NUL bytes mean the file
/// is binary and is refused.
public enum TextDecoding {
    public struct Decoded: Sendable, Hashable {
        public var text: String
        public var warnings: [String]
    }

    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, DecodingFailure> {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.contains(0) { return .failure(.binary) }
        let unified = foldLineEnds(body)
        if let valid = String(validating: unified, as: UTF8.self) {
            return .success(Decoded(text: valid, warnings: []))
        }
        let repaired = String(decoding: unified, as: UTF8.self)
        return .success(Decoded(text: repaired, warnings: ["invalid UTF-8 replaced with \u{FFFD}"]))
    }

    public enum DecodingFailure: Error, Sendable, Hashable {
        case binary

        public var reason: String {
            switch self {
            case .binary: return "binary file (contains NUL bytes), not an article"
            }
        }
    }

    static func foldLineEnds<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return out
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Result<Decoded, DecodingFailure> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair = littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(pair)
            index += 2
        }
        if units.contains(0) { return .failure(.binary) }
        var warnings: [String] = []
        let text: String
        if let valid = String(validating: units, as: UTF16.self) {
            text = valid
        } else {
            text = String(decoding: units, as: UTF16.self)
            warnings.append("invalid UTF-16 replaced with \u{FFFD}")
        }
        let folded = foldLineEnds(Array(text.utf8))
        return .success(Decoded(text: String(decoding: folded, as: UTF8.self), warnings: warnings))
    }
}
