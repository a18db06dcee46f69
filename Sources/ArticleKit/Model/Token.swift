public enum TokenKind: UInt8, Sendable, Hashable {
    /// Letters, with inner apostrophes, hyphens and abbreviation dots (`can't`, `Iran-backed`, `U.S.`).
    case word
    /// Digits with inner separators (`2,500`, `9/11`, `F-16` is a word).
    case number
    /// Any other single scalar that is not white space.
    case punctuation
}

public struct Token: Hashable, Sendable {
    public var span: TextSpan
    public var kind: TokenKind

    public init(span: TextSpan, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }
}
