import Testing
@testable import ArticleKit

/// Twenty-two alias and ambiguity cases of news prose, each with the persons the article must end up
/// with and who speaks its quotation: the forms one person takes within an article, and the people
/// who share a name without being one.
@Suite("Aliases and ambiguity: one person, one actor")
struct AliasCasesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let body: String
        let persons: Set<String>
        let speaker: String?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "full name then surname",
             body: "Dana Whitfield runs the dock workers' union. “We will strike,” Whitfield said.",
             persons: ["Dana Whitfield"], speaker: "Dana Whitfield"),
        Case(label: "middle initial dropped later",
             body: "Marcus J. Oyelaran filed the suit. “It is about fairness,” Marcus Oyelaran said.",
             persons: ["Marcus J. Oyelaran"], speaker: "Marcus J. Oyelaran"),
        Case(label: "honorific and surname",
             body: "Paul Okafor, 61, owns the mill. “Orders are down,” Mr. Okafor said.",
             persons: ["Paul Okafor"], speaker: "Paul Okafor"),
        Case(label: "title and surname",
             body: "Ruth Vance, a Democrat, won the seat in 2018. “The bill is dead,” Sen. Vance said.",
             persons: ["Ruth Vance"], speaker: "Ruth Vance"),
        Case(label: "president and surname",
             body: "Marta Alvarez took office in May. “We inherited a deficit,” President Alvarez said.",
             persons: ["Marta Alvarez"], speaker: "Marta Alvarez"),
        Case(label: "a married couple, she speaks",
             body: "Mark Hartley and his wife, Sarah Hartley, both ran for the board. “We disagree on taxes,” Mrs. Hartley said.",
             persons: ["Mark Hartley", "Sarah Hartley"], speaker: "Sarah Hartley"),
        Case(label: "a married couple, he speaks",
             body: "Mark Hartley and his wife, Sarah Hartley, both ran for the board. “We disagree on taxes,” Mr. Hartley said.",
             persons: ["Mark Hartley", "Sarah Hartley"], speaker: "Mark Hartley"),
        Case(label: "father and son",
             body: "Tomas Brandt Jr. now runs the firm his father, Tomas Brandt, founded. “Dad still calls daily,” Brandt Jr. said.",
             persons: ["Tomas Brandt Jr.", "Tomas Brandt"], speaker: "Tomas Brandt Jr."),
        Case(label: "a place and a person share a word",
             body: "The actor Lamar Washington flew to Washington on Monday. “The city never sleeps,” Washington said.",
             persons: ["Lamar Washington"], speaker: "Lamar Washington"),
        Case(label: "an organisation named after a person",
             body: "Henrietta Lowell endowed the Lowell Foundation in 1990. “The fund is healthy,” the Lowell Foundation said in a statement.",
             persons: ["Henrietta Lowell"], speaker: "Lowell Foundation"),
        Case(label: "a nickname inside quotation marks",
             body: "Rep. Harold T. “Hal” Mercer filed his papers. “This district deserves better,” Mercer said.",
             persons: ["Harold T. Mercer"], speaker: "Harold T. Mercer"),
        Case(label: "a mocking nickname in a quotation",
             body: "Gov. Ines Castell spoke first. Her rival called her “Crooked Ines Castell” in an ad. “I laughed,” Castell said.",
             persons: ["Ines Castell"], speaker: "Ines Castell"),
        Case(label: "a title of a pageant before a name",
             body: "Former Miss Universe Lena Cortez spoke at the rally. “He called me names,” Cortez said.",
             persons: ["Lena Cortez"], speaker: "Lena Cortez"),
        Case(label: "a title that is also an ordinary word",
             body: "Senate Majority Leader Ana Ruiz scheduled the vote. “We have the numbers,” Ruiz said.",
             persons: ["Ana Ruiz"], speaker: "Ana Ruiz"),
        Case(label: "a surname misspelt once",
             body: "Rosalind Kettering, a nurse, waited two hours. “The line never moved,” Ketering said.",
             persons: ["Rosalind Kettering"], speaker: "Rosalind Kettering"),
        Case(label: "two people share a surname, the nearer one speaks",
             body: "Pablo Ortega chairs the council. His sister Lucia Ortega leads the budget committee. “The figures are late,” Ortega said.",
             persons: ["Pablo Ortega", "Lucia Ortega"], speaker: "Lucia Ortega"),
        Case(label: "a first name that is a country",
             body: "“Tariffs hurt both sides,” said Chad Ellery, an economist at the institute.",
             persons: ["Chad Ellery"], speaker: "Chad Ellery"),
        Case(label: "according to a surname",
             body: "Imelda Sarno chairs the panel. According to Sarno, the plan is “dead on arrival.”",
             persons: ["Imelda Sarno"], speaker: "Imelda Sarno"),
        Case(label: "an honorific is a form of address, not a second person",
             body: "Ms. Priya Raman, the plant's manager, met the inspectors. “We passed,” Ms. Raman said.",
             persons: ["Priya Raman"], speaker: "Priya Raman"),
        Case(label: "an honorific of the other gender is another bearer of the surname",
             body: "Mrs. Adaeze Okafor runs the clinic on Dock Street. “We share the parking lot,” Mr. Okafor said.",
             persons: ["Adaeze Okafor", "Okafor"], speaker: "Okafor"),
        Case(label: "a lawyer speaks for a client",
             body: "Jorge Alba was charged on Friday. “My client is innocent,” Alba's lawyer said.",
             persons: ["Jorge Alba"], speaker: "Alba's lawyer"),
        Case(label: "a surname before a name suffix",
             body: "Vice Mayor Curtis L. Pemberton Jr. opened the hearing. “The budget is balanced,” Pemberton said.",
             persons: ["Curtis L. Pemberton Jr."], speaker: "Curtis L. Pemberton Jr."),
    ]

    @Test(arguments: cases)
    func personsAndSpeaker(_ example: Case) {
        let article = analyze(example.body)
        let persons = Set(article.actors.filter { $0.kind == .person }.map(\.name))
        #expect(persons == example.persons, "\(example.label): \(persons)")
        #expect(article.firstSpeaker == example.speaker, "\(example.label)")
    }
}
