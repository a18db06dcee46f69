/// One annotated quotation of a training article, in the file's own offsets (the gold format of
/// `../shared/polnear`): where its words start, the words, speech or term, and the annotated source
/// and cue mentions.
public struct GoldQuotation: Sendable {
    public var start: Int
    public var text: String
    public var isSpeech: Bool
    public var sources: [TextSpan]
    public var sourceKind: String?
    public var cues: [TextSpan]
    /// Who the source is: names any of which a right speaker contains (silver for pronouns).
    public var match: [String]

    public init(start: Int, text: String, isSpeech: Bool, sources: [TextSpan], sourceKind: String?, cues: [TextSpan], match: [String]) {
        self.start = start
        self.text = text
        self.isSpeech = isSpeech
        self.sources = sources
        self.sourceKind = sourceKind
        self.cues = cues
        self.match = match
    }
}

/// Learns the attribution model from annotated articles: the cue words and descriptor heads first
/// (counted over every article), then the speaker scorer (averaged perceptron over candidates),
/// then the speech-or-term classifier with the finished speaker scorer's confidence as a feature.
/// Deterministic: articles are visited in the order given, reshuffled each epoch by a fixed seed.
public struct AttributionTrainer {
    struct Label {
        var isSpeech: Bool
        var sources: [TextSpan]
        var match: [String]
    }

    struct Prepared {
        var article: Article
        var labels: [Int: Label]
        var cues: [TextSpan]
        var sourceHeads: [TextSpan]
    }

    public struct Report: Sendable {
        public var articles = 0
        public var goldQuotations = 0
        public var alignedQuotations = 0
        public var speechWithSource = 0
        public var candidateRecall = 0.0
        public var speakerAccuracyByEpoch: [Double] = []
        public var kindAccuracyByEpoch: [Double] = []
        public var antecedentAccuracyByEpoch: [Double] = []
        public var heldOutSpeakerAccuracyByEpoch: [Double] = []
        public var heldOutKindAccuracyByEpoch: [Double] = []
        public var antecedentExamples = 0
        public var antecedentCovered = 0
        public var cueWords = 0
        public var descriptorHeads = 0
        public var genderedNames = 0
        public var topSpeakerFeatures: [(String, Float)] = []
        public var topKindFeatures: [(String, Float)] = []
    }

    private(set) var prepared: [Prepared] = []
    /// First-name votes from the training folder's automatic coreference chains, if it has them.
    public var chainGenders = ChainGenders()
    private(set) var wordTotals: [UInt64: Int] = [:]
    private var report = Report()

    public init() {}

    /// Analyses one article and lines its annotated quotations up with the quotations found.
    public mutating func add(_ source: ArticleSource, gold: [GoldQuotation]) {
        let article = ArticleAnalyzer.analyze(source, depth: .text)
        let marks = QuoteMarks.spans(in: article.scalars, paragraphs: article.paragraphs)
        let found = marks.map { Self.normalized(article.text(of: $0.content)) }
        var labels: [Int: Label] = [:], cues: [TextSpan] = [], heads: [TextSpan] = []
        var next = 0
        for quotation in gold {
            let wanted = Self.normalized(quotation.text)
            guard !wanted.isEmpty else { continue }
            var match: Int?
            for index in next..<min(found.count, next + 8) where Self.matches(wanted, found[index]) { match = index; break }
            guard let index = match else { continue }
            next = index + 1
            let leading = quotation.text.unicodeScalars.prefix { CharacterClass.isWhitespace($0) || Self.quoteMarks.contains($0) }.count
            let shift = quotation.start + leading - marks[index].content.start
            let mapped = quotation.sources.map { TextSpan($0.start - shift, $0.end - shift) }
            labels[index] = Label(isSpeech: quotation.isSpeech, sources: mapped, match: quotation.match.map { $0.lowercased() }.filter { !$0.isEmpty })
            cues += quotation.cues.map { TextSpan($0.start - shift, $0.end - shift) }
            if quotation.sourceKind == "descriptor" { heads += mapped }
        }
        let layer = TokenLayer(text: article.scalars, tokens: article.tokens, sentences: article.sentences,
                               paragraphs: article.paragraphs, quoted: marks.map(\.content))
        for token in 0..<layer.count where layer.has(token, .word) && !layer.has(token, .quoted) { wordTotals[layer.keys[token], default: 0] += 1 }
        report.articles += 1
        report.goldQuotations += gold.count
        report.alignedQuotations += labels.count
        prepared.append(Prepared(article: article, labels: labels, cues: cues, sourceHeads: heads))
    }

    static let quoteMarks = Set("\"'`«»‘’‚‛“”„‟‹›".unicodeScalars)

    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars where !quoteMarks.contains(scalar) {
            if CharacterClass.isWhitespace(scalar) { space = !scalars.isEmpty; continue }
            if space { scalars.append(" "); space = false }
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    static func matches(_ gold: String, _ found: String) -> Bool {
        guard !gold.isEmpty, !found.isEmpty else { return false }
        return gold.contains(String(found.prefix(20))) || found.contains(String(gold.prefix(20)))
    }

    /// Trains and returns the model with a report of what it learned.
    /// With `holdOutEvery`, every n-th article is kept out of training and the averaged models are
    /// measured on those after each epoch (`heldOut…ByEpoch`): how the number of epochs is chosen
    /// without looking at the dev split. `typer` types the actors the speakers are chosen from: the
    /// one trained just before, and `gendered` the first names `learnedGenderedNames` returned, so that
    /// one run of the trainer is consistent with itself and reads nothing compiled in.
    public mutating func train(epochs: Int = 10, version: String, holdOutEvery: Int? = nil,
                               typer: ActorTypeModel, gendered: GenderedNames) -> (AttributionModel, Report) {
        let cues = learnedCueWords()
        let heads = learnedDescriptorHeads()
        report.cueWords = cues.count
        report.descriptorHeads = heads.count
        var contexts: [Labelled] = []
        for item in prepared {
            var article = item.article
            let context = ArticleAnalyzer.attributionContext(&article, learnedCues: cues, typer: typer, gendered: gendered)
            contexts.append((context, item.labels))
        }
        var heldOut: [Labelled] = []
        if let every = holdOutEvery, every > 1 {
            heldOut = contexts.indices.filter { $0 % every == 0 }.map { contexts[$0] }
            contexts = contexts.indices.filter { $0 % every != 0 }.map { contexts[$0] }
        }
        var model = AttributionModel(speaker: LinearModel(), kind: LinearModel(), cueWords: cues, descriptorHeads: heads,
                                     gendered: gendered, version: version)
        report.genderedNames = gendered.count
        // Each stage is trained `runs` times over differently shuffled epochs and the runs' averaged
        // weights are averaged again: a perceptron's answer depends on the order it sees the data in,
        // and the mean of a few orders varies far less than any one.
        let runs = 6
        model.speaker = LinearModel(weights: Self.mean((0..<runs).map { trainSpeaker(contexts, heldOut: heldOut, model: model, epochs: epochs, run: $0) }))
        model.kind = LinearModel(weights: Self.mean((0..<runs).map { trainKind(contexts, heldOut: heldOut, model: model, epochs: epochs, run: $0) }))
        model.antecedent = LinearModel(weights: Self.mean((0..<runs).map { trainAntecedents(contexts, model: model, epochs: epochs, run: $0) }))
        describe(model, contexts)
        return (model, report)
    }

    /// The mean of several weight tables (a key missing from one counts as zero there).
    static func mean(_ tables: [[UInt64: Float]]) -> [UInt64: Float] {
        var sums: [UInt64: Double] = [:]
        for table in tables { for (key, weight) in table { sums[key, default: 0] += Double(weight) } }
        var result: [UInt64: Float] = [:]
        for (key, sum) in sums {
            let value = Float(sum / Double(max(tables.count, 1)))
            if abs(value) >= 1e-4 { result[key] = value }
        }
        return result
    }

    /// The speaker scorer: averaged perceptron over each quotation's candidates, toward the best-
    /// scoring candidate that names the annotated source. The report follows the first run.
    private mutating func trainSpeaker(_ contexts: [Labelled], heldOut: [Labelled], model: AttributionModel, epochs: Int, run: Int) -> [UInt64: Float] {
        var speaker = AveragedPerceptron()
        var covered = 0, withSource = 0
        for epoch in 0..<epochs {
            var right = 0, total = 0
            Self.walkAll(contexts, order: Self.order(contexts.count, epoch: epoch, run: run), model: model) { _, step, label in
                let (best, _) = AttributionWalk.best(step) { Float(speaker.score($0)) }
                speaker.tick()
                guard let label, label.isSpeech else { return (best, Self.kind(of: label)) }
                let positives = Self.positives(step, label: label)
                if epoch == 0, !label.sources.isEmpty { withSource += 1; if !positives.isEmpty { covered += 1 } }
                if !positives.isEmpty {
                    total += 1
                    if positives.contains(best) { right += 1 } else {
                        let good = positives.max { speaker.score(step.features[$0].keys) < speaker.score(step.features[$1].keys) }!
                        speaker.update(toward: step.features[good].keys, awayFrom: step.features[best].keys)
                    }
                }
                return (best, .speech)
            }
            guard run == 0 else { continue }
            report.speakerAccuracyByEpoch.append(Double(right) / Double(max(total, 1)))
            if !heldOut.isEmpty {
                var snapshot = model
                snapshot.speaker = LinearModel(weights: speaker.averaged())
                report.heldOutSpeakerAccuracyByEpoch.append(Self.speakerAccuracy(heldOut, model: snapshot))
            }
        }
        if run == 0 {
            report.speechWithSource = withSource
            report.candidateRecall = Double(covered) / Double(max(withSource, 1))
        }
        return speaker.averaged()
    }

    /// The speech-or-term classifier, with the finished speaker scorer's confidence among its features.
    private mutating func trainKind(_ contexts: [Labelled], heldOut: [Labelled], model: AttributionModel, epochs: Int, run: Int) -> [UInt64: Float] {
        var kind = AveragedPerceptron()
        for epoch in 0..<epochs {
            var right = 0, total = 0
            Self.walkAll(contexts, order: Self.order(contexts.count, epoch: epoch, run: run), model: model) { walk, step, label in
                let (best, margin) = AttributionWalk.best(step, score: model.speaker.score)
                let features = walk.kindFeatures(step, best: best, margin: margin)
                kind.tick()
                guard let label else { return (best, kind.score(features.keys) > 0 ? .speech : .term) }
                total += 1
                if (kind.score(features.keys) > 0) == label.isSpeech { right += 1 } else if label.isSpeech {
                    kind.update(toward: features.keys, awayFrom: [])
                } else {
                    kind.update(toward: [], awayFrom: features.keys)
                }
                return (best, Self.kind(of: label))
            }
            guard run == 0 else { continue }
            report.kindAccuracyByEpoch.append(Double(right) / Double(max(total, 1)))
            if !heldOut.isEmpty {
                var snapshot = model
                snapshot.kind = LinearModel(weights: kind.averaged())
                report.heldOutKindAccuracyByEpoch.append(Self.kindAccuracy(heldOut, model: snapshot))
            }
        }
        return kind.averaged()
    }

    /// The antecedent ranker, on every annotated source that is a pronoun or a definite description:
    /// the actor whose name contains one of the annotation's match strings is the right candidate.
    private mutating func trainAntecedents(_ contexts: [Labelled], model: AttributionModel, epochs: Int, run: Int) -> [UInt64: Float] {
        var perceptron = AveragedPerceptron()
        for epoch in 0..<epochs {
            var right = 0, total = 0
            Self.walkAll(contexts, order: Self.order(contexts.count, epoch: epoch, run: run), model: model) { walk, step, label in
                let (best, margin) = AttributionWalk.best(step, score: model.speaker.score)
                let committed = (best, label.map { $0.isSpeech ? QuoteKind.speech : .term }
                    ?? (model.kind.score(walk.kindFeatures(step, best: best, margin: margin)) > 0 ? .speech : .term))
                guard let label, label.isSpeech, !label.match.isEmpty,
                      let referrer = Self.positives(step, label: label).map({ step.candidates[$0] }).first(where: { walk.referringWord($0) != nil }),
                      let word = walk.referringWord(referrer) else { return committed }
                let candidates = walk.ranker.candidates(before: referrer.head, word: word.key, speakers: walk.recentSpeakerActors())
                let features = candidates.map {
                    walk.ranker.features($0, word: word.key, wordName: "", referrer: referrer.head, role: word.role, namesWanted: false)
                }
                let written = walk.context.lower(referrer.head)
                let positives = candidates.indices.filter { index in
                    guard let actor = candidates[index].actor else { return label.match.contains { written.contains($0) } }
                    let name = walk.context.actors.actors[actor].name.lowercased()
                    return label.match.contains { name.contains($0) }
                }
                perceptron.tick()
                if epoch == 0, run == 0 { report.antecedentExamples += 1; if !positives.isEmpty { report.antecedentCovered += 1 } }
                guard !positives.isEmpty else { return committed }
                total += 1
                let scores = features.map { perceptron.score($0.keys) }
                let chosen = scores.indices.max { scores[$0] < scores[$1] || scores[$0] == scores[$1] && $0 > $1 }!
                if positives.contains(chosen) { right += 1; return committed }
                let good = positives.max { scores[$0] < scores[$1] || scores[$0] == scores[$1] && $0 > $1 }!
                perceptron.update(toward: features[good].keys, awayFrom: features[chosen].keys)
                return committed
            }
            if run == 0 { report.antecedentAccuracyByEpoch.append(Double(right) / Double(max(total, 1))) }
        }
        return perceptron.averaged()
    }

    /// The share of annotated speech quotations whose chosen candidate names the annotated source.
    static func speakerAccuracy(_ contexts: [Labelled], model: AttributionModel) -> Double {
        var right = 0, total = 0
        walkAll(contexts, order: Array(contexts.indices), model: model) { _, step, label in
            let (best, _) = AttributionWalk.best(step, score: model.speaker.score)
            if let label, label.isSpeech {
                total += 1
                if positives(step, label: label).contains(best) { right += 1 }
            }
            return (best, kind(of: label))
        }
        return Double(right) / Double(max(total, 1))
    }

    /// The share of annotated quotations whose speech-or-term decision is right.
    static func kindAccuracy(_ contexts: [Labelled], model: AttributionModel) -> Double {
        var right = 0, total = 0
        walkAll(contexts, order: Array(contexts.indices), model: model) { walk, step, label in
            let (best, margin) = AttributionWalk.best(step, score: model.speaker.score)
            if let label {
                total += 1
                if (model.kind.score(walk.kindFeatures(step, best: best, margin: margin)) > 0) == label.isSpeech { right += 1 }
            }
            return (best, kind(of: label))
        }
        return Double(right) / Double(max(total, 1))
    }

    typealias Labelled = (context: AttributionContext, labels: [Int: Label])

    /// Walks every quotation of the articles in `order`: `visit` sees the walk so far, the quotation's
    /// step and its annotation, and says which candidate and kind to commit before the next.
    static func walkAll(_ contexts: [Labelled], order: [Int], model: AttributionModel, namesWanted: Bool = false,
                        visit: (AttributionWalk, AttributionWalk.Step, Label?) -> (choice: Int, kind: QuoteKind)) {
        for index in order {
            let (context, labels) = contexts[index]
            var walk = AttributionWalk(context: context, model: model, namesWanted: namesWanted)
            for quote in walk.sites.indices {
                let step = walk.step(quote)
                let (choice, kind) = visit(walk, step, labels[quote])
                walk.commit(step, choice: choice, kind: kind)
            }
        }
    }

    /// The annotated kind, speech when there is no annotation.
    static func kind(of label: Label?) -> QuoteKind { label.map { $0.isSpeech ? .speech : .term } ?? .speech }

    /// Candidates that name the annotated source (nobody, when the annotation names none).
    static func positives(_ step: AttributionWalk.Step, label: Label) -> [Int] {
        step.candidates.indices.filter { index in
            let candidate = step.candidates[index]
            if label.sources.isEmpty { return candidate.kind == .nobody }
            guard let span = candidate.span else { return false }
            return label.sources.contains { $0.overlaps(span) }
        }
    }

    /// A fixed permutation of 0..<count for each epoch of each run (a linear congruential shuffle).
    static func order(_ count: Int, epoch: Int, run: Int = 0) -> [Int] {
        var indices = Array(0..<count)
        var state = UInt64(0x5eed + epoch + 1000 * run) &* 6364136223846793005 &+ 1442695040888963407
        for index in stride(from: count - 1, to: 0, by: -1) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let other = Int((state >> 33) % UInt64(index + 1))
            indices.swapAt(index, other)
        }
        return indices
    }

    /// Names the strongest features (one pass with names recorded).
    private mutating func describe(_ model: AttributionModel, _ contexts: [Labelled]) {
        var names: [UInt64: String] = [:]
        Self.walkAll(contexts, order: Array(contexts.indices), model: model, namesWanted: true) { walk, step, _ in
            for features in step.features { names.merge(features.names) { a, _ in a } }
            let (best, margin) = AttributionWalk.best(step, score: model.speaker.score)
            let kindFeatures = walk.kindFeatures(step, best: best, margin: margin)
            names.merge(kindFeatures.names) { a, _ in a }
            return (best, model.kind.score(kindFeatures.keys) > 0 ? .speech : .term)
        }
        func top(_ weights: [UInt64: Float]) -> [(String, Float)] {
            weights.sorted { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.key < $1.key }.prefix(25)
                .map { (names[$0.key] ?? WeightFile.hex($0.key), $0.value) }
        }
        report.topSpeakerFeatures = top(model.speaker.weights)
        report.topKindFeatures = top(model.kind.weights)
    }
}
