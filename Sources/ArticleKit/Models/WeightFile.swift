/// The text format every learned weight file shares: a header line `MAGIC VERSION`, `#` comment
/// lines (provenance), then one entry a line, a one-letter tag and hex fields separated by spaces.
/// Each model reads its own tags; this reads the lines and the numbers.
public enum WeightFile {
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    typealias Fields = [Substring.UTF8View]

    /// Checks the header, skips comments, and hands each entry's line number, tag and fields (the tag
    /// first) to `entry`. Returns the version from the header.
    static func read(_ text: String, magic: String, isNot: String,
                     entry: (_ line: Int, _ tag: UInt8, _ fields: Fields) throws -> Void) throws -> String {
        var version = ""
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            lineNumber += 1
            if lineNumber == 1 {
                let header = String(decoding: line, as: UTF8.self)
                guard header.hasPrefix(magic + " ") else { throw FormatError(description: isNot) }
                version = String(header.dropFirst(magic.count + 1))
                continue
            }
            guard let tag = line.first, tag != UInt8(ascii: "#") else { continue }
            try entry(lineNumber, tag, line.split(separator: UInt8(ascii: " ")))
        }
        guard lineNumber > 0 else { throw FormatError(description: "empty weight file") }
        return version
    }

    /// A key as 16 hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A Float's bit pattern in hex, as weights are written.
    static func hex(_ weight: Float) -> String { String(weight.bitPattern, radix: 16) }

    /// Up to 16 lower-case hex digits as a number.
    static func value(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// A weight written as a Float's bit pattern in hex.
    static func weight(_ bytes: some Collection<UInt8>) -> Float? {
        guard let bits = value(bytes), bits <= UInt64(UInt32.max) else { return nil }
        return Float(bitPattern: UInt32(bits))
    }
}
