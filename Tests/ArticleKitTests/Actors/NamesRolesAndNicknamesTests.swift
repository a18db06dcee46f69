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

    @Test func aSharedSurnameGoesToTheOneNamedLast() {
        let body = """
            Pablo Ortega, the mayor, opened the session. His sister Lucia Ortega chairs the budget committee.
            Ortega said the figures were late.
            """
        let article = analyze(body)
        let lucia = article.actors.firstIndex { $0.name == "Lucia Ortega" }
        let bare = article.mentions.last { article.text(of: $0.span) == "Ortega" }
        #expect(lucia != nil && bare?.actor == lucia)
    }
}
