/// Splits clean text into words, numbers and punctuation with their offsets. Inner apostrophes
/// (`can't`, `Iran’s`), hyphens (`Iran-backed`, `F-16`) and dotted abbreviations (`U.S.`, `e.g.`)
/// stay inside their word.
public enum Tokenizer {
    public static func tokens(in text: ScalarText, span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(span.length / 5)
        var index = span.start
        let end = min(span.end, text.count)
        while index < end {
            let scalar = text[index]
            if CharacterClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            if CharacterClass.isLetter(scalar) {
                let wordEnd = scanWord(text, from: index, limit: end)
                tokens.append(Token(span: TextSpan(index, wordEnd), kind: .word))
                index = wordEnd
            } else if CharacterClass.isDigit(scalar) {
                let numberEnd = scanNumber(text, from: index, limit: end)
                tokens.append(Token(span: TextSpan(index, numberEnd), kind: .number))
                index = numberEnd
            } else {
                tokens.append(Token(span: TextSpan(index, index + 1), kind: .punctuation))
                index += 1
            }
        }
        return tokens
    }

    private static func scanWord(_ text: ScalarText, from start: Int, limit: Int) -> Int {
        if let abbreviationEnd = scanDottedAbbreviation(text, from: start, limit: limit) { return abbreviationEnd }
        var index = start + 1
        while index < limit {
            let scalar = text[index]
            if CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) || CharacterClass.isMark(scalar) {
                index += 1
                continue
            }
            let next = index + 1 < limit ? text[index + 1] : nil
            if CharacterClass.isApostrophe(scalar), let next, CharacterClass.isLetter(next) {
                index += 2
                continue
            }
            if CharacterClass.isInnerHyphen(scalar), let next, CharacterClass.isLetter(next) || CharacterClass.isDigit(next) {
                index += 2
                continue
            }
            break
        }
        return index
    }

    /// `U.S.`, `U.K.`, `e.g.`, `D.C.`: single letters each followed by a dot, at least two of them.
    private static func scanDottedAbbreviation(_ text: ScalarText, from start: Int, limit: Int) -> Int? {
        var index = start
        var letters = 0
        while index + 1 < limit, CharacterClass.isLetter(text[index]), text[index + 1] == "." {
            if index > start, CharacterClass.isLetter(text[index - 1]) { break }
            letters += 1
            index += 2
            if index < limit, !CharacterClass.isLetter(text[index]) { break }
            if index + 1 < limit, CharacterClass.isLetter(text[index + 1]) { break }
        }
        return letters >= 2 ? index : nil
    }

    private static func scanNumber(_ text: ScalarText, from start: Int, limit: Int) -> Int {
        var index = start + 1
        while index < limit {
            let scalar = text[index]
            if CharacterClass.isDigit(scalar) || CharacterClass.isLetter(scalar) {
                index += 1
                continue
            }
            let next = index + 1 < limit ? text[index + 1] : nil
            if scalar == "," || scalar == "." || scalar == ":" || scalar == "/" || CharacterClass.isInnerHyphen(scalar),
               let next, CharacterClass.isDigit(next) {
                index += 2
                continue
            }
            break
        }
        return index
    }
}

/// Character tests used across the parser, cheap for ASCII.
public enum CharacterClass {
    @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic && !isMark(scalar)
    }

    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }

    @inline(__always)
    public static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    @inline(__always)
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    @inline(__always)
    public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    @inline(__always)
    public static func isInnerHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D }
        return scalar.properties.isWhitespace
    }
}
