/// What the typer reads about one recognised name: its words and their shape, the words around it,
/// the title before it, the place and body tables, learned first names, and what the rest of the
/// article says about its words. Words are read as keys and flags of the token layer; a String is
/// made only once per name, for the place and body tables and the article's vocabulary.
struct ActorTypeFeatures {
    let text: ScalarText
    let tokens: [Token]
    let layer: TokenLayer
    let evidence: ArticleEvidence
    let places: Places
    /// Keys of the last words of the article's multi-word person names (by the rules): surnames.
    let surnames: Set<UInt64>
    /// Keys of the first words of the article's multi-word person names (by the rules).
    let firstWords: Set<UInt64>
    /// Words that open personal names in the training articles (`ActorTypeModel.firstNames`).
    let firstNames: Set<UInt64>
    /// First names the training articles give a gender (`GenderedNames`).
    let gendered: GenderedNames

    init(text: ScalarText, tokens: [Token], layer: TokenLayer, evidence: ArticleEvidence, places: Places, names: [RecognizedName],
         firstNames: Set<UInt64>, gendered: GenderedNames) {
        self.firstNames = firstNames
        self.gendered = gendered
        self.text = text
        self.tokens = tokens
        self.layer = layer
        self.evidence = evidence
        self.places = places
        var surnames = Set<UInt64>(), firstWords = Set<UInt64>()
        for name in names {
            let words = Self.wordTokens(name, tokens: tokens)
            guard words.count >= 2, case .actor(.person) = name.kind else { continue }
            surnames.insert(Self.bareKey(text, tokens[words.last!].span, layer.has(words.last!, .possessive)))
            firstWords.insert(layer.keys[words.first!])
        }
        self.surnames = surnames
        self.firstWords = firstWords
    }

    /// Token indices of the name's own words (its title left out).
    static func wordTokens(_ name: RecognizedName, tokens: [Token]) -> [Int] {
        name.tokens.filter { tokens[$0].span.start >= name.span.start && tokens[$0].span.end <= name.span.end && tokens[$0].kind != .punctuation }
    }

    /// A word's key without its possessive ending.
    static func bareKey(_ text: ScalarText, _ span: TextSpan, _ possessive: Bool) -> UInt64 {
        WordKey.of(text, possessive ? TextSpan(span.start, span.end - 2) : span)
    }

    /// The name's words as a pattern of small codes (capitalised, all capitals, an initial, a name
    /// particle, a connector, another lower-case word): `Pieter de Wit` and `Bank of Ireland` differ.
    private func shape(_ words: [Int]) -> Int {
        var code = 0
        for word in words.prefix(5) {
            let span = tokens[word].span
            let lower = layer.has(word, .capitalised) ? nil : text.string(span)
            let symbol: Int
            if layer.has(word, .allCaps) { symbol = 1 }
            else if span.length <= 2, layer.has(word, .capitalised) { symbol = 2 }
            else if layer.has(word, .capitalised) { symbol = 3 }
            else if let lower, NameWords.nameParticles.contains(lower) { symbol = 5 }
            else if let lower, NameWords.connectors.contains(lower) { symbol = 4 }
            else { symbol = 6 }
            code = code * 7 + symbol
        }
        return code
    }

    /// `folded`: the name's surface, folded (`TextFolding.fold`), which the caller has already made.
    func features(of name: RecognizedName, folded: String) -> [UInt64] {
        var vector = FeatureVector()
        let words = Self.wordTokens(name, tokens: tokens)
        guard let first = words.first, let last = words.last else { return [] }
        let rule: Int
        switch name.kind {
        case .actor(.person): rule = 0
        case .actor(.organization): rule = 1
        case .actor(.place): rule = 2
        case .work: rule = 3
        }
        let count = min(words.count, 4)
        vector.add("bias")
        vector.add("rule", rule)
        vector.add("rule×count", rule * 8 + count)
        let lastKey = Self.bareKey(text, tokens[last].span, layer.has(last, .possessive))
        for word in words { vector.add("word", word == last ? lastKey : layer.keys[word]) }
        vector.add("first", layer.keys[first])
        vector.add("last", lastKey)
        if words.count >= 2 { vector.add("first+last", WordKey.combine(layer.keys[first], lastKey)) }
        vector.add("possessive", layer.has(last, .possessive))
        vector.add("shape", shape(words))
        vector.add("shape×rule", shape(words) * 4 + rule)

        let before = first - 1, after = last + 1
        if before >= 0 {
            vector.add("previous", layer.keys[before])
            vector.add("previous×rule", WordKey.combine(layer.keys[before], UInt64(rule)))
            if before >= 1 { vector.add("previous two", WordKey.combine(layer.keys[before - 1], layer.keys[before])) }
            vector.add("title before", name.tokens.contains(before))
        } else {
            vector.add("text start")
        }
        if after < tokens.count {
            vector.add("next", layer.keys[after])
            if after + 1 < tokens.count { vector.add("next two", WordKey.combine(layer.keys[after], layer.keys[after + 1])) }
        }
        vector.add("role", name.role != nil)
        vector.add("gendered", name.gender != nil)
        vector.add("reporting verb after", name.beforeReportingVerb)
        vector.add("sentence start", layer.has(first, .sentenceStart))
        vector.add("paragraph start", layer.has(first, .paragraphStart))
        vector.add("quoted", layer.has(first, .quoted))

        let span = tokens[last].span
        vector.add("all caps", layer.has(last, .allCaps))
        var hasDot = false, hasHyphen = false, hasDigit = false
        for offset in span.start..<span.end {
            let scalar = text[offset]
            if scalar == "." { hasDot = true } else if scalar == "-" { hasHyphen = true } else if CharacterClass.isDigit(scalar) { hasDigit = true }
        }
        vector.add("dot", hasDot)
        vector.add("hyphen", hasHyphen)
        vector.add("digit", hasDigit)
        vector.add("length", min(span.length, 12) * 2 + (layer.has(last, .allCaps) ? 1 : 0))
        if span.length >= 5 { vector.add("suffix", WordKey.of(text, TextSpan(span.end - (layer.has(last, .possessive) ? 5 : 3), span.end))) }

        // Both ways, and with the word before: "between" before a country is a place's context, before
        // an unknown pair of capitalised words it says little.
        let inPlaceTable = places.canonicalName(folded) != nil
        vector.add("place table", inPlaceTable ? 2 : 1)
        if before >= 0 { vector.add("previous×place table", WordKey.combine(layer.keys[before], inPlaceTable ? 2 : 1)) }
        vector.add("country", places.isCountryOrRegion(folded))
        vector.add("body table", InternationalBodies.table[folded] != nil)
        let firstIsName = gendered.contains(layer.keys[first])
        vector.add("learned first name", firstIsName)
        vector.add("learned first name×count", firstIsName ? count : 0)
        if firstNames.contains(layer.keys[first]) { vector.add("first name", count) }
        vector.add("surname of a person", surnames.contains(lastKey))
        vector.add("first word of a person", words.count == 1 && firstWords.contains(layer.keys[first]))
        let lastLower = String(text.string(TextSpan(span.start, layer.has(last, .possessive) ? span.end - 2 : span.end)).lowercased())
        vector.add("vocabulary", evidence.lowercaseWords.contains(lastLower))
        vector.add("capitalised mid-sentence", evidence.capitalizedMidSentence.contains(lastLower))
        return vector.keys
    }
}
