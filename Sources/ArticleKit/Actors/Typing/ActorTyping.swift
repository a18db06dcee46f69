/// Gives each recognised name the kind the learned typer scores highest, summed over every name of
/// the article that is the same actor by its form: written the same way, or a surname of a person's
/// full name ("Okoro" with "Vance Okoro"), so that one actor is one kind throughout a piece. A name
/// whose kind the text's form settles (a title before a person, a dateline) decides for its group.
///
/// The typer chooses between kinds only: whether a capitalised run names an actor at all stays with
/// the rules, because CoreNLP's "no entity" is too noisy to learn from (it leaves a fifth of the
/// mentions of the training articles' most-quoted candidate unlabelled). Works keep their kind; an empty model leaves every name
/// as it was.
enum ActorTyping {
    static func apply(_ names: [RecognizedName], features: ActorTypeFeatures, places: Places, model: ActorTypeModel) -> [RecognizedName] {
        guard !model.isEmpty else { return names }
        let folded = names.map { TextFolding.fold($0.surface) }
        let groups = groupKeys(names, folded: folded, places: places)
        var totals: [String: [Float]] = [:], ruleVotes: [String: [Int]] = [:], settled: [String: ActorKind] = [:]
        for (index, (name, group)) in zip(names, groups).enumerated() {
            guard case .actor(let kind) = name.kind else { continue }
            if name.settled {
                if settled[group] == nil { settled[group] = kind }
                continue
            }
            let scores = model.scores(features.features(of: name, folded: folded[index]))
            totals[group] = zip(totals[group] ?? [Float](repeating: 0, count: scores.count), scores).map(+)
            ruleVotes[group, default: [0, 0, 0]][ActorTypeModel.Label(kind).rawValue] += 1
        }
        var decided: [String: ActorKind] = settled
        for (group, scores) in totals where decided[group] == nil {
            let votes = ruleVotes[group]!
            let rule = ActorTypeModel.Label.kinds.max { votes[$0.rawValue] < votes[$1.rawValue] }!
            let names = Float(votes.reduce(0, +))
            decided[group] = decide(scores: scores.map { $0 / names }, rule: rule, margin: model.margins[rule.rawValue]).kind!
        }
        return zip(names, groups).map { name, group in
            guard case .actor = name.kind, !name.settled, let kind = decided[group] else { return name }
            var typed = name
            typed.kind = .actor(kind)
            return typed
        }
    }

    /// The typer's best kind where it leads the rules' kind by more than `margin` (learned per kind of
    /// the rules: overruling a person costs more than overruling a place), else the rules' kind.
    static func decide(scores: [Float], rule: ActorTypeModel.Label, margin: Float) -> ActorTypeModel.Label {
        let best = ActorTypeModel.Label.kinds.max { scores[$0.rawValue] < scores[$1.rawValue] }!
        return scores[best.rawValue] > scores[rule.rawValue] + margin ? best : rule
    }

    /// Each name's group: its folded form, or the first person's full name (by the rules) that ends
    /// with it, unless the form is also a place the place list knows ("Jordan", "Georgia").
    static func groupKeys(_ names: [RecognizedName], folded: [String], places: Places) -> [String] {
        var fullNameBySuffix: [String: String] = [:]
        for (name, key) in zip(names, folded) {
            guard case .actor(.person) = name.kind else { continue }
            let words = key.split(separator: " ")
            guard words.count >= 2 else { continue }
            for start in 1..<words.count {
                let suffix = words[start...].joined(separator: " ")
                if fullNameBySuffix[suffix] == nil { fullNameBySuffix[suffix] = key }
            }
        }
        return folded.map { key in
            guard let full = fullNameBySuffix[key], places.canonicalName(key) == nil else { return key }
            return full
        }
    }
}
