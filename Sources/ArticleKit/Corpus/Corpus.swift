import Synchronization

/// A set of analysed articles and what ties them together: one actor registry across articles
/// (a surname alone joins the one full name seen anywhere in the corpus, a short first name the one
/// full first name on that surname), and the speaker index.
public struct Corpus: Sendable {
    public struct CorpusActor: Sendable, Hashable {
        public var name: String
        public var kind: ActorKind
        public var aliases: [String]
        public var roles: [String]
        /// (article index, actor index within that article)
        public var members: [ArticleActor]
    }

    public struct ArticleActor: Sendable, Hashable {
        public var article: Int
        public var actor: Int
    }

    public struct QuoteReference: Sendable, Hashable {
        public var article: Int
        public var quote: Int
    }

    public private(set) var articles: [Article]
    public private(set) var actors: [CorpusActor] = []
    /// For each article, its actor indices → corpus actor indices.
    public private(set) var corpusActor: [[Int]] = []
    /// Speaker name → quotations in corpus reading order (article order, then position).
    public private(set) var quotesBySpeaker: [String: [QuoteReference]] = [:]

    /// Tells corpora apart (a view caching what it computed from one knows when it was replaced).
    public private(set) var identity = Corpus.nextIdentity()

    public init(articles: [Article]) {
        self.articles = articles
        buildRegistry()
        buildSpeakerIndex()
    }

    private static let identities = Atomic<Int>(0)

    private static func nextIdentity() -> Int { identities.add(1, ordering: .relaxed).newValue }

    /// Gives a text-less article its text back (see `Article.adoptText`).
    /// An article that had no findings brings new actors and quotations: the indexes are rebuilt.
    public mutating func adoptText(of index: Int, from full: Article) -> Bool {
        let hadFindings = articles[index].hasFindings
        guard articles[index].adoptText(from: full) else { return false }
        if !hadFindings, articles[index].hasFindings { self = Corpus(articles: articles) }
        return true
    }

    /// Drops an article's text, keeping what the corpus indexes need.
    public mutating func dropText(of index: Int) {
        articles[index] = articles[index].withoutText()
    }

    public func canonicalName(article: Int, actor: Int) -> String { actors[corpusActor[article][actor]].name }

    /// Who said a quotation, as the library names them: a speaker who is an actor by the corpus's
    /// canonical name, a descriptor ("an aide") as the article words it (`Article.speakerName`).
    public func speaker(article: Int, quote: Int) -> String? {
        let found = articles[article].quotes[quote]
        if let actor = found.speakerActor { return canonicalName(article: article, actor: actor) }
        return articles[article].speakerName(of: found)
    }

    public func corpusActorIndex(named name: String) -> Int? {
        let folded = TextFolding.fold(name)
        if let exact = actors.firstIndex(where: { TextFolding.fold($0.name) == folded }) { return exact }
        return actors.firstIndex { $0.aliases.contains { TextFolding.fold($0) == folded } }
    }

    private mutating func buildRegistry() {
        var groupByKey: [String: Int] = [:]
        var groups: [[ArticleActor]] = []
        for (articleIndex, article) in articles.enumerated() {
            for (actorIndex, actor) in article.actors.enumerated() {
                let key = actor.kind.rawValue + ":" + (actor.kind == .person ? FullNames.identity(actor.name) : TextFolding.fold(actor.name))
                if let group = groupByKey[key] {
                    groups[group].append(ArticleActor(article: articleIndex, actor: actorIndex))
                } else {
                    groupByKey[key] = groups.count
                    groups.append([ArticleActor(article: articleIndex, actor: actorIndex)])
                }
            }
        }
        // A library of summaries has no actors yet: no need to wait for the learned names.
        var fullNames = FullNames(gendered: groups.isEmpty ? .none : .shared)
        for group in groups {
            let actor = articles[group[0].article].actors[group[0].actor]
            if actor.kind == .person { fullNames.add(actor.name) }
        }
        var target = Array(groups.indices)
        for (index, group) in groups.enumerated() {
            let actor = articles[group[0].article].actors[group[0].actor]
            guard actor.kind != .place, !actor.name.contains(" ") else { continue }
            let candidates = fullNames.names(surname: TextFolding.fold(actor.name)).compactMap { groupByKey["person:" + FullNames.identity($0)] }
            if let fullGroup = Self.bearer(of: group, among: Array(Set(candidates)).sorted(), in: groups, articles: articles), fullGroup != index {
                target[index] = fullGroup
            }
        }
        for (short, full) in Self.firstNameShortForms(groups: groups, articles: articles) where target[short] == short {
            target[short] = full
        }
        // A surname may have joined a group that itself joined a fuller one.
        for index in target.indices {
            var root = target[index], steps = 0
            while target[root] != root, steps < target.count { root = target[root]; steps += 1 }
            target[index] = root
        }
        var corpusIndexOfGroup: [Int: Int] = [:]
        corpusActor = articles.map { [Int](repeating: 0, count: $0.actors.count) }
        for (index, group) in groups.enumerated() {
            let root = target[index]
            let corpusIndex: Int
            if let existing = corpusIndexOfGroup[root] {
                corpusIndex = existing
            } else {
                corpusIndex = actors.count
                corpusIndexOfGroup[root] = corpusIndex
                let rootActor = articles[groups[root][0].article].actors[groups[root][0].actor]
                actors.append(CorpusActor(name: rootActor.name, kind: rootActor.kind, aliases: [], roles: [], members: []))
            }
            for member in group {
                corpusActor[member.article][member.actor] = corpusIndex
                let actor = articles[member.article].actors[member.actor]
                actors[corpusIndex].members.append(member)
                for alias in actor.aliases where !actors[corpusIndex].aliases.contains(alias) { actors[corpusIndex].aliases.append(alias) }
                for role in actor.roles where !actors[corpusIndex].roles.contains(role) { actors[corpusIndex].roles.append(role) }
                if actor.kind == .person, actors[corpusIndex].kind == .person,
                   actor.name.unicodeScalars.count > actors[corpusIndex].name.unicodeScalars.count {
                    actors[corpusIndex].name = actor.name
                }
            }
        }
    }

    /// Which full name's group a bare surname's group belongs to: the only candidate; else the only one
    /// of a compatible gender ("Mrs. Ortega" is not Pablo); else the one the library names in at least
    /// three times as many articles as all the others together, as news uses a bare surname for the
    /// best-known bearer. Nil when the text does not decide.
    static func bearer(of group: [ArticleActor], among candidates: [Int], in groups: [[ArticleActor]], articles: [Article]) -> Int? {
        func gender(_ members: [ArticleActor]) -> Gender? { Self.gender(of: members, in: articles) }
        var remaining = candidates
        if let wanted = gender(group) { remaining = remaining.filter { gender(groups[$0]) != (wanted == .male ? .female : .male) } }
        if remaining.count <= 1 { return remaining.first }
        let spread = remaining.map { Set(groups[$0].map(\.article)).count }
        guard let top = spread.indices.max(by: { spread[$0] < spread[$1] }) else { return nil }
        let others = spread.reduce(0, +) - spread[top]
        return spread[top] >= 2 && spread[top] >= 3 * others ? remaining[top] : nil
    }

    /// "Len Burman" in one article and "Leonard E. Burman" in another: a person group whose first name
    /// is a short form of the first name of exactly one other group with the same surname (and the
    /// same name suffix, and no gender against it) → that group.
    static func firstNameShortForms(groups: [[ArticleActor]], articles: [Article]) -> [(Int, Int)] {
        struct Person { var group: Int; var first: String; var gender: Gender? }
        var bySurname: [String: [Person]] = [:]
        for (index, group) in groups.enumerated() {
            let actor = articles[group[0].article].actors[group[0].actor]
            let words = actor.name.split(separator: " ").map(String.init)
            guard actor.kind == .person, words.count >= 2, let surname = FullNames.surnames(of: actor.name).first else { continue }
            let suffix = NameWords.suffixes.contains(String(TextFolding.fold(words.last!).filter { $0 != "." })) ? words.last! : ""
            let gender = gender(of: group, in: articles)
            bySurname[surname + "|" + suffix, default: []].append(Person(group: index, first: words[0], gender: gender))
        }
        var merges: [(Int, Int)] = []
        for key in bySurname.keys.sorted() {
            let people = bySurname[key]!
            guard people.count > 1 else { continue }
            for person in people {
                let fuller = people.filter { other in
                    FirstNameForms.isShortForm(person.first, of: other.first)
                        && (person.gender == nil || other.gender == nil || person.gender == other.gender)
                }
                let identities = Set(fuller.map { TextFolding.fold($0.first) })
                if identities.count == 1, let full = fuller.first { merges.append((person.group, full.group)) }
            }
        }
        return merges
    }

    /// A group's gender: one a member's article gave it, else its first name's.
    static func gender(of members: [ArticleActor], in articles: [Article]) -> Gender? {
        for member in members { if let gender = articles[member.article].actors[member.actor].gender { return gender } }
        let name = articles[members[0].article].actors[members[0].actor].name
        return AntecedentRanker.firstName(name).flatMap(GenderedNames.shared.gender(of:))
    }

    private mutating func buildSpeakerIndex() {
        for (articleIndex, article) in articles.enumerated() {
            for (quoteIndex, quote) in article.quotes.enumerated() where quote.kind == .speech {
                guard let speaker = speaker(article: articleIndex, quote: quoteIndex) else { continue }
                quotesBySpeaker[speaker, default: []].append(QuoteReference(article: articleIndex, quote: quoteIndex))
            }
        }
    }
}
