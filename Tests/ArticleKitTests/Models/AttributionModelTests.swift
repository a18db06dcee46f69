import Testing
@testable import ArticleKit

@Suite("Token layer")
struct TokenLayerTests {
    @Test func foldedKeysIgnoreCaseAndApostropheStyle() {
        #expect(WordKey.of("Senator’s") == WordKey.of("senator's"))
        #expect(WordKey.of("SAID") == WordKey.of("said"))
        #expect(WordKey.of("said") != WordKey.of("says"))
    }

    @Test func flagsDescribeEachToken() {
        let article = analyze("The mayor’s aide said NATO was “ready now.” Officials agreed.")
        let layer = TokenLayer(text: article.scalars, tokens: article.tokens, sentences: article.sentences,
                               paragraphs: article.paragraphs, quoted: QuoteMarks.spans(in: article.scalars, paragraphs: article.paragraphs).map(\.content))
        func token(_ word: String) -> Int { article.tokens.indices.first { article.text(of: article.tokens[$0].span) == word }! }
        #expect(layer.has(token("mayor’s"), .possessive))
        #expect(layer.has(token("NATO"), .allCaps) && layer.has(token("NATO"), .capitalised))
        #expect(layer.has(token("ready"), .quoted) && !layer.has(token("said"), .quoted))
        #expect(layer.has(token("Officials"), .sentenceStart) && !layer.has(token("aide"), .sentenceStart))
        #expect(layer.keys[token("said")] == WordKey.of("said"))
    }

    @Test func cueInflectionsShareTheirBaseForm() {
        let said = CueLexicon.stemByKey[WordKey.of("said")]
        #expect(said == WordKey.of("say") && CueLexicon.stemByKey[WordKey.of("says")] == said)
        #expect(CueLexicon.stemByKey[WordKey.of("insisted")] == WordKey.of("insist"))
        #expect(CueLexicon.stemByKey[WordKey.of("table")] == nil)
    }
}

@Suite("Learned attribution model")
struct AttributionModelTests {
    @Test func shippedWeightsLoadAndAreTrained() {
        let model = AttributionModel.shared
        #expect(model.version.hasPrefix("\(AttributionModel.formatVersion)."))
        #expect(model.speaker.weights.count > 1000 && model.kind.weights.count > 1000 && model.antecedent.weights.count > 100)
        // Reporting words learned from the annotated cues, beyond the hand-written lexicon.
        #expect(model.cueWords.count > 50 && model.cueWords.contains(WordKey.of("told")))
        #expect(!model.gendered.male.isEmpty && !model.gendered.female.isEmpty && model.gendered.male.isDisjoint(with: model.gendered.female))
    }

    @Test func serialisationRoundTripsByteForByte() throws {
        let text = AttributionModel.shared.serialized(provenance: ["test"])
        let again = try AttributionModel.parse(text)
        #expect(again.serialized(provenance: ["test"]) == text)
        #expect(again.speaker.weights == AttributionModel.shared.speaker.weights)
    }

    @Test func malformedFilesAreRefused() {
        #expect(throws: AttributionModel.FormatError.self) { try AttributionModel.parse("weights\ns 1 2\n") }
        #expect(throws: AttributionModel.FormatError.self) { try AttributionModel.parse("crossread-attribution 1.1\ns zz 3f800000\n") }
        #expect(throws: AttributionModel.FormatError.self) { try AttributionModel.parse("crossread-attribution 1.1\ns 1\n") }
        #expect(throws: AttributionModel.FormatError.self) { try AttributionModel.parse("") }
        #expect(throws: AttributionModel.FormatError.self) { try AttributionModel.parse("crossread-attribution 1.1\ns 1 3f800000 7\n") }
        #expect(throws: AttributionModel.FormatError.self) { try AttributionModel.parse("crossread-attribution 1.1\ns 1 1ffffffff\n") }
    }

    @Test func entriesReadWithCommentsBlankLinesAndRepeatedSpaces() throws {
        let model = try AttributionModel.parse("\ncrossread-attribution 1.7\n# provenance\n\nc  2a\ns 10   3f800000\nk 11 bf800000\ns 10 40000000\n")
        #expect(model.version == "1.7")
        #expect(model.cueWords == [0x2a])
        #expect(model.speaker.weights == [0x10: 2] && model.kind.weights == [0x11: -1])
    }

    @Test func averagedPerceptronLearnsARankingAndAveragesDeterministically() {
        func train() -> [UInt64: Float] {
            var perceptron = AveragedPerceptron()
            let good: [UInt64] = [1, 2], bad: [UInt64] = [1, 3]
            for _ in 0..<5 {
                perceptron.tick()
                if perceptron.score(good) <= perceptron.score(bad) { perceptron.update(toward: good, awayFrom: bad) }
            }
            return perceptron.averaged()
        }
        let weights = train()
        #expect(LinearModel(weights: weights).score([1, 2]) > LinearModel(weights: weights).score([1, 3]))
        #expect(weights[1] == nil)
        #expect(train() == weights)
    }

    @Test func featureKeysDependOnTemplateAndValue() {
        #expect(FeatureVector.key("L1", 5) != FeatureVector.key("R1", 5))
        #expect(FeatureVector.key("L1", 5) != FeatureVector.key("L1", 6))
        #expect(FeatureVector.key("L1", 5) == FeatureVector.key("L1", 5))
        var named = FeatureVector(namesWanted: true)
        named.add("head", WordKey.of("official"), "official")
        #expect(named.names[named.keys[0]] == "head=official")
    }
}

@Suite("Learned attribution on news-style sentences")
struct LearnedAttributionTests {
    @Test func pronounGoesToTheSpeakerOfTheRightGenderNotToAPlace() {
        let body = """
            Governor Maria Lindqvist toured flooded farms near Riverton on Tuesday. Mr. Paul Decker, the county engineer, showed her the levee.
            “We will rebuild every road,” she said.
            """
        #expect(analyze(body).speakers == ["Maria Lindqvist"])
    }

    @Test func nameModifyingASpeakerNounSpeaksThroughIt() {
        #expect(analyze("“The deadline stands,” a Treasury Department official said on Monday.").speakers == ["a Treasury Department official"])
    }

    @Test func chosenMentionIsReportedWithItsOffsets() {
        let article = analyze("“Prices will fall by spring,” said Karin Obuya, the bank’s chief economist.")
        let quote = article.quotes[0]
        #expect(quote.speaker == .actor(article.actors.firstIndex { $0.name == "Karin Obuya" }!))
        #expect(article.speakerName(of: quote) == "Karin Obuya")
        #expect(quote.speakerSpan.map { article.text(of: $0) } == "Karin Obuya")
        #expect(quote.cue == "said")
    }

    @Test func quotationInsideAnotherSentenceKeepsItsSpeakerAcrossAParagraph() {
        let body = """
            “We are not leaving,” the union’s president, Tomas Brandt, told reporters outside the plant.

            “Not this week, not next week.”
            """
        #expect(analyze(body).speakers == ["Tomas Brandt", "Tomas Brandt"])
    }
}
