/// The text format every learned weight file shares: a header line `MAGIC VERSION`, `#` comment
/// lines (provenance), then one entry a line, a one-letter tag and hex fields separated by spaces.
/// Each model reads its own tags; this reads the lines and the numbers.
public enum WeightFile {
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// An entry's numbers after its tag: how many there are, and the first two read as hex (nil when
    /// absent or not hex).
    struct Fields {
        var count = 0
        var first: UInt64?
        var second: UInt64?

        /// The second number as a Float's bit pattern.
        var secondWeight: Float? {
            guard let bits = second, bits <= UInt64(UInt32.max) else { return nil }
            return Float(bitPattern: UInt32(bits))
        }
    }

    /// Checks the header, skips comments, and hands each entry's line number, tag and numbers to
    /// `entry`. Returns the version from the header. Reads the bytes in place: the shipped files are
    /// a megabyte of text read at every start, so no line or field becomes a String or an array.
    static func read(_ text: String, magic: String, isNot: String,
                     entry: (_ line: Int, _ tag: UInt8, _ fields: Fields) throws -> Void) throws -> String {
        var text = text
        return try text.withUTF8 { bytes in try read(bytes, magic: magic, isNot: isNot, entry: entry) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, magic: String, isNot: String,
                             entry: (_ line: Int, _ tag: UInt8, _ fields: Fields) throws -> Void) throws -> String {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        var version = ""
        var lineNumber = 0
        var index = 0
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != newline { end += 1 }
            defer { index = end + 1 }
            guard end > index else { continue }
            lineNumber += 1
            if lineNumber == 1 {
                let header = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                guard header.hasPrefix(magic + " ") else { throw FormatError(description: isNot) }
                version = String(header.dropFirst(magic.count + 1))
                continue
            }
            let tag = bytes[index]
            guard tag != UInt8(ascii: "#") else { continue }
            var fields = Fields()
            var position = index
            while position < end, bytes[position] != space { position += 1 }
            while position < end {
                while position < end, bytes[position] == space { position += 1 }
                guard position < end else { break }
                let start = position
                while position < end, bytes[position] != space { position += 1 }
                fields.count += 1
                if fields.count == 1 { fields.first = value(UnsafeBufferPointer(rebasing: bytes[start..<position])) }
                if fields.count == 2 { fields.second = value(UnsafeBufferPointer(rebasing: bytes[start..<position])) }
            }
            try entry(lineNumber, tag, fields)
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
}
