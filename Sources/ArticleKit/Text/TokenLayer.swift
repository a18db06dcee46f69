/// An article's tokens as numbers: for each token a stable key of its folded form and a set of flag
/// bits. Built once per article; lexicons are sets of keys, and rules, features and learned scorers
/// read keys and flags instead of making a String per token. Strings are made only for output.
public struct TokenLayer: Sendable {
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let word = Flags(rawValue: 1 << 0)
        public static let number = Flags(rawValue: 1 << 1)
        public static let punctuation = Flags(rawValue: 1 << 2)
        /// The first scalar is upper case.
        public static let capitalised = Flags(rawValue: 1 << 3)
        /// Every letter is upper case, and there are at least two.
        public static let allCaps = Flags(rawValue: 1 << 4)
        /// The first token of its sentence.
        public static let sentenceStart = Flags(rawValue: 1 << 5)
        /// Inside the words of a quotation.
        public static let quoted = Flags(rawValue: 1 << 6)
        /// A word ending in 's or ’s (the tokenizer keeps the possessive inside the word).
        public static let possessive = Flags(rawValue: 1 << 7)
        /// The first token of its paragraph.
        public static let paragraphStart = Flags(rawValue: 1 << 8)
    }

    /// `WordKey` of each token's text, folded.
    public let keys: [UInt64]
    public let flags: [Flags]
    /// The sentence of each token.
    public let sentence: [Int32]

    public var count: Int { keys.count }

    public init(text: ScalarText, tokens: [Token], sentences: [Sentence], paragraphs: [Paragraph], quoted: [TextSpan]) {
        var keys = [UInt64](repeating: 0, count: tokens.count)
        var flags = [Flags](repeating: [], count: tokens.count)
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() where sentence.tokens.lowerBound < tokens.count {
            for token in sentence.tokens where token < tokens.count { sentenceOf[token] = Int32(index) }
            flags[sentence.tokens.lowerBound].insert(.sentenceStart)
            if paragraphs.indices.contains(sentence.paragraph), paragraphs[sentence.paragraph].sentences.lowerBound == index {
                flags[sentence.tokens.lowerBound].insert(.paragraphStart)
            }
        }
        var quote = 0
        for (index, token) in tokens.enumerated() {
            keys[index] = WordKey.of(text, token.span)
            var flag = flags[index]
            switch token.kind {
            case .word: flag.insert(.word)
            case .number: flag.insert(.number)
            case .punctuation: flag.insert(.punctuation)
            }
            if token.kind == .word {
                let first = text[token.span.start]
                if CharacterClass.isUppercase(first) { flag.insert(.capitalised) }
                var letters = 0, upper = 0
                for offset in token.span.start..<token.span.end where CharacterClass.isLetter(text[offset]) {
                    letters += 1
                    if CharacterClass.isUppercase(text[offset]) { upper += 1 }
                }
                if letters >= 2, upper == letters { flag.insert(.allCaps) }
                if token.span.length > 2, text[token.span.end - 1] == "s" || text[token.span.end - 1] == "S",
                   CharacterClass.isApostrophe(text[token.span.end - 2]) {
                    flag.insert(.possessive)
                }
            }
            while quote < quoted.count, quoted[quote].end <= token.span.start { quote += 1 }
            if quote < quoted.count, quoted[quote].contains(token.span.start) { flag.insert(.quoted) }
            flags[index] = flag
        }
        self.keys = keys
        self.flags = flags
        self.sentence = sentenceOf
    }

    @inline(__always) public func has(_ token: Int, _ flag: Flags) -> Bool { flags[token].contains(flag) }
}

/// A stable 64-bit key for a word: FNV-1a over its scalars, lower-cased (ASCII directly, others by
/// their Unicode mapping) with curly apostrophes folded to straight ones, so "Ortega’s" and "ortega's"
/// share a key in every article and in learned weight files.
public enum WordKey {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    public static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 { combine(hash, UInt64(value)) }

    /// One FNV-1a step over a whole value: a phrase's key from its words' keys.
    @inline(__always)
    public static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* 0x100_0000_01b3
    }

    public static func of(_ text: ScalarText, _ span: TextSpan) -> UInt64 {
        var hash = seed
        for offset in span.start..<min(span.end, text.count) { hash = fold(text[offset], into: hash) }
        return hash
    }

    public static func of(_ word: String) -> UInt64 {
        var hash = seed
        for scalar in word.unicodeScalars { hash = fold(scalar, into: hash) }
        return hash
    }

    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, into hash: UInt64) -> UInt64 {
        let value = scalar.value
        if value < 0x80 {
            return mix(hash, value >= 0x41 && value <= 0x5A ? value | 0x20 : value)
        }
        if value == 0x2019 || value == 0x2018 { return mix(hash, 0x27) }
        var result = hash
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { result = mix(result, lower.value) }
        return result
    }

    /// Keys of a list of words.
    public static func set(_ words: some Sequence<String>) -> Set<UInt64> { Set(words.map(of)) }
}
