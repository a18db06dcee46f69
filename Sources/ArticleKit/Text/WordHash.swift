/// A set of words kept as 64-bit FNV-1a hashes of their Unicode scalars: membership tests without
/// building a String per token.
struct WordHashSet: Sendable {
    private var hashes = Set<UInt64>()

    mutating func insert(_ text: ScalarText, _ span: TextSpan) {
        var hash = WordKey.seed
        for offset in span.start..<span.end { hash = WordKey.mix(hash, text[offset].value) }
        hashes.insert(hash)
    }

    func contains(_ word: String) -> Bool {
        var hash = WordKey.seed
        for scalar in word.unicodeScalars { hash = WordKey.mix(hash, scalar.value) }
        return hashes.contains(hash)
    }

}
