/// The organisations of one article, by the forms it writes them in. News names a body once with the
/// place or international body it belongs to and then drops that qualifier: "the Times" after "The New
/// York Times", "the Security Council" after "the U.N. Security Council". The qualified forms are one
/// body when their qualifiers are ("U.N." and "United Nations"), and a shortened form joins the one
/// body it can stand for; one that two bodies could take ("the Defense Ministry" after the Russian and
/// the Ukrainian one) stays its own.
struct OrganizationNames {
    struct Canonical: Equatable {
        /// What tells one body from another: the qualifier's canonical name, then the other words, folded.
        var identity: String
        /// The longest form the article writes.
        var display: String
    }

    private var byFolded: [String: Canonical] = [:]

    /// `names`: the article's organisation names outside quotations, in reading order.
    init(names: [String], places: Places) {
        var identityOf: [String: String] = [:]
        var identitiesOfShortForm: [String: Set<String>] = [:]
        var longest: [String: String] = [:]
        for name in names {
            let folded = TextFolding.fold(name)
            guard identityOf[folded] == nil, let (identity, shortForm) = Self.qualified(folded, places: places) else { continue }
            identityOf[folded] = identity
            identitiesOfShortForm[shortForm, default: []].insert(identity)
            if let kept = longest[identity], !FullNames.isLessPreferred(kept, name) { continue }
            longest[identity] = name
        }
        for (folded, identity) in identityOf {
            byFolded[folded] = Canonical(identity: identity, display: longest[identity]!)
        }
        for (shortForm, identities) in identitiesOfShortForm where identities.count == 1 && byFolded[shortForm] == nil {
            let identity = identities.first!
            byFolded[shortForm] = Canonical(identity: identity, display: longest[identity]!)
        }
    }

    /// The body this organisation name stands for in the article, when it is qualified or shortened.
    func canonical(_ folded: String) -> Canonical? { byFolded[folded] }

    /// A name that opens with a place or an international body and goes on with at least one more word:
    /// its identity, and the form without the qualifier. Demonyms do not qualify: the list holds parties
    /// and faiths too, and "State" is not short for "Islamic State".
    static func qualified(_ folded: String, places: Places) -> (identity: String, shortForm: String)? {
        let words = folded.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        for split in 1..<words.count {
            let qualifier = words[..<split].joined(separator: " ")
            guard let canonical = places.canonicalName(qualifier) ?? InternationalBodies.table[qualifier] else { continue }
            let shortForm = words[split...].joined(separator: " ")
            return (TextFolding.fold(canonical) + " " + shortForm, shortForm)
        }
        return nil
    }
}
