import Testing
@testable import ArticleKit

/// Recognition on sentences written for the test.
@Suite("Actor recognition")
struct ActorRecognitionTests {
    @Test func titleBeforeANameBecomesTheRole() {
        let article = analyze("Estonian Defence Minister Hanna Kask met French President Luc Marchand in Tallinn.")
        let kask = article.actors.first { $0.name == "Hanna Kask" }
        #expect(kask?.kind == .person)
        #expect(kask?.roles == ["Estonian Defence Minister"])
        #expect(article.actors.first { $0.name == "Luc Marchand" }?.roles == ["French President"])
    }

    @Test func secretaryOfStateAndCommanderInChief() {
        let article = analyze("Secretary of State Mira Olsen spoke to the Commander-in-Chief of the Latvian Armed Forces, Gen. Juris Ozols, on Monday.")
        #expect(article.actorNames(.person).sorted() == ["Juris Ozols", "Mira Olsen"])
        #expect(article.actorNames(.organization) == ["Latvian Armed Forces"])
    }

    @Test func nameParticlesAndInitials() {
        let article = analyze("The envoy met Omar al-Rashid, Pieter van der Berg and George T. Mallory Jr. in Geneva.")
        #expect(article.actorNames(.person) == ["Omar al-Rashid", "Pieter van der Berg", "George T. Mallory Jr."])
    }

    @Test func anOrganisationNameGoesOnAcrossAndBeforeItsHead() {
        let article = analyze("The Food and Drug Administration and the Mining and Energy Commission will review the permit.")
        #expect(article.actorNames(.organization) == ["Food and Drug Administration", "Mining and Energy Commission"])
    }

    @Test func twoNamesJoinedByAndStayTwo() {
        let article = analyze("The talks between Lena Cortez and Senate Republicans broke down late on Friday.")
        #expect(article.actorNames() == ["Lena Cortez", "Senate Republicans"])
    }

    @Test func twoTitledNamesJoinedByAndAreTwoPeople() {
        let article = analyze("Mr. Okafor and Mr. Lindqvist said the plan would fail. Ms. Brandt and Dr. Osei disagreed.")
        #expect(article.actorNames(.person) == ["Okafor", "Lindqvist", "Brandt", "Osei"])
        #expect(article.actors.allSatisfy { $0.roles.isEmpty || $0.roles == ["Dr."] })
    }

    @Test func aTitleWordNamingTheDepartmentItHeads() {
        let article = analyze("The Justice Department opened an inquiry, and Justice Ana Ruiz recused herself.")
        #expect(article.actorNames(.organization) == ["Justice Department"])
        #expect(article.actorNames(.person) == ["Ana Ruiz"])
    }

    @Test func placesWhoseNameOpensWithAnAdjective() {
        let article = analyze("Ministers from Saudi Arabia and South Africa met near the South China Sea.")
        #expect(article.actorNames(.place) == ["Saudi Arabia", "South Africa", "South China Sea"])
    }

    @Test func acronymsAndOrganisationHeads() {
        let article = analyze("The plan went to NATO and the Baltic Energy Council, then to the Institute for Arctic Studies.")
        #expect(article.actorNames(.organization) == ["NATO", "Baltic Energy Council", "Institute for Arctic Studies"])
    }

    @Test func acronymSpelledOutAfterATermIsNotAnActor() {
        let article = analyze("They rely on unmanned aerial vehicles (UAV) for patrols. The UAV fleet is small.")
        #expect(article.actors.isEmpty)
    }

    @Test func sentenceInitialCapitalsAreNotActors() {
        let article = analyze("Instead, the talks stalled. Strange as it may sound, nobody objected. Deterrence failed. Tomorrow is another day.")
        #expect(article.actors.isEmpty)
    }

    @Test func daysMonthsAndNationalityAdjectivesAreNotActors() {
        let article = analyze("On Friday, French and Iranian officials met in March; Europeans and Kurds watched on May 3.")
        #expect(article.actors.isEmpty)
    }

    @Test func possessivesJoinTheirActor() {
        let article = analyze("Prime Minister Ilse Vogt arrived. Vogt’s plan failed, and Vogt's critics said so.")
        #expect(article.actors.count == 1)
        #expect(article.actors[0].name == "Ilse Vogt")
        #expect(article.actors[0].mentions.count == 3)
    }

    @Test func aliasesOfOnePersonMerge() {
        let article = analyze("President Dana Whitfield spoke first. Whitfield was brief. Dana Whitfield then left.")
        #expect(article.actors.map(\.name) == ["Dana Whitfield"])
        #expect(article.actors[0].aliases == ["Dana Whitfield", "Whitfield"])
    }

    @Test func countriesFromISOCodesAndShortForms() {
        let article = analyze("Troops moved from Moldova to the U.K. and on to America, while Britain and the United States watched.")
        #expect(article.actorNames(.place) == ["Moldova", "United Kingdom", "United States"])
    }

    @Test func placeFromALocativePreposition() {
        let article = analyze("Fighting resumed in Velsk after the ceasefire.")
        #expect(article.actors.first?.kind == .place)
    }

    @Test func wordsInsideURLsAreNotActors() {
        let article = analyze("See https://example.org/Reports/Annual for details.")
        #expect(article.actors.isEmpty)
    }

    @Test func documentsAndOperationsAreNotActors() {
        let article = analyze("The National Water Strategy and Operation Sandstorm were announced under Article 5.")
        #expect(article.actors.isEmpty)
    }

    @Test func aliasesMergeAcrossTheCorpus() {
        let first = ArticleAnalyzer.analyze(ArticleSource(path: "a.txt", text: "A\n\nPresident Dana Whitfield spoke."))
        let second = ArticleAnalyzer.analyze(ArticleSource(path: "b.txt", text: "B\n\nCritics say Whitfield was wrong."))
        let corpus = Corpus(articles: [first, second])
        #expect(corpus.canonicalName(article: 1, actor: 0) == "Dana Whitfield")
    }

    @Test func internationalBodyAcronymsMerge() {
        let article = analyze("The Islamic State lost ground, but ISIS still recruits.")
        #expect(article.actors.map(\.name) == ["Islamic State"])
        #expect(article.actors[0].mentions.count == 2)
    }
}

@Suite("Actor recognition traps")
struct ActorRecognitionTrapTests {
    @Test func monthNamesThatAreFirstNames() {
        let article = analyze("The economist Jan van der Linden met April Ryan in Delft in January.")
        #expect(article.actorNames(.person) == ["Jan van der Linden", "April Ryan"])
    }

    @Test func datelineIsAPlaceAndTheNextWordOpensTheSentence() {
        let article = analyze("GDANSK — Shipbuilders walked out on Tuesday.")
        #expect(article.actorNames() == ["GDANSK"])
        #expect(article.actors.first?.kind == .place)
    }

    @Test func theBeforeACityAfterALocativePreposition() {
        let article = analyze("Talks resumed in The Hague after a pause.")
        #expect(article.actors.first?.kind == .place)
    }

    @Test func nameParticleOpeningASentence() {
        let article = analyze("Pieter de Wit leads the union. De Wit dismissed the criticism.")
        #expect(article.actors.count == 1)
        #expect(article.actors.first?.mentions.count == 2)
    }

    @Test func aTitleCaseHeadlineEndingInAFullStopStillOnlyKeepsNamesTheBodyConfirms() {
        let source = ArticleSource(path: "t.txt", text: """
            Embattled Whitfield and the Dock Unions; Pension Talks Resume.

            Dana Whitfield met the union on Tuesday. “We will find the money,” Whitfield said.
            """)
        let names = ArticleAnalyzer.analyze(source).actors.map(\.name)
        #expect(names.contains("Dana Whitfield"))
        #expect(!names.contains { $0.contains("Embattled") || $0.contains("Pension") })
    }
}
