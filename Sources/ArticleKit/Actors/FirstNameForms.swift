/// Short forms of first names, judged by their letters rather than a table of nicknames: "Len" is
/// Leonard, "Tom" Thomas, "Chris" Christopher, "Steve" Steven. A short form keeps the full name's first
/// two letters and the rest of its letters in order. Forms that change letters (Jack for John) are not
/// caught; a full name that could be two people's is not merged (see `Corpus`).
enum FirstNameForms {
    static func isShortForm(_ short: String, of long: String) -> Bool {
        let short = Array(TextFolding.fold(short).unicodeScalars), long = Array(TextFolding.fold(long).unicodeScalars)
        guard short.count >= 3, short.count < long.count, short.allSatisfy(CharacterClass.isLetter),
              short[0] == long[0], short[1] == long[1] else { return false }
        var next = 2
        for scalar in long.dropFirst(2) where next < short.count && scalar == short[next] { next += 1 }
        return next == short.count
    }
}
