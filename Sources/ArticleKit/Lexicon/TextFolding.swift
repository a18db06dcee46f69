/// Case and diacritic folding for matching names: "Tehrān" and "Tehran", "Türkiye" and "turkiye".
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        stripDiacritics(text).lowercased().replacingApostrophes()
    }

    /// Latin letters with accents become their base letter; the base is read from the scalar's Unicode
    /// name ("LATIN SMALL LETTER A WITH MACRON" → "a"), so no table is needed.
    public static func stripDiacritics(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xC0 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0xC0 {
                out.append(scalar)
            } else if let base = baseLetter(scalar) {
                out.append(base)
            } else if !CharacterClass.isMark(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Latin-1 Supplement to Latin Extended-B, worked out once: nearly every accented letter in news
    /// text and place names is here, and a name lookup per letter is slow.
    private static let commonBases: [Unicode.Scalar?] = (0xC0..<0x250).map { value in
        Unicode.Scalar(UInt32(value)).flatMap(baseLetterFromName)
    }

    private static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value >= 0xC0, scalar.value < 0x250 { return commonBases[Int(scalar.value) - 0xC0] }
        return baseLetterFromName(scalar)
    }

    private static func baseLetterFromName(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let name = scalar.properties.name else { return nil }
        let parts = name.split(separator: " ")
        guard parts.count >= 6, parts[0] == "LATIN", parts[2] == "LETTER", parts[4] == "WITH", parts[3].count == 1,
              let letter = parts[3].unicodeScalars.first else { return nil }
        if parts[1] == "SMALL" { return Unicode.Scalar(letter.value + 0x20) }
        if parts[1] == "CAPITAL" { return letter }
        return nil
    }
}

extension String {
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains("\u{2019}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}
