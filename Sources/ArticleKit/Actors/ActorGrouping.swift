/// Groups recognised names into actors. Places and international bodies group by their canonical
/// name; a person's surname alone ("Whitfield") joins the one full name that ends with it ("Dana
/// Whitfield"), or, when two share it (Pablo and Lucia Ortega), the one named in the same or the
/// previous sentence, else the one the article named first (news names its main subject first and
/// gives the other their first name each time); an organisation shortened by its place or body ("the
/// Times" after "The New York Times") is the one it shortens; an organisation's name that begins with a known
/// person ("Whitfield National Security Council") is split into the two. A name inside quotation marks is a mention but never the source
/// of a canonical name ("Crooked Dana Whitfield" in a quoted slogan stays Dana Whitfield).
struct ActorGrouping {
    let names: [RecognizedName]
    let places: Places
    /// Quotation spans, sorted: names inside them do not make canonical names.
    var quoteSpans: [TextSpan] = []
    let gendered: GenderedNames

    private func isQuoted(_ name: RecognizedName) -> Bool {
        TextSpan.anyContains(name.span.start, count: quoteSpans.count) { quoteSpans[$0] }
    }

    func analysis() -> ActorAnalysis {
        var result = ActorAnalysis()
        var actorByKey: [String: Int] = [:]
        let resolved = splitPersonPrefixes(names)
        let fullNames = personFullNames(resolved)
        let organizations = OrganizationNames(names: resolved.compactMap { name in
            guard case .actor(.organization) = name.kind, !isQuoted(name) else { return nil }
            return name.surface
        }, places: places)
        var latestFullName: [String: (name: String, sentence: Int)] = [:]
        var firstFullName: [String: String] = [:]

        for name in resolved {
            let quoted = isQuoted(name)
            guard case .actor(var kind) = name.kind else {
                result.works[name.tokens.lowerBound] = name
                continue
            }
            var display = name.surface
            var key: String
            let folded = TextFolding.fold(name.surface)
            // "Washington said" in an article about Lamar Washington: the person, not the city.
            if kind == .place, !quoted, name.beforeReportingVerb, !folded.contains(" "), fullNames.match(surname: folded) != nil { kind = .person }
            if kind == .place, let canonical = places.canonicalName(folded) {
                display = canonical
                key = "place:" + TextFolding.fold(canonical)
            } else if kind == .organization || InternationalBodies.table[folded] != nil, let body = organizations.canonical(folded) {
                // "the Security Council" after "the U.N. Security Council".
                display = body.display
                kind = .organization
                key = "org:" + body.identity
            } else if let body = InternationalBodies.table[folded] {
                display = body
                kind = .organization
                key = "org:" + TextFolding.fold(body)
            } else if kind == .person, quoted, let full = fullNames.match(surname: FullNames.surnames(of: name.surface).first ?? folded),
                      folded.hasSuffix(TextFolding.fold(full)) {
                // "Crooked Dana Whitfield" inside a quotation: a nickname on a known name.
                display = full
                key = "person:" + FullNames.identity(full)
            } else if kind == .person, let full = fullNames.nicknamed[folded] {
                // "Hal Mercer" where the article also wrote Harold T. “Hal” Mercer.
                display = full
                key = "person:" + FullNames.identity(full)
            } else if kind == .person || kind == .organization && name.surface.split(separator: " ").count == 1,
                      // An honorific's gender must fit the bearer: "Mr. Okafor" is not Adaeze Okafor.
                      let full = (name.gender == nil ? fullNames.match(surname: folded) : fullNames.match(surname: folded, gender: name.gender))
                        ?? fullNames.fitting(sharedSurname(folded, sentence: name.sentence, latest: latestFullName, first: firstFullName),
                                             gender: name.gender)
                        ?? fullNames.fitting(fullNames.match(misspeltSurname: folded), gender: name.gender) {
                kind = .person
                display = full
                key = "person:" + FullNames.identity(full)
            } else {
                key = kind == .person ? "person:" + FullNames.identity(name.surface) : kind.rawValue + ":" + folded
            }
            let actorIndex: Int
            if let existing = actorByKey[key] {
                actorIndex = existing
            } else {
                actorIndex = result.actors.count
                actorByKey[key] = actorIndex
                result.actors.append(Actor(name: display, kind: kind, aliases: [], roles: [], gender: nil, mentions: []))
            }
            let mentionIndex = result.mentions.count
            result.mentions.append(Mention(span: name.span, actor: actorIndex, sentence: name.sentence, paragraph: name.paragraph, surface: name.surface))
            for token in name.tokens { result.mentionByToken[token] = mentionIndex }
            var actor = result.actors[actorIndex]
            actor.mentions.append(mentionIndex)
            if !actor.aliases.contains(name.surface) { actor.aliases.append(name.surface) }
            if let role = name.role, !actor.roles.contains(role) { actor.roles.append(role) }
            if actor.gender == nil { actor.gender = name.gender }
            if kind == .person, !quoted, display.unicodeScalars.count > actor.name.unicodeScalars.count { actor.name = display }
            result.actors[actorIndex] = actor
            if kind == .person, !quoted, fullNames.contains(display) {
                for surname in FullNames.surnames(of: display) {
                    latestFullName[surname] = (display, name.sentence)
                    if firstFullName[surname] == nil { firstFullName[surname] = display }
                }
            }
        }
        return result
    }

    private func sharedSurname(_ surname: String, sentence: Int, latest: [String: (name: String, sentence: Int)], first: [String: String]) -> String? {
        guard let recent = latest[surname] else { return nil }
        return recent.sentence + 1 >= sentence ? recent.name : first[surname] ?? recent.name
    }

    /// "Whitfield National Security Council": a person already named elsewhere, then an organisation.
    private func splitPersonPrefixes(_ names: [RecognizedName]) -> [RecognizedName] {
        let personWords = Set(names.compactMap { name -> String? in
            guard case .actor(.person) = name.kind else { return nil }
            return name.surface.split(separator: " ").last.map { TextFolding.fold(String($0)) }
        })
        var result: [RecognizedName] = []
        for name in names {
            let parts = name.surface.split(separator: " ").map(String.init)
            guard case .actor(.organization) = name.kind, parts.count >= 3, personWords.contains(TextFolding.fold(parts[0])) else {
                result.append(name)
                continue
            }
            let headLength = parts[0].unicodeScalars.count
            var person = name
            person.kind = .actor(.person)
            person.surface = parts[0]
            person.span = TextSpan(name.span.start, name.span.start + headLength)
            person.tokens = name.tokens.lowerBound..<(name.tokens.lowerBound + 1)
            var organization = name
            organization.surface = parts.dropFirst().joined(separator: " ")
            organization.span = TextSpan(name.span.start + headLength + 1, name.span.end)
            organization.tokens = (name.tokens.lowerBound + 1)..<name.tokens.upperBound
            result.append(person)
            result.append(organization)
        }
        return result
    }

    private func personFullNames(_ names: [RecognizedName]) -> FullNames {
        var fullNames = FullNames(gendered: gendered)
        for name in names where !isQuoted(name) {
            guard case .actor(.person) = name.kind, let nickname = name.nickname,
                  let surname = name.surface.split(separator: " ").last else { continue }
            fullNames.nicknamed[TextFolding.fold(nickname + " " + surname)] = name.surface
        }
        for name in names where !isQuoted(name) {
            guard case .actor(.person) = name.kind else { continue }
            let parts = name.surface.split(separator: " ").map(String.init)
            if parts.count >= 2, fullNames.nicknamed[TextFolding.fold(name.surface)] == nil {
                fullNames.add(name.surface)
                if let gender = name.gender { fullNames.genders[name.surface] = gender }
            }
        }
        return fullNames
    }
}

/// Full personal names, looked up by their last word or last two words.
struct FullNames {
    /// The learned first names, for the gender of a full name's bearer.
    let gendered: GenderedNames
    private var bySurname: [String: Set<String>] = [:]

    private var all: Set<String> = []
    /// Folded "nickname surname" forms ("bobby scott") to the full name written around the nickname.
    var nicknamed: [String: String] = [:]

    /// Full names written with a gendered honorific somewhere in the article ("Mrs. Sarah Hartley").
    var genders: [String: Gender] = [:]

    init(gendered: GenderedNames) { self.gendered = gendered }

    mutating func add(_ fullName: String) {
        let surnames = Self.surnames(of: fullName)
        guard !surnames.isEmpty else { return }
        all.insert(fullName)
        for surname in surnames { bySurname[surname, default: []].insert(fullName) }
    }

    func contains(_ fullName: String) -> Bool { all.contains(fullName) }

    /// What tells one person's full name from another's: folded, without middle initials ("Dana K.
    /// Whitfield" is "Dana Whitfield"; "Jr." stays, a son is not his father).
    static func identity(_ fullName: String) -> String {
        let parts = fullName.split(separator: " ")
        guard parts.count >= 3 else { return TextFolding.fold(fullName) }
        let kept = parts.indices.filter { index in
            let bare = parts[index].hasSuffix(".") ? parts[index].dropLast() : parts[index]
            return index == 0 || index == parts.count - 1 || bare.count > 1
        }
        return TextFolding.fold(kept.map { String(parts[$0]) }.joined(separator: " "))
    }

    /// The folded last word and last two words of a full name (none for a single word). A name suffix
    /// is not a surname: "Curtis L. Pemberton Jr." is "Pemberton" and "Pemberton Jr.".
    static func surnames(of fullName: String) -> [String] {
        let parts = fullName.split(separator: " ").map { TextFolding.fold(String($0)) }
        guard parts.count >= 2 else { return [] }
        if parts.count >= 3, NameWords.suffixes.contains(parts.last!.hasSuffix(".") ? String(parts.last!.dropLast()) : parts.last!) {
            return [parts[parts.count - 2], parts.suffix(2).joined(separator: " ")]
        }
        return [parts.last!, parts.suffix(2).joined(separator: " ")]
    }

    /// The longer spelling, then the one with more accents ("Supré" over "Supre"), then the first in
    /// scalar order: a set's order changes from run to run, the choice must not.
    static func isLessPreferred(_ a: String, _ b: String) -> Bool {
        let lengths = (a.unicodeScalars.count, b.unicodeScalars.count)
        if lengths.0 != lengths.1 { return lengths.0 < lengths.1 }
        let accents = (a.unicodeScalars.filter { !$0.isASCII }.count, b.unicodeScalars.filter { !$0.isASCII }.count)
        if accents.0 != accents.1 { return accents.0 < accents.1 }
        return b.unicodeScalars.lexicographicallyPrecedes(a.unicodeScalars)
    }

    /// The one full name whose surname this word misspells by one letter (a typo such as "Ketering" for
    /// Rosalind Kettering's surname): same first letter, at least five letters, and no other full name that close.
    func match(misspeltSurname folded: String) -> String? {
        let word = Array(folded.unicodeScalars)
        guard word.count >= 5, !folded.contains(" ") else { return nil }
        var found: Set<String> = []
        for (surname, names) in bySurname where !surname.contains(" ") {
            let other = Array(surname.unicodeScalars)
            guard other.first == word.first, Self.isOneEditApart(word, other) else { continue }
            found.formUnion(names.map(Self.identity))
            if found.count > 1 { return nil }
        }
        guard let only = found.first else { return nil }
        return bySurname.values.lazy.flatMap { $0 }.filter { Self.identity($0) == only }.max(by: Self.isLessPreferred)
    }

    /// One substitution, insertion or deletion turns `a` into `b` (and they differ).
    static func isOneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        if short.count == long.count { return short[(i + 1)...] == long[(i + 1)...] }
        return short[i...] == long[(i + 1)...]
    }

    /// The one full name of this surname whose bearer is not known to be of the other gender than the
    /// honorific's ("Mr. Hartley" of Mark and Sarah Hartley): known from the bearer's own honorific or a
    /// learned first name.
    func match(surname folded: String, gender: Gender?) -> String? {
        guard let gender, let names = bySurname[folded] else { return nil }
        let fits = names.filter { fitting($0, gender: gender) != nil }
        return Set(fits.map(Self.identity)).count == 1 ? fits.max(by: Self.isLessPreferred) : nil
    }

    /// The full name, unless its bearer is known to be of the other gender than `gender`.
    func fitting(_ fullName: String?, gender: Gender?) -> String? {
        guard let fullName, let gender else { return fullName }
        let bearer = genders[fullName] ?? AntecedentRanker.firstName(fullName).flatMap(gendered.gender(of:))
        return bearer == nil || bearer == gender ? fullName : nil
    }

    /// Every full name that ends with this surname (or two-word surname).
    func names(surname folded: String) -> Set<String> { bySurname[folded] ?? [] }

    /// The one full name this surname (or two-word surname) belongs to; nil when none or several do.
    func match(surname folded: String) -> String? {
        guard let names = bySurname[folded] else { return nil }
        let longest = names.max(by: Self.isLessPreferred)!
        let distinct = Set(names.map(Self.identity))
        if distinct.count == 1 { return longest }
        let folds = distinct.sorted { $0.count > $1.count }
        return folds.dropFirst().allSatisfy { folds[0].hasSuffix($0) } ? longest : nil
    }
}
