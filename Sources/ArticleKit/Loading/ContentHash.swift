/// A 64-bit hash of an article file's text: the key of the persistent index, so a file that changes
/// is analysed again and a file that moves is not. Not cryptographic: it only has to tell apart the
/// versions of files a reader keeps, and it has to run at memory speed on a 100 MB library.
public enum ContentHash {
    public static func of(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var state: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            state = (state ^ word) &* prime
            state ^= state >> 29
            offset += 8
        }
        while offset < bytes.count {
            state = (state ^ UInt64(bytes[offset])) &* 0x100_0000_01B3
            offset += 1
        }
        state ^= state >> 32
        state = state &* prime
        return state ^ (state >> 29)
    }
}
