/// Learns the actor typer from CoreNLP's automatic entity labels (`corenlp/NAME.conll` of a PolNeAR
/// folder): every name the rules recognise in a training article is labelled with the CoreNLP class
/// most of its words carry (PERSON; ORGANIZATION; LOCATION, CITY, COUNTRY or STATE_OR_PROVINCE),
/// and a multi-class averaged perceptron learns the kind from the name's features. Names CoreNLP
/// gives no class are counted but not learned from. Deterministic: articles in the order given, epochs shuffled by a fixed seed.
public struct ActorTypeTrainer {
    struct Example {
        var features: [UInt64]
        var label: ActorTypeModel.Label
    }

    public struct Report: Sendable {
        public var articles = 0
        public var names = 0
        /// Names CoreNLP gives a kind: the examples.
        public var labelled = 0
        public var byLabel: [Int] = Array(repeating: 0, count: ActorTypeModel.Label.allCases.count)
        /// How often the rules' own kind equals the label, on the labelled names.
        public var rulesAgree = 0
        public var accuracyByEpoch: [Double] = []
        public var heldOutAccuracyByEpoch: [Double] = []
        public var heldOutRulesAccuracy = 0.0
        public var firstNames = 0
        /// The margins chosen for the rules' person, organisation and place, and the held-out accuracy with them.
        public var margins: [Float] = []
        public var heldOutAccuracy = 0.0
    }

    private var articles: [[Example]] = []
    /// Words that open personal names in the training articles, counted before any article is added.
    public let firstNames: Set<UInt64>

    /// `conll`: every training article's CoreNLP table, from which the first-name list is counted:
    /// a word that opens `minimumFirstNameCount` multi-word person names, and four times as many as
    /// other entities.
    public init(conll tables: [String]) {
        var counts: [UInt64: [Int]] = [:]
        for table in tables {
            for (first, kind) in CoreNLPEntities.runOpenings(conll: table) { counts[first, default: [0, 0]][kind == .person ? 0 : 1] += 1 }
        }
        firstNames = Set(counts.compactMap { key, counts in
            counts[0] >= Self.minimumFirstNameCount && counts[0] >= 4 * counts[1] ? key : nil
        })
    }
    static let minimumCount = 5
    static let margins: [Float] = [0, 1, 2, 3, 4, 6, 8, 12, 16]
    /// A word is a first name once it opens this many CoreNLP person names (and four times as many as
    /// other entities).
    static let minimumFirstNameCount = 2
    private var report = Report()

    /// The rules alone, with the first-name list: what recognises names before the typer is trained.
    public var rulesOnly: ActorTypeModel { ActorTypeModel(weights: LinearModel(), firstNames: firstNames, version: "") }

    /// Recognises one article's names and labels them from its CoreNLP token table. `gendered`: the
    /// trainer's own gendered first names (`AttributionTrainer.learnedGenderedNames`), not the compiled ones.
    public mutating func add(_ source: ArticleSource, conll: String, gendered: GenderedNames) {
        let article = ArticleAnalyzer.analyze(source, depth: .text)
        let (marks, layer) = ArticleAnalyzer.quoteMarksAndLayer(article)
        let (names, features) = ActorRecognizer.namesAndFeatures(
            text: article.scalars, tokens: article.tokens, sentences: article.sentences, paragraphs: article.paragraphs,
            quoteSpans: marks.map(\.span), layer: layer, places: .shared, typer: rulesOnly, gendered: gendered)
        let labels = CoreNLPEntities(conll: conll, alignedTo: article.scalars)
        var examples: [Example] = []
        for name in names {
            guard case .actor(let kind) = name.kind else { continue }
            report.names += 1
            guard let label = labels.label(of: name.span) else { continue }
            report.byLabel[label.rawValue] += 1
            guard label != .none else { continue }
            examples.append(Example(features: features.features(of: name, folded: TextFolding.fold(name.surface)), label: label))
            if label.kind == kind { report.rulesAgree += 1 }
        }
        report.articles += 1
        report.labelled += examples.count
        articles.append(examples)
    }

    /// Trains and returns the model. With `holdOutEvery`, the model returned is the one trained without
    /// every n-th article, measured on those after each epoch.
    public mutating func train(epochs: Int = 10, version: String, holdOutEvery: Int? = nil) -> (ActorTypeModel, Report) {
        report.firstNames = firstNames.count
        let articles = pruned(self.articles)
        // How far the typer must lead to overrule each of the rules' kinds is chosen on every tenth
        // article, with a model trained on the others, at the least cost; the model shipped is then
        // trained on all.
        let every = holdOutEvery ?? 10
        let heldOut = articles.indices.filter { $0 % every == 0 }.map { articles[$0] }
        let training = articles.indices.filter { $0 % every != 0 }.map { articles[$0] }
        let examples = Array(heldOut.joined())
        report.heldOutRulesAccuracy = Double(examples.filter { Self.rulesLabel($0) == $0.label }.count) / Double(max(examples.count, 1))
        let validation = fit(training, epochs: epochs, heldOut: heldOut, recording: true)
        let scored = Self.scored(examples, model: validation)
        let margins = ActorTypeModel.Label.kinds.map { rule in
            let ruled = scored.filter { Self.rulesLabel($0.example) == rule }
            return Self.margins.min { Self.cost(ruled, margin: $0) < Self.cost(ruled, margin: $1) }!
        }
        report.margins = margins
        report.heldOutAccuracy = Self.accuracy(scored, margins: margins)
        if holdOutEvery != nil { return (ActorTypeModel(weights: validation, firstNames: firstNames, margins: margins, version: version), report) }
        let model = fit(articles, epochs: epochs, heldOut: [], recording: false)
        return (ActorTypeModel(weights: model, firstNames: firstNames, margins: margins, version: version), report)
    }

    /// Features seen in fewer than `minimumCount` names (one-off words and word pairs) are left out:
    /// they cannot generalise, and they would make most of the weight file.
    private func pruned(_ articles: [[Example]]) -> [[Example]] {
        var counts: [UInt64: Int] = [:]
        for article in articles { for example in article { for feature in example.features { counts[feature, default: 0] += 1 } } }
        return articles.map { article in
            article.map { Example(features: $0.features.filter { counts[$0]! >= Self.minimumCount }, label: $0.label) }
        }
    }

    /// The mean of `runs` averaged perceptrons, each over its own shuffles of the articles.
    private mutating func fit(_ training: [[Example]], epochs: Int, heldOut: [[Example]], recording: Bool) -> LinearModel {
        let runs = 4
        var tables: [[UInt64: Float]] = []
        let heldOutExamples = Array(heldOut.joined())
        for run in 0..<runs {
            var perceptron = AveragedPerceptron()
            for epoch in 0..<epochs {
                var right = 0, total = 0
                for article in AttributionTrainer.order(training.count, epoch: epoch, run: run).map({ training[$0] }) {
                    for example in article {
                        perceptron.tick()
                        let scores = ActorTypeModel.scores(example.features) { Float(perceptron.weight($0)) }
                        let predicted = ActorTypeModel.Label.kinds.max { scores[$0.rawValue] < scores[$1.rawValue] }!
                        total += 1
                        if predicted == example.label { right += 1; continue }
                        perceptron.update(toward: example.features.map { ActorTypeModel.key($0, example.label) },
                                          awayFrom: example.features.map { ActorTypeModel.key($0, predicted) })
                    }
                }
                guard recording, run == 0 else { continue }
                report.accuracyByEpoch.append(Double(right) / Double(max(total, 1)))
                let snapshot = LinearModel(weights: perceptron.averaged())
                report.heldOutAccuracyByEpoch.append(Self.accuracy(Self.scored(heldOutExamples, model: snapshot), margins: [0, 0, 0]))
            }
            tables.append(perceptron.averaged())
        }
        return LinearModel(weights: AttributionTrainer.mean(tables))
    }

    /// A person typed as something else costs `personCost` (their quotations lose a speaker, and the
    /// speakers list loses them); any other wrong kind costs 1.
    static let personCost = 3

    /// Each example with the model's score for each kind.
    private static func scored(_ examples: [Example], model: LinearModel) -> [(example: Example, scores: [Float])] {
        examples.map { ($0, ActorTypeModel.scores($0.features, weight: model.weight)) }
    }

    private static func cost(_ scored: [(example: Example, scores: [Float])], margin: Float) -> Int {
        scored.reduce(0) { total, item in
            let decided = ActorTyping.decide(scores: item.scores, rule: rulesLabel(item.example), margin: margin)
            return total + (decided == item.example.label ? 0 : item.example.label == .person ? personCost : 1)
        }
    }

    /// How often the typer, overruling the rules only by more than their kind's margin, gives the label.
    private static func accuracy(_ scored: [(example: Example, scores: [Float])], margins: [Float]) -> Double {
        let right = scored.filter { item in
            let rule = rulesLabel(item.example)
            return ActorTyping.decide(scores: item.scores, rule: rule, margin: margins[rule.rawValue]) == item.example.label
        }.count
        return Double(right) / Double(max(scored.count, 1))
    }

    /// The rules' kind, read back from the example's own `rule` feature. A name without words of its
    /// own (a part cut out of a hyphenated word) has no features and reads back as a person.
    private static func rulesLabel(_ example: Example) -> ActorTypeModel.Label {
        for (index, label) in [ActorTypeModel.Label.person, .organization, .place].enumerated()
        where example.features.contains(FeatureVector.key("rule", UInt64(index + 1))) { return label }
        return .person
    }
}
