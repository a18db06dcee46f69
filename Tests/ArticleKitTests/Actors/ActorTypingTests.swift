import Testing
@testable import ArticleKit

/// The learned typer's plumbing, with hand-made models: how scores become kinds, and how CoreNLP's
/// labels are read onto crossread's text.
@Suite("Actor typer")
struct ActorTypingTests {
    /// A model that pushes one feature toward one kind, and overrules the rules by a margin of 2.
    static func model(_ feature: UInt64, toward label: ActorTypeModel.Label, by weight: Float) -> ActorTypeModel {
        ActorTypeModel(weights: LinearModel(weights: [ActorTypeModel.key(feature, label): weight]), margins: [2, 2, 2], version: "test")
    }

    static func typed(_ body: String, model: ActorTypeModel) -> Article {
        var article = ArticleAnalyzer.analyze(ArticleSource(path: "test.txt", text: "Test article\n\n" + body), depth: .text)
        _ = ArticleAnalyzer.attributionContext(&article, typer: model)
        return article
    }

    @Test func theWeightFileReadsBackAsWritten() throws {
        let model = ActorTypeModel(weights: LinearModel(weights: [7: 1.5, 42: -0.25]), firstNames: [WordKey.of("lena")], margins: [8, 0, 4], version: "1.3")
        let text = model.serialized(provenance: ["made for a test"])
        let parsed = try ActorTypeModel.parse(text)
        #expect(parsed.version == "1.3")
        #expect(parsed.weights.weights == model.weights.weights)
        #expect(parsed.firstNames == [WordKey.of("lena")])
        #expect(parsed.margins == [8, 0, 4])
        #expect(parsed.serialized(provenance: ["made for a test"]) == text)
        #expect(throws: AttributionModel.FormatError.self) { try ActorTypeModel.parse("crossread-attribution 1.0\n") }
        #expect(throws: AttributionModel.FormatError.self) { try ActorTypeModel.parse("crossread-actor-types 1.0\nw zz 1\n") }
    }

    @Test func aStrongScoreOverrulesTheRulesForEveryMentionOfTheName() {
        // "Harbin" with a learned push toward organisation: every mention follows, none stays a place.
        let body = "Exports from Harbin rose. Harbin said the figures were early. Officials in Harbin agreed."
        let untyped = Self.typed(body, model: ActorTypeModel(weights: LinearModel(), version: "empty"))
        let model = Self.model(FeatureVector.key("word", WordKey.of("harbin")), toward: .organization, by: 10)
        let typed = Self.typed(body, model: model)
        #expect(untyped.actors.filter { $0.name == "Harbin" }.map(\.kind) != [.organization])
        #expect(typed.actors.filter { $0.name == "Harbin" }.map(\.kind) == [.organization])
        #expect(typed.actors.first { $0.name == "Harbin" }?.mentions.count == 3)
    }

    @Test func aWeakScoreLeavesTheRulesKind() {
        let body = "Exports from Harbin rose."
        let model = Self.model(FeatureVector.key("word", WordKey.of("harbin")), toward: .organization, by: 1)
        #expect(Self.typed(body, model: model).actors.first?.kind == .place)
    }

    @Test func aTitleSettlesAPersonWhateverTheScores() {
        let body = "Senator Vance Okoro spoke first. Okoro said the bill was dead."
        let model = Self.model(FeatureVector.key("word", WordKey.of("okoro")), toward: .place, by: 50)
        let article = Self.typed(body, model: model)
        #expect(article.actors.map(\.kind) == [.person])
        #expect(article.actors.first?.mentions.count == 2)
    }

    @Test func aSurnameIsTypedWithItsFullName() {
        let names = [
            RecognizedName(span: TextSpan(0, 10), surface: "Mira Halvorsen", kind: .actor(.person), sentence: 0, paragraph: 0, tokens: 0..<2),
            RecognizedName(span: TextSpan(20, 29), surface: "Halvorsen", kind: .actor(.organization), sentence: 1, paragraph: 0, tokens: 4..<5),
            RecognizedName(span: TextSpan(40, 46), surface: "Jordan", kind: .actor(.place), sentence: 2, paragraph: 0, tokens: 8..<9),
            RecognizedName(span: TextSpan(50, 60), surface: "Kai Jordan", kind: .actor(.person), sentence: 3, paragraph: 0, tokens: 10..<12),
        ]
        let groups = ActorTyping.groupKeys(names, folded: names.map { TextFolding.fold($0.surface) }, places: .shared)
        #expect(groups == ["mira halvorsen", "mira halvorsen", "jordan", "kai jordan"])
    }

    @Test func coreNLPLabelsLandOnTheWordsEvenWhenTheTextMoved() {
        // The table's offsets are the original file's; here the text has two extra characters in front.
        let text = ScalarText("> Lena Cortez visited Oslo.")
        let conll = """
            Lena\t0\t4\tlena\tNNP\tPERSON\t2\tcompound
            Cortez\t5\t11\tcortez\tNNP\tPERSON\t3\tnsubj
            visited\t12\t19\tvisit\tVBD\tO\t0\troot
            Oslo\t20\t24\toslo\tNNP\tCITY\t3\tdobj
            .\t24\t25\t.\t.\tO\t3\tpunct
            """
        let entities = CoreNLPEntities(conll: conll, alignedTo: text)
        #expect(entities.label(of: TextSpan(2, 13)) == .person)
        #expect(entities.label(of: TextSpan(22, 26)) == .place)
        #expect(entities.label(of: TextSpan(14, 21)) == ActorTypeModel.Label.none)
        #expect(CoreNLPEntities.runOpenings(conll: conll).map(\.0) == [WordKey.of("lena")])
    }
}
