/// A compact byte encoding for what the index stores: unsigned LEB128 integers and length-prefixed
/// UTF-8 strings. Reading checks every length against what is left, so a damaged blob is an error,
/// never a crash or a huge allocation.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: Int) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Nil as 0, else value + 1.
    mutating func write(optional value: Int?) { write(value.map { $0 + 1 } ?? 0) }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(optional text: String?) {
        write(text == nil ? 0 : 1)
        if let text { write(text) }
    }

    mutating func write(_ strings: [String]) {
        write(strings.count)
        for string in strings { write(string) }
    }
}

struct DamagedData: Error {}

struct ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws(DamagedData) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 63 else { throw DamagedData() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int32.max) else { throw DamagedData() }
        return Int(value)
    }

    mutating func optionalInt() throws(DamagedData) -> Int? {
        let value = try int()
        return value == 0 ? nil : value - 1
    }

    /// A count of items each taking at least one byte: never more than the bytes left.
    mutating func count() throws(DamagedData) -> Int {
        let value = try int()
        guard value <= bytes.count - offset else { throw DamagedData() }
        return value
    }

    mutating func string() throws(DamagedData) -> String {
        let length = try count()
        let slice = bytes[offset..<(offset + length)]
        offset += length
        guard let text = String(validating: slice, as: UTF8.self) else { throw DamagedData() }
        return text
    }

    mutating func optionalString() throws(DamagedData) -> String? {
        switch try int() {
        case 0: return nil
        case 1: return try string()
        default: throw DamagedData()
        }
    }

    mutating func strings() throws(DamagedData) -> [String] {
        let total = try count()
        var result: [String] = []
        result.reserveCapacity(total)
        for _ in 0..<total { result.append(try string()) }
        return result
    }
}
