/// A set of words kept as 64-bit FNV-1a hashes of their Unicode scalars: membership tests without
/// building a String per token.
struct WordHashSet: Sendable {
    private var hashes = Set<UInt64>()

    mutating func insert(_ text: ScalarText, _ span: TextSpan) {
        var hash = WordHashSet.seed
        for offset in span.start..<span.end { hash = WordHashSet.mix(hash, text[offset].value) }
        hashes.insert(hash)
    }

    func contains(_ word: String) -> Bool {
        var hash = WordHashSet.seed
        for scalar in word.unicodeScalars { hash = WordHashSet.mix(hash, scalar.value) }
        return hashes.contains(hash)
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x100_0000_01b3
    }
}
