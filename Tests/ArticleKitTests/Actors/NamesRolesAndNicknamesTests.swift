import Testing
@testable import ArticleKit

@Suite("Names, roles and quoted nicknames")
struct NamesRolesAndNicknamesTests {
    @Test func anHonorificIsNotARoleButATitleIs() {
        let article = analyze("Mr. Paul Okafor, the port's chairman, met Sen. Ruth Vance on Friday. “We agreed,” Mr. Okafor said.")
        let okafor = article.actors.first { $0.name == "Paul Okafor" }
        #expect(okafor?.roles == [] && okafor?.gender == .male)
        #expect(article.actors.first { $0.name == "Ruth Vance" }?.roles == ["Sen."])
    }

    @Test func aNicknameInsideAQuotationJoinsTheNameItMocks() {
        let body = """
            Senator Maria Lindqvist spoke in Riverton on Tuesday. Her rival posted that “Crooked Maria Lindqvist” would lose.
            Lindqvist answered at once.
            """
        let names = analyze(body).actors.filter { $0.kind == .person }.map(\.name)
        #expect(names.contains("Maria Lindqvist") && !names.contains("Crooked Maria Lindqvist"))
    }

    @Test func aSharedSurnameGoesToTheOneJustNamed() {
        let body = """
            Pablo Ortega, the mayor, opened the session. His sister Lucia Ortega chairs the budget committee.
            Ortega said the figures were late.
            """
        let article = analyze(body)
        let lucia = article.actors.firstIndex { $0.name == "Lucia Ortega" }
        let bare = article.mentions.last { article.text(of: $0.span) == "Ortega" }
        #expect(lucia != nil && bare?.actor == lucia)
    }

    @Test func aSharedSurnameFarFromEitherNameGoesToTheOneNamedFirst() {
        let body = """
            Senator Ines Marlow toured the shipyard on Monday. Her campaign says the visit went well.

            Workers lined the docks. Some carried signs.

            Her husband, former Governor Karl Marlow, stayed in the capital.

            Reporters followed the convoy. The tour lasted six hours. Nobody was hurt.

            Marlow told the crowd that she would fight for the yard.
            """
        let article = analyze(body)
        let ines = article.actors.firstIndex { $0.name == "Ines Marlow" }
        let bare = article.mentions.last { article.text(of: $0.span) == "Marlow" }
        #expect(ines != nil && bare?.actor == ines)
    }

    @Test func aStateAbbreviationAfterATownIsAPlaceAndTheTownToo() {
        let article = analyze("Dora Quist, 61, of Hallam, Neb., who farms wheat, said the rain came late.")
        let kinds = Dictionary(article.actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Dora Quist"] == .person)
        #expect(kinds["Neb"] == .place && kinds["Hallam"] == .place)
    }

    @Test func delegateAbbreviatedIsATitleNotAName() {
        let article = analyze("“The islands were ignored again,” said Del. Amara Joseph, who represents the territory.")
        #expect(article.actors.contains { $0.name == "Amara Joseph" && $0.roles == ["Del."] })
        #expect(!article.actors.contains { $0.name == "Del" })
        #expect(article.speakers.first == "Amara Joseph")
    }

    @Test func twoSpellingsOfOneNameGiveTheSameCanonicalNameWhateverTheOrder() {
        var forward = FullNames(gendered: .none), backward = FullNames(gendered: .none)
        for name in ["Anneke Lauré", "Anneke Laure"] { forward.add(name) }
        for name in ["Anneke Laure", "Anneke Lauré"] { backward.add(name) }
        #expect(forward.match(surname: "laure") == "Anneke Lauré")
        #expect(backward.match(surname: "laure") == "Anneke Lauré")
    }

    @Test func aQuotedNicknameInsideANameIsLeftOutAndItsShortFormJoinsTheActor() {
        let body = """
            Rep. Harold T. “Hal” Mercer filed his papers on Monday. Supporters cheered for Hal Mercer outside.
            “This district deserves better,” Mercer said.
            """
        let article = analyze(body)
        let persons = article.actors.filter { $0.kind == .person }
        #expect(persons.map(\.name) == ["Harold T. Mercer"])
        #expect(persons.first?.aliases.contains("Hal Mercer") == true)
        #expect(article.quotes.first { article.text(of: $0.content) == "Hal" }?.kind == .term)
        #expect(article.quotes.first { article.text(of: $0.content).hasPrefix("This district") }.flatMap(article.speakerName(of:)) == "Harold T. Mercer")
    }

    @Test func aSurnameMisspeltByOneLetterJoinsTheOneFullNameItIsClosestTo() {
        let body = """
            Rosalind Kettering, a retired nurse, waited two hours to cast her ballot. Ketering said the line never moved.
            """
        let names = analyze(body).actors.filter { $0.kind == .person }.map(\.name)
        #expect(names == ["Rosalind Kettering"])
        #expect(FullNames.isOneEditApart(Array("ketering".unicodeScalars), Array("kettering".unicodeScalars)))
        #expect(!FullNames.isOneEditApart(Array("ketring".unicodeScalars), Array("kettering".unicodeScalars)))
    }

    @Test func aShortSurnameOrTwoCloseFullNamesAreNotTakenForATypo() {
        var names = FullNames(gendered: .none)
        for name in ["Ana Moreno", "Luis Morena"] { names.add(name) }
        #expect(names.match(misspeltSurname: "morenu") == nil)
        var short = FullNames(gendered: .none)
        short.add("Tom Hall")
        #expect(short.match(misspeltSurname: "hill") == nil)
    }

    @Test func aTitleThatIsAlsoAnOrdinaryWordBeforeAPersonalNameIsARole() {
        let article = analyze("""
            Senate Majority Leader Ana Ruiz set the vote for Friday. Police Chief Tom Hale said the streets would close.
            """)
        #expect(article.actors.contains { $0.name == "Ana Ruiz" && $0.kind == .person && $0.roles == ["Senate Majority Leader"] })
        #expect(article.actors.contains { $0.name == "Tom Hale" && $0.kind == .person && $0.roles == ["Police Chief"] })
        #expect(!article.actors.contains { $0.name.contains("Leader") || $0.name.contains("Chief") })
    }

    @Test func aNameAfterAccordingToIsASourceNotADestination() {
        let article = analyze("According to Marchetti, the plan was “dead on arrival.” Delegates flew to Lisbon.")
        #expect(article.actors.first { $0.name == "Marchetti" }?.kind == .person)
        #expect(article.actors.first { $0.name == "Lisbon" }?.kind == .place)
    }

    @Test func aCountryThatOpensAPersonsNameBesideAReportingVerbIsAFirstName() {
        let article = analyze("“Tariffs hurt both sides,” said Chad Ellery, an economist at the institute. Chad exports cotton.")
        #expect(article.actors.first { $0.name == "Chad Ellery" }?.kind == .person)
        #expect(article.actors.first { $0.name == "Chad" }?.kind == .place)
    }

    @Test func aMiddleInitialDoesNotMakeAnotherPerson() {
        let article = analyze("Dana K. Whitfield took the stage at noon. “We will win,” Dana Whitfield said. Whitfield left at one.")
        let persons = article.actors.filter { $0.kind == .person }
        #expect(persons.map(\.name) == ["Dana K. Whitfield"])
        #expect(FullNames.identity("Dana K. Whitfield") == FullNames.identity("Dana Whitfield"))
        #expect(FullNames.identity("Tomas Brandt Jr.") != FullNames.identity("Tomas Brandt"))
    }

    @Test func oneCorpusActorWhetherAnArticleWritesTheMiddleInitialOrNot() {
        let first = ArticleAnalyzer.analyze(ArticleSource(path: "a.txt", text: "Port deal\n\n“We signed,” said Dana K. Whitfield, the port's chief."))
        let second = ArticleAnalyzer.analyze(ArticleSource(path: "b.txt", text: "Port talks\n\n“It took a year,” Dana Whitfield said on Monday."))
        let corpus = Corpus(articles: [first, second])
        let whitfields = corpus.actors.filter { $0.name.hasSuffix("Whitfield") }
        #expect(whitfields.count == 1)
        #expect([corpus.speaker(article: 0, quote: 0), corpus.speaker(article: 1, quote: 0)] == ["Dana K. Whitfield", "Dana K. Whitfield"])
    }
}
