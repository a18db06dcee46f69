import Testing
@testable import ArticleKit

/// Each attribution form, on sentences written for the test.
@Suite("Attribution forms")
struct AttributionFormTests {
    private func speakers(_ body: String) -> [String?] { analyze(body).speakers }

    @Test func quoteThenNameThenVerb() {
        #expect(speakers("Tomas Okafor runs the port authority. “The cranes are idle,” Okafor said.") == ["Tomas Okafor"])
    }

    @Test func quoteThenVerbThenName() {
        #expect(speakers("“The cranes are idle,” said Tomas Okafor, who runs the port authority.") == ["Tomas Okafor"])
    }

    @Test func nameVerbCommaQuote() {
        #expect(speakers("Senator Ruth Adeyemi said, “This budget is a fantasy.”") == ["Ruth Adeyemi"])
    }

    @Test func nameVerbThatQuote() {
        #expect(speakers("Prime Minister Jonas Berg said that “no option is off the table.”") == ["Jonas Berg"])
    }

    @Test func nameColonQuote() {
        #expect(speakers("The verdict came from Judge Lena Ortiz: “The evidence is overwhelming.”") == ["Lena Ortiz"])
    }

    @Test func quoteDashName() {
        #expect(speakers("“Borders are lines drawn by tired men” — Karl Westergaard") == ["Karl Westergaard"])
    }

    @Test func toldMeThat() {
        #expect(speakers("Economist Priya Natarajan told me that “inflation will fall by spring.”") == ["Priya Natarajan"])
    }

    @Test func accordingTo() {
        #expect(speakers("According to Mayor Ilse Vogt, “the bridge will reopen in May.”") == ["Ilse Vogt"])
    }

    @Test func asXPutIt() {
        #expect(speakers("As Admiral Dario Costa put it, “the sea does not forgive mistakes.”") == ["Dario Costa"])
    }

    @Test func inTheWordsOf() {
        #expect(speakers("In the words of one Western diplomat, “the talks are on life support.”") == ["one Western diplomat"])
    }

    @Test func appositiveWhoClauseBetweenNameAndVerb() {
        #expect(speakers("Helena Marsh, who led the inquiry for two years, said “the files were shredded.”") == ["Helena Marsh"])
        #expect(speakers("Piet Van Aken—who had advised three governments on trade—responded, “Tariffs are taxes.”") == ["Piet Van Aken"])
    }

    @Test func appositiveNameAfterTitle() {
        #expect(speakers("Brazil’s Minister of Finance, Carla Moreira, has now revealed that “the reserves are gone.”") == ["Carla Moreira"])
    }

    @Test func quotationSplitByTheAttribution() {
        let article = analyze("Ingrid Solberg spoke last. “We waited,” she said, “and nobody came.”")
        #expect(article.speakers == ["Ingrid Solberg", "Ingrid Solberg"])
    }

    @Test func partialQuoteAfterACueVerbEarlierInTheSentence() {
        #expect(speakers("General Omar Haddad insisted there would be no “boots on the ground” this year.") == ["Omar Haddad"])
        #expect(analyze("General Omar Haddad insisted there would be no “boots on the ground” this year.").kinds == [.speech])
    }

    @Test func describedAs() {
        #expect(speakers("In 2009, a senior administration official described the plan as “strategic patience.”") == ["a senior administration official"])
    }

    @Test func participleTakesTheClauseSubject() {
        let article = analyze("Mayor Ilse Vogt went further, arguing that the city “cannot afford another delay.”")
        #expect(article.speakers == ["Ilse Vogt"])
    }

    @Test func addingThatContinuesTheSpeaker() {
        let article = analyze("“The vote is final,” Chancellor Ruth Baker said, adding that “there will be no recount.”")
        #expect(article.speakers == ["Ruth Baker", "Ruth Baker"])
    }

    @Test func attributionInTheNextSentence() {
        #expect(speakers("The question hung in the air. “Who will pay? Who will build?” Said Nadia Petrov, who chairs the committee.") == ["Nadia Petrov"])
    }

    @Test func speakerAfterAnInterveningClause() {
        #expect(speakers("“There might be trouble” as a result of the delays in the north, a regional official explained.") == ["a regional official"])
    }

    @Test func cueVerbsInEveryTense() {
        let forms = ["says", "wrote", "tweeted", "noted", "added", "argued", "explained", "acknowledged", "warned", "asked",
                     "urged", "continued", "responded", "stated", "believes", "suggested", "revealed"]
        for verb in forms {
            #expect(speakers("Yara Haddad \(verb), “The harbour is closed to all ships.”") == ["Yara Haddad"], "\(verb)")
        }
        #expect(speakers("Yara Haddad made public “a plan to close the harbour.”") == ["Yara Haddad"])
        #expect(speakers("Yara Haddad called the plan “a fantasy.”") == ["Yara Haddad"])
    }

    @Test func workAsSpeaker() {
        #expect(speakers("As the government's newly released National Water Strategy states, “Every river must be measured.”")
            == ["National Water Strategy"])
    }

    @Test func aNounThatIsAlsoAReportingVerbIsTheVerbWhenNoVerbFollows() {
        #expect(speakers("The Oregon Tribune reports that county officials kept the audit “under lock and key.”") == ["Oregon Tribune"])
        #expect(speakers("A Budget Office report found that the fund was “nearly empty.”") == ["a Budget Office report"])
    }
}
