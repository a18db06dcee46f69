import Testing
@testable import ArticleKit

@Suite("Metadata")
struct MetadataTests {
    @Test(arguments: Fixtures.articleNames)
    func titleAndAuthorMatchTheGold(name: String) {
        let gold = Fixtures.gold("articles.jsonl").first { $0["article"] as? String == name }!
        let metadata = Fixtures.article(name).metadata
        #expect(metadata.title == gold["title"] as? String)
        #expect(metadata.author == gold["author"] as? String)
    }

    @Test func statedDateIsRead() {
        #expect(Fixtures.article("revitalizing-alliances-to-counter-terrorism.txt").metadata.date == "2021-03-24")
    }

    @Test func undatedArticlesHaveNoDate() {
        #expect(Fixtures.article("the-right-time-for-america-to-lead-from-behind.txt").metadata.date == nil)
    }

    @Test func bylineForms() {
        #expect(MetadataExtractor.byline("By Jane Doe and John Roe, Staff Writers") == "Jane Doe and John Roe")
        #expect(MetadataExtractor.byline("by Matthew Levitt") == "Matthew Levitt")
        #expect(MetadataExtractor.byline("by the way, this is not a byline") == nil)
    }

    @Test func bioSentenceNamesTheAuthor() {
        #expect(BioSentence.name(in: "Ted Snider is a regular columnist on U.S. foreign policy and history.") == "Ted Snider")
        #expect(BioSentence.name(in: "Russia is the largest country in the world by area.") == nil)
    }

    @Test func dateForms() {
        #expect(DateParser.firstDate(in: "Mar 24, 2021") == "2021-03-24")
        #expect(DateParser.firstDate(in: "Published 5 June 2024") == "2024-06-05")
        #expect(DateParser.firstDate(in: "Updated 2019-10-07T10:00") == "2019-10-07")
        #expect(DateParser.firstDate(in: "On May 2, British Foreign Secretary") == nil)
        #expect(DateParser.isoDate("2025-01-20T18:42:00-05:00") == "2025-01-20")
        #expect(DateParser.isoDate("20210907") == "2021-09-07")
        #expect(DateParser.isoDate("20210907", compact: false) == nil)
    }

    @Test func aDateInABodySentenceIsNotThePublicationDate() {
        let paragraphs = ["Storm Closes the Lake Road", "The road last closed on March 3, 2019 for a week."]
        #expect(MetadataExtractor.metadata(paragraphs: paragraphs).date == nil)
        #expect(MetadataExtractor.metadata(paragraphs: ["Storm Closes the Lake Road", "Updated 9:30 a.m. EDT March 4, 2024"]).date == "2024-03-04")
    }

    @Test func theFileNameDatesAnArticleWhoseTextDoesNot() {
        let paragraphs = ["Storm Closes the Lake Road", "The county shut the road on Monday."]
        #expect(MetadataExtractor.metadata(paragraphs: paragraphs, fileName: "courier_2016-10-21_storm-closes.txt").date == "2016-10-21")
        #expect(MetadataExtractor.metadata(paragraphs: paragraphs, fileName: "route-2016-10-219.txt").date == nil)
        #expect(MetadataExtractor.metadata(paragraphs: ["T", "March 1, 2020"], fileName: "x_2016-10-21.txt").date == "2020-03-01")
    }
}
