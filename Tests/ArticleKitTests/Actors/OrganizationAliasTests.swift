import Testing
@testable import ArticleKit

/// An organisation named with its place or international body, then without it, is one actor; a short
/// form two bodies could take is neither.
@Suite("Organisation aliases within an article")
struct OrganizationAliasTests {
    private func organizations(_ article: Article) -> [String: Set<String>] {
        Dictionary(article.actors.filter { $0.kind == .organization }.map { ($0.name, Set($0.aliases)) }, uniquingKeysWith: { $0.union($1) })
    }

    @Test func aNewspaperShortenedToItsTitleIsTheNewspaper() {
        let article = analyze("The Oregon Tribune first reported the audit on Monday. The Tribune said the city had overspent by $4 million.")
        #expect(organizations(article) == ["Oregon Tribune": ["Oregon Tribune", "Tribune"]])
    }

    @Test func aBodyWrittenWithAndWithoutItsAbbreviatedQualifierIsOneBody() {
        let article = analyze("""
            The U.N. Human Rights Council meets in Geneva next week. Diplomats expect the United Nations Human \
            Rights Council to debate the report. “We will ask hard questions,” the Human Rights Council said.
            """)
        let council = organizations(article)["United Nations Human Rights Council"]
        #expect(council == ["U.N. Human Rights Council", "United Nations Human Rights Council", "Human Rights Council"])
        #expect(article.firstSpeaker == "United Nations Human Rights Council")
    }

    @Test func aShortFormTwoBodiesCouldTakeStaysItsOwn() {
        let article = analyze("""
            The Ohio Senate passed the school funding bill on Tuesday, while the Texas Senate rejected a similar \
            measure. Lobbyists said the Senate would return to it.
            """)
        #expect(Set(organizations(article).keys) == ["Ohio Senate", "Texas Senate", "Senate"])
    }

    @Test func anOrganisationThatOpensWithAnOrdinaryWordIsNotAQualifiedOne() {
        // "White" is no place: the House is not the White House.
        let article = analyze("The White House sent the bill back. The House will vote on it again in March.")
        #expect(organizations(article)["White House"] == ["White House"])
    }
}
