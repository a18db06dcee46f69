/// The word lists learned along with the weights, each counted over all the training articles:
/// reporting words, the head nouns of descriptor speakers, and first names news prose genders.
extension AttributionTrainer {
    /// Words inside annotated cues at least `minimumCount` times, and in a cue at least `minimumShare`
    /// of the times they occur outside quotation marks.
    func learnedCueWords(minimumCount: Int = 3, minimumShare: Double = 0.25) -> Set<UInt64> {
        var inCue: [UInt64: Int] = [:]
        for item in prepared {
            for span in item.cues {
                for token in tokens(of: span, in: item.article) where item.article.tokens[token].kind == TokenKind.word {
                    inCue[WordKey.of(item.article.scalars, item.article.tokens[token].span), default: 0] += 1
                }
            }
        }
        let function = CommonWords.capitalisedFunctionKeys
        return Set(inCue.filter { key, count in
            count >= minimumCount && !function.contains(key) && Double(count) / Double(max(wordTotals[key] ?? count, 1)) >= minimumShare
        }.keys)
    }

    static let prepositionKeys: Set<UInt64> = WordKey.set(["of", "for", "at", "with", "from", "in", "on", "who", "familiar", "close", "to", "and", ","])

    /// The head nouns of annotated descriptor sources: the last word before any preposition.
    func learnedDescriptorHeads(minimumCount: Int = 2) -> Set<UInt64> {
        var counts: [UInt64: Int] = [:]
        for item in prepared {
            for span in item.sourceHeads {
                var head: UInt64?
                for token in tokens(of: span, in: item.article) {
                    let key = WordKey.of(item.article.scalars, item.article.tokens[token].span)
                    if Self.prepositionKeys.contains(key) { break }
                    if item.article.tokens[token].kind == TokenKind.word, CharacterClass.isLowercase(item.article.scalars[item.article.tokens[token].span.start]) {
                        head = key
                    }
                }
                if let head { counts[head, default: 0] += 1 }
            }
        }
        return Set(counts.filter { $0.value >= minimumCount }.keys).subtracting(CommonWords.capitalisedFunctionKeys)
    }

    func tokens(of span: TextSpan, in article: Article) -> [Int] {
        article.tokens.indices.filter { article.tokens[$0].span.overlaps(span) }
    }

    /// First names whose bearers the articles call "he" (or "she") at least `minimumCount` times and
    /// nine times in ten: the evidence is each article's own (honorifics, a pronoun with one person
    /// in reach), pooled over the training articles. Where the automatic coreference chains give a
    /// name `minimumCount` votes, their votes alone decide: they are the cleaner evidence.
    ///
    /// The analysis that finds the bearers reads gendered names itself (grouping, the classifier, the
    /// typer's features), so the lists are learned before anything else, by rounds from none: each
    /// round analyses every article with the lists of the round before, until they stop changing or
    /// `rounds` have run. Starting from none, never from the compiled lists, is what lets any build
    /// write the same weights. `typer` should be the rules alone: the learned typer is trained later,
    /// on these lists.
    public func learnedGenderedNames(typer: ActorTypeModel, rounds: Int = 4) -> (names: GenderedNames, rounds: Int) {
        let cues = learnedCueWords()
        let plain = AttributionModel(speaker: LinearModel(), kind: LinearModel(), cueWords: cues, descriptorHeads: learnedDescriptorHeads(), version: "")
        var names = GenderedNames.none
        for round in 1...rounds {
            let contexts = prepared.map { item in
                var article = item.article
                return ArticleAnalyzer.attributionContext(&article, learnedCues: cues, typer: typer, gendered: names)
            }
            let next = learnedFirstNames(contexts, plain: plain)
            if next == names { return (names, round) }
            names = next
        }
        return (names, rounds)
    }

    /// `plain`: the learned word lists with no weights and no gendered names.
    func learnedFirstNames(_ contexts: [AttributionContext], plain: AttributionModel, minimumCount: Int = 3) -> GenderedNames {
        var counts: [UInt64: (male: Int, female: Int)] = [:]
        for context in contexts {
            let ranker = AntecedentRanker(context: context, model: plain)
            for (actor, evidence) in ranker.genderEvidence {
                guard let first = AntecedentRanker.firstName(context.actors.actors[actor].name) else { continue }
                var total = counts[first] ?? (0, 0)
                if evidence.male > evidence.female { total.male += 1 } else if evidence.female > evidence.male { total.female += 1 }
                counts[first] = total
            }
        }
        for (key, votes) in chainGenders.votes where votes.male + votes.female >= minimumCount { counts[key] = votes }
        var names = GenderedNames()
        for (key, count) in counts where count.male + count.female >= minimumCount {
            if count.male * 10 >= (count.male + count.female) * 9 { names.male.insert(key) }
            if count.female * 10 >= (count.male + count.female) * 9 { names.female.insert(key) }
        }
        return names
    }
}
