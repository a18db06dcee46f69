/// Finds sentence ends inside one paragraph's tokens. Abbreviations (`Gen.`, `Mr.`, `Jan.`), initials
/// (`Anna T. Mallory`) and dotted abbreviations (`U.S.`) do not end a sentence unless a typical
/// sentence opening follows; closing quote marks after the full stop belong to the sentence.
public enum SentenceSplitter {
    /// Token index ranges, one per sentence, covering every token of `tokens`.
    public static func sentences(in text: ScalarText, tokens: ArraySlice<Token>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = tokens.startIndex
        var index = tokens.startIndex
        while index < tokens.endIndex {
            guard endsHere(text, tokens: tokens, at: index) else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < tokens.endIndex, isClosing(text, tokens[last + 1]) { last += 1 }
            let next = last + 1
            if next >= tokens.endIndex || opensSentence(text, tokens: tokens, at: next, after: index) {
                result.append(start..<next)
                start = next
            }
            index = next
        }
        if start < tokens.endIndex { result.append(start..<tokens.endIndex) }
        return result
    }

    private static func endsHere(_ text: ScalarText, tokens: ArraySlice<Token>, at index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .punctuation {
            let scalar = text[token.span.start]
            return scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
        }
        return token.kind == .word && text[token.span.end - 1] == "."
    }

    private static func isClosing(_ text: ScalarText, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let scalar = text[token.span.start]
        return "\"”’')]».!?…".unicodeScalars.contains(scalar)
    }

    private static func opensSentence(_ text: ScalarText, tokens: ArraySlice<Token>, at next: Int, after terminal: Int) -> Bool {
        var first = next
        while first < tokens.endIndex, tokens[first].kind == .punctuation, "\"“‘'([«—–-".unicodeScalars.contains(text[tokens[first].span.start]) {
            first += 1
        }
        guard first < tokens.endIndex else { return true }
        let opener = tokens[first]
        let openerInitial = text[opener.span.start]
        if opener.kind == .punctuation { return false }
        if opener.kind == .word, !CharacterClass.isUppercase(openerInitial) { return false }

        let terminalToken = tokens[terminal]
        let terminalScalar = text[terminalToken.span.end - 1]
        guard terminalScalar == "." else { return true }
        let openerWord = text.string(opener.span)
        if terminalToken.kind == .word {
            return Abbreviations.sentenceOpeners.contains(openerWord.lowercased())
        }
        guard terminal > tokens.startIndex else { return true }
        let before = tokens[terminal - 1]
        guard before.kind == .word, before.span.end == terminalToken.span.start else { return true }
        let word = text.string(before.span)
        if word.unicodeScalars.count == 1, CharacterClass.isUppercase(word.unicodeScalars.first!) {
            return Abbreviations.sentenceOpeners.contains(openerWord.lowercased())
        }
        if Abbreviations.titles.contains(word.lowercased()) { return false }
        if Abbreviations.other.contains(word.lowercased()) {
            return Abbreviations.sentenceOpeners.contains(openerWord.lowercased())
        }
        return true
    }
}

/// Abbreviations that end in a full stop without ending the sentence.
public enum Abbreviations {
    /// Always followed by a name: never a sentence end.
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "adm", "cmdr", "maj", "brig", "cpl", "pvt",
        "sen", "rep", "gov", "pres", "prof", "st", "rev", "hon", "amb", "sec", "supt", "insp", "messrs", "mme", "mlle",
    ]
    /// Usually mid-sentence, but may end one when a typical opening follows.
    public static let other: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "mt", "ft", "approx", "est", "dept", "univ",
        "fig", "vol", "pp", "al", "del",
    ]
    /// Words that typically open a sentence, used to decide after an ambiguous full stop.
    public static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "but", "and",
        "or", "so", "yet", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before", "there", "here",
        "what", "why", "how", "who", "its", "his", "her", "their", "our", "my", "some", "many", "most", "no", "not",
        "since", "because", "although", "though", "still", "instead", "meanwhile", "however", "today", "now", "then",
        "one", "both", "each", "all", "such", "even", "also", "only", "last", "next", "under", "with", "without",
    ]
}
