/// Title, author and date, from what the clean text states: the first paragraph is the title; the
/// author comes from a byline ("by X") near the top or a bio sentence ("X is a regular columnist …")
/// near the end; the date from a dateline near the top ("Mar 24, 2021", "Updated 9:30 a.m. EDT
/// March 24, 2021"), else from the file's name (`usa-today_2016-10-21_…`). A date in a sentence of
/// the body is what the story is about, not when it was published.
public enum MetadataExtractor {
    public static func metadata(paragraphs: [String], fileName: String = "") -> ArticleMetadata {
        let title = paragraphs.first.map { String($0.prefix(300)) } ?? ""
        return ArticleMetadata(title: title, author: author(paragraphs), date: date(paragraphs) ?? DateParser.isoDate(inFileName: fileName))
    }

    static func author(_ paragraphs: [String]) -> String? {
        for paragraph in paragraphs.prefix(8).dropFirst() {
            if let name = byline(paragraph) { return name }
        }
        for paragraph in paragraphs.suffix(4).reversed() {
            if let name = BioSentence.name(in: paragraph) { return name }
        }
        return nil
    }

    /// "by Jane Doe", "By Jane Doe and John Roe, Staff Writers".
    static func byline(_ paragraph: String) -> String? {
        // At most 11 pieces: a paragraph of more than ten words is no byline, and is not split whole.
        let words = paragraph.split(separator: " ", maxSplits: 10)
        guard words.count >= 2, words.count <= 10, words[0].lowercased() == "by" else { return nil }
        var nameWords: [String] = []
        for word in words.dropFirst() {
            let bare = word.trimmingCharacters(in: ",;|")
            let isConnector = bare == "and" || bare == "&"
            guard isConnector || bare.unicodeScalars.first.map(CharacterClass.isUppercase) == true else { break }
            nameWords.append(bare)
            if word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix("|") { break }
        }
        while let last = nameWords.last, last == "and" || last == "&" { nameWords.removeLast() }
        return nameWords.count >= 2 ? nameWords.joined(separator: " ") : nil
    }

    static func date(_ paragraphs: [String]) -> String? {
        for paragraph in paragraphs.prefix(8) where isDateline(paragraph) {
            if let found = DateParser.firstDate(in: paragraph) { return found }
        }
        return nil
    }

    /// Lower-case words a dateline holds besides the date, the time and capitalised words.
    static let datelineWords: Set<String> = [
        "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "by", "and", "|", "·", "—", "-",
    ]

    /// A short paragraph whose lower-case words are all dateline words: no sentence.
    static func isDateline(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ", maxSplits: 12)
        guard words.count <= 12 else { return false }
        return words.allSatisfy { word in
            let bare = word.trimmingCharacters(in: ",;:()")
            guard let first = bare.unicodeScalars.first else { return true }
            return !CharacterClass.isLowercase(first) || datelineWords.contains(bare)
        }
    }
}

/// Full dates written the usual ways: `Mar 24, 2021`, `March 24 2021`, `24 March 2021`, `2021-03-24`.
public enum DateParser {
    /// `usa-today_2016-10-21_slug.txt` → `2016-10-21`: a YYYY-MM-DD run in a file's name.
    public static func isoDate(inFileName name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            let run = String(String.UnicodeScalarView(scalars[start..<(start + 10)]))
            if start > 0, CharacterClass.isDigit(scalars[start - 1]) { continue }
            if start + 10 < scalars.count, CharacterClass.isDigit(scalars[start + 10]) { continue }
            if let date = firstDate(in: run), date == run { return date }
        }
        return nil
    }

    public static func firstDate(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{00A0}" }).map(String.init)
        for (index, word) in words.enumerated() {
            if let iso = isoDate(word, compact: false) { return iso }
            guard index + 2 < words.count else { continue }
            if let month = month(word), let day = day(words[index + 1]), let year = year(words[index + 2]) {
                return format(year, month, day)
            }
            if let day = day(word), let month = month(words[index + 1]), let year = year(words[index + 2]) {
                return format(year, month, day)
            }
        }
        return nil
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let fullMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]

    static func month(_ word: String) -> Int? {
        var lower = word.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        if lower == "sept" { return 9 }
        if let index = fullMonths.firstIndex(of: lower) { return index + 1 }
        if let index = months.firstIndex(of: lower), word.first?.isUppercase == true { return index + 1 }
        return nil
    }

    private static func day(_ word: String) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
        guard let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private static func year(_ word: String) -> Int? {
        var digits = word
        while let last = digits.last, !last.isNumber { digits.removeLast() }
        guard digits.count == 4, let value = Int(digits), (1800...2200).contains(value) else { return nil }
        return value
    }

    /// A word that starts with a day in ISO form, whatever follows it (`2021-03-24`,
    /// `2025-01-20T18:42:00-05:00`), or with `compact` also `20210324` (as page metadata writes it).
    public static func isoDate(_ word: String, compact: Bool = true) -> String? {
        let parts = word.split(separator: "-", maxSplits: 2)
        if parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2].prefix(2)) {
            return valid(year, month, day)
        }
        let scalars = Array(word.unicodeScalars)
        guard compact, scalars.count == 8, scalars.allSatisfy(CharacterClass.isDigit), let value = Int(word) else { return nil }
        return valid(value / 10_000, value / 100 % 100, value % 100)
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> String? {
        (1800...2200).contains(year) && (1...12).contains(month) && (1...31).contains(day) ? format(year, month, day) : nil
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
