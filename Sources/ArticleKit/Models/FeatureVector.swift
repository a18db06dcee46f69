/// The features of one decision as 64-bit keys: a template's name hashed together with a value (a
/// word key, a bucket, a small code). Scoring never builds a String; a trainer that wants to report
/// what it learned asks for names as well, and only then are they made.
public struct FeatureVector: Sendable {
    public private(set) var keys: [UInt64] = []
    /// Key → readable name, kept only when `namesWanted`.
    public private(set) var names: [UInt64: String] = [:]
    public let namesWanted: Bool

    public init(namesWanted: Bool = false) {
        self.namesWanted = namesWanted
        keys.reserveCapacity(48)
    }

    public mutating func add(_ template: StaticString, _ value: UInt64 = 0, _ name: @autoclosure () -> String = "") {
        let key = Self.key(template, value)
        keys.append(key)
        if namesWanted, names[key] == nil {
            let described = name()
            names[key] = "\(template)" + (described.isEmpty ? (value == 0 ? "" : "=\(value)") : "=" + described)
        }
    }

    public mutating func add(_ template: StaticString, _ value: Int, _ name: @autoclosure () -> String = "") {
        add(template, UInt64(bitPattern: Int64(value)) &+ 1, name().isEmpty ? String(value) : name())
    }

    public mutating func add(_ template: StaticString, _ flag: Bool) {
        if flag { add(template, 1, "yes") }
    }

    public static func key(_ template: StaticString, _ value: UInt64) -> UInt64 {
        var hash = WordKey.seed
        template.withUTF8Buffer { bytes in for byte in bytes { hash = WordKey.mix(hash, UInt32(byte)) } }
        var mixed = value &+ 0x9E37_79B9_7F4A_7C15 &* (hash | 1)
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31) ^ hash
    }
}

/// Combines two small values into one feature value (for conjoined templates).
@inline(__always)
func pair(_ a: some BinaryInteger, _ b: some BinaryInteger) -> UInt64 { UInt64(truncatingIfNeeded: a) << 32 | UInt64(truncatingIfNeeded: b) & 0xFFFF_FFFF }

/// Distance buckets that keep near values apart and far ones together.
@inline(__always)
func bucket(_ distance: Int) -> Int {
    switch distance {
    case ..<0: return -1
    case 0...3: return distance
    case 4...5: return 4
    case 6...8: return 6
    case 9...15: return 9
    case 16...30: return 16
    default: return 31
    }
}
