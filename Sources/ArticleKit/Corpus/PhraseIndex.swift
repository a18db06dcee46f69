/// Every two- to four-word phrase of every article, keyed by its stemmed words, for phrase threads and
/// phrase cross-references. Phrases stay inside a sentence, never cross punctuation, and neither start
/// nor end on a function word; hyphenated compounds count as their parts ("burden-sharing").
struct PhraseIndex {
    struct Occurrence: Hashable {
        var article: Int
        var span: TextSpan
        var surface: String
    }

    /// One word piece: its stem and the span of the token it comes from.
    struct Piece {
        var stem: String
        var lower: String
        var span: TextSpan
        var sentence: Int
        /// No punctuation between this piece and the previous one.
        var joinsPrevious: Bool
    }

    static let functionWords: Set<String> = CommonWords.capitalisedFunctionWords.union([
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "the", "a", "an", "as", "than",
        "that", "which", "who", "be", "been", "being", "not", "no", "its", "it", "this", "these", "those", "there",
        "said", "say", "says", "also", "more", "most", "other", "such", "own", "same", "very", "can", "could",
        "may", "might", "will", "would", "should", "must", "shall", "has", "have", "had", "do", "does", "did", "is",
        "are", "was", "were", "get", "got", "its", "their", "his", "her", "our", "we", "they", "he", "she", "them",
        "us", "i", "you", "how", "what", "when", "where", "why", "whether", "if", "so", "just", "only", "even",
    ])

    static func pieces(of article: Article) -> [Piece] {
        var result: [Piece] = []
        for (sentenceIndex, sentence) in article.sentences.enumerated() {
            var joins = false
            for tokenIndex in sentence.tokens {
                let token = article.tokens[tokenIndex]
                guard token.kind == .word else { joins = false; continue }
                let word = article.text(of: token.span)
                for part in word.split(separator: "-") where !part.isEmpty {
                    let text = String(part)
                    result.append(Piece(stem: Stemmer.stem(text), lower: TextFolding.fold(text), span: token.span,
                                        sentence: sentenceIndex, joinsPrevious: joins))
                    joins = true
                }
            }
        }
        return result
    }

    /// Occurrences of one stemmed phrase in every article.
    static func occurrences(of stems: [String], in articles: [Article]) -> [Occurrence] {
        guard !stems.isEmpty else { return [] }
        var found: [Occurrence] = []
        for (articleIndex, article) in articles.enumerated() {
            let pieces = pieces(of: article)
            var start = 0
            while start + stems.count <= pieces.count {
                if matches(pieces, at: start, stems) {
                    let span = TextSpan(pieces[start].span.start, pieces[start + stems.count - 1].span.end)
                    found.append(Occurrence(article: articleIndex, span: span, surface: article.text(of: span)))
                    start += stems.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    private static func matches(_ pieces: [Piece], at start: Int, _ stems: [String]) -> Bool {
        for offset in 0..<stems.count {
            let piece = pieces[start + offset]
            if piece.stem != stems[offset] { return false }
            if offset > 0, !piece.joinsPrevious || piece.sentence != pieces[start].sentence { return false }
        }
        return true
    }

    /// Stemmed phrase → occurrences, for phrases found in at least two articles.
    static func sharedPhrases(in articles: [Article], lengths: ClosedRange<Int> = 2...4) -> [[String]: [Occurrence]] {
        var perArticle: [[String]: [Occurrence]] = [:]
        var articlesOf: [[String]: Set<Int>] = [:]
        for (articleIndex, article) in articles.enumerated() {
            let pieces = pieces(of: article)
            let covered = actorCovered(article)
            for start in pieces.indices {
                guard !functionWords.contains(pieces[start].lower) else { continue }
                for length in lengths where start + length <= pieces.count {
                    let last = pieces[start + length - 1]
                    guard last.sentence == pieces[start].sentence,
                          (start + 1..<start + length).allSatisfy({ pieces[$0].joinsPrevious }),
                          !functionWords.contains(last.lower) else { continue }
                    let span = TextSpan(pieces[start].span.start, last.span.end)
                    if covered.contains(where: { $0.overlaps(span) }) { continue }
                    if pieces[start..<(start + length)].allSatisfy({ isCapitalized(article, $0) }) { continue }
                    let key = pieces[start..<(start + length)].map(\.stem)
                    if key.contains(where: { $0.unicodeScalars.allSatisfy(CharacterClass.isDigit) }) { continue }
                    perArticle[key, default: []].append(Occurrence(article: articleIndex, span: span, surface: article.text(of: span)))
                    articlesOf[key, default: []].insert(articleIndex)
                }
            }
        }
        return perArticle.filter { articlesOf[$0.key]!.count >= 2 }
    }

    /// Spans of actor mentions with their titles: names are actor threads, not phrase threads.
    private static func actorCovered(_ article: Article) -> [TextSpan] {
        article.mentions.map { mention in
            var start = mention.span.start
            if let sentence = article.sentenceIndex(containing: start) {
                let tokens = article.sentences[sentence].tokens
                var index = tokens.lowerBound
                while index < tokens.upperBound, article.tokens[index].span.end <= start { index += 1 }
                while index > tokens.lowerBound, article.tokens[index - 1].kind == .word,
                      CharacterClass.isUppercase(article.scalars[article.tokens[index - 1].span.start]) {
                    index -= 1
                    start = article.tokens[index].span.start
                }
            }
            return TextSpan(start, mention.span.end)
        }
    }

    private static func isCapitalized(_ article: Article, _ piece: Piece) -> Bool {
        piece.lower.unicodeScalars.first.map { _ in CharacterClass.isUppercase(article.scalars[piece.span.start]) } ?? false
    }
}
