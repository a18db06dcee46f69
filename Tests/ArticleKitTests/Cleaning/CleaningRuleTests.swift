import Testing
@testable import ArticleKit

/// Each rule on a passage taken from the bundled articles.
@Suite("Cleaning rules")
struct CleaningRuleTests {
    private func clean(_ text: String) -> [String] { Cleaner.clean(text).paragraphs }

    @Test func dropsBrowserNotice() {
        let text = """
            IE 11 is not supported. For an optimal experience visit our site on another browser.

            Biden orders airstrikes on Iran-backed militants in Iraq and Syria. It's the wrong strategy.
            """
        #expect(clean(text) == ["Biden orders airstrikes on Iran-backed militants in Iraq and Syria. It's the wrong strategy."])
    }

    @Test func dropsPaywallNotices() {
        let text = """
            Your IP access to will expire on June 15

            To ensure uninterrupted reading, please contact Rachel Mines, sales director, at


            The Right Time for America to Lead From Behind
            """
        #expect(clean(text) == ["The Right Time for America to Lead From Behind"])
    }

    @Test func dropsAdWidgetsAndPhotoCredits() {
        let text = """
            Obama can shift some of the burden of this long, arduous war onto other capable shoulders only if he can learn to lead successfully from behind. It still requires leading.

            Photo credit: Chip Somodevilla/Getty Images

            Trending Now Sponsored Links by Taboola

            By Taboola

            More from Foreign Policy

            By Taboola
            """
        #expect(clean(text).count == 1)
    }

    @Test func dropsAuthorBoxButKeepsBylineDatelineAndLede() {
        let text = """
            by [Matthew Levitt \\(/experts/matthew-levitt\\)](/experts/matthew-levitt)

            Mar 24, 2021

            ## ABOUT THE AUTHORS

            [Matthew Levitt \\(/experts/matthew-levitt\\)](/experts/matthew-levitt)

            Matthew Levitt is the Fromer-Wexler Fellow and director of the Reinhard Program on Counterterrorism and Intelligence at The Washington Institute.

            Articles & Testimony

            **Washington needs to revisit its traditional reluctance to share decisionmaking with European partners.**
            """
        #expect(clean(text) == [
            "by Matthew Levitt", "Mar 24, 2021",
            "Washington needs to revisit its traditional reluctance to share decisionmaking with European partners.",
        ])
    }

    @Test func dropsRecommendedTeasersAndTopicList() {
        let text = """
            In his interim guidance, Biden made clear his intention to "revitalize America's unmatched network of alliances and partnerships" to meet today's challenges.

            ## RECOMMENDED

            ---

            BRIEF ANALYSIS

            ### [Iran Takes Next Steps on Rocket Technology](#)

            Feb 11, 2022

            Farzin Nadimi

            [\\(/policy-analysis/iran-takes-next-steps-rocket-technology\\)](#)

            ## TOPICS

            Terrorism (/policy-analysis/terrorism)

            U.S. Policy (/policy-analysis/us-policy)
            """
        #expect(clean(text).count == 1)
    }

    @Test func collapsesRepeatedHeadline() {
        let text = """
            Resurrection of Real Allies Within the Alliance
            Resurrection of Real Allies Within the Alliance

            Resurrection of Real Allies Within the Alliance

            Washington needs to reconsider, reluctance to share decision-making with European partners.
            """
        #expect(clean(text) == [
            "Resurrection of Real Allies Within the Alliance",
            "Washington needs to reconsider, reluctance to share decision-making with European partners.",
        ])
    }

    @Test func markdownLinksBecomeTheirText() {
        #expect(MarkdownInline.plain("domestic violent extremists [stormed](https://abcnews.go.com/x?id=1) [the U.S. Capitol](https://abcnews.go.com/x)")
            == "domestic violent extremists stormed the U.S. Capitol")
        #expect(MarkdownInline.plain("In the [words \\(https://www.washingtoninstitute.org/policy-analysis/x\\)](https://www.washingtoninstitute.org/policy-analysis/x) of one European official")
            == "In the words of one European official")
    }

    @Test func emphasisHeadingMarksAndEscapesGo() {
        #expect(clean("# Revitalizing Alliances to Counter Terrorism") == ["Revitalizing Alliances to Counter Terrorism"])
        #expect(MarkdownInline.plain("**A**lmost two decades") == "Almost two decades")
        #expect(MarkdownInline.plain("*Also published in Just Security*") == "Also published in Just Security")
        #expect(MarkdownInline.plain("the United States are [*sic*] providing") == "the United States are [sic] providing")
        #expect(MarkdownInline.plain("snake_case and 5 * 3 stay") == "snake_case and 5 * 3 stay")
    }

    @Test func brokenLinkStubsLoseTheirParenthesis() {
        #expect(MarkdownInline.plain("Trump **tweeted (** that the United States") == "Trump tweeted that the United States")
        #expect(MarkdownInline.plain("although **sharp divisions (**—over matters") == "although sharp divisions—over matters")
        #expect(MarkdownInline.plain("other **Shia militias (**, and Iranian operations **(** such as") == "other Shia militias, and Iranian operations such as")
        #expect(MarkdownInline.plain("Travers, **has noted (**: \"For almost") == "Travers, has noted: \"For almost")
    }

    @Test func controlCharactersBecomeVisible() {
        let cleaned = Cleaner.clean("Title\n\nA \u{1B}]52;c;ZXZpbA==\u{07} and \u{1B}[2J here\tnow.").text
        #expect(cleaned == "Title\n\nA \u{241B}]52;c;ZXZpbA==\u{2407} and \u{241B}[2J here now.")
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func pullQuoteRepeatingAPassageIsDropped() {
        let text = """
            The domestic threat to the U.S. of ISIS-inspired attacks isn’t diminished by stationing troops abroad because the threat stems from radicalization, not from ISIS’ material strength.

            None of these goals can be achieved militarily, however. The domestic threat to the U.S. of ISIS-inspired attacks isn’t diminished by stationing troops abroad because the threat stems from radicalization, not from ISIS’ material strength. Likewise, there is no “safe haven” in Iraq.
            """
        let paragraphs = clean(text)
        #expect(paragraphs.count == 1)
        #expect(paragraphs[0].hasPrefix("None of these goals"))
    }

    @Test func paragraphsThatRepeatWholeAreKept() {
        let text = """
            Council Minutes, March Session

            The chair asked whether any member objected to the amended budget for the harbour works.

            No.

            No.

            The chair asked whether any member objected to the amended budget for the harbour works.

            Councillor Brand said the figures had arrived too late for a fair reading by the committee.

            The chair asked whether any member objected to the amended budget for the harbour works.
            """
        let paragraphs = clean(text)
        #expect(paragraphs.count == 7)
        #expect(paragraphs.filter { $0.hasPrefix("The chair asked") }.count == 3)
        #expect(paragraphs.filter { $0 == "No." }.count == 2)
    }

    @Test func twoThousandCopiesOfAnArticleKeepEveryWord() {
        let article = """
            Harbour Strike Enters Second Week

            Dockworkers in the northern port stayed off the job on Monday, leaving container ships anchored offshore.

            “We will not go back until the contract is signed,” said Ilse Marten, who leads the local union.

            The port authority said talks would resume on Thursday and that it expected a settlement by the end of the month.

            Shipping lines have begun to divert cargo to smaller terminals along the coast, adding days to deliveries.
            """
        let copies = Array(repeating: article, count: 2000).joined(separator: "\n\n")
        let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        let cleaned = Cleaner.clean(copies)
        #expect(words(cleaned.text) == words(copies))
        #expect(cleaned.dropped.isEmpty)
    }

    @Test func sentenceBrokenAcrossParagraphsIsJoined() {
        let text = """
            Revitalizing Alliances to Counter Terrorism

            As Secretary of State Antony Blinken acknowledged, U.S. allies "raise the questions of the durability of some of the

            actions we're taking," and the only effective answer to those questions is U.S. actions, not words.
            """
        #expect(clean(text).count == 2)
        #expect(clean("Title Of The Piece\n\nby Jane Doe").count == 2)
    }

    @Test func cleaningIsIdempotentOnTheBundledArticles() {
        for name in Fixtures.articleNames {
            let once = Cleaner.clean(Fixtures.source(name).text).text
            #expect(Cleaner.clean(once).text == once, "\(name)")
        }
    }
}

/// Inputs the fuzzer found; each once broke an invariant.
@Suite("Fuzzer regressions")
struct FuzzerRegressionTests {
    @Test func escapedBackslashesCleanIdempotently() {
        let text = "Title\n\nworking more con\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\structively with Egypt"
        let once = Cleaner.clean(text).text
        #expect(Cleaner.clean(once).text == once)
        #expect(once.hasSuffix("constructively with Egypt") || once.contains("con\\structively"))
    }

    @Test func longBackslashRunsSettleInOnePass() {
        let text = "Title\n\nbody with B" + String(repeating: "\\", count: 264) + ".\n\nend " + String(repeating: "\\", count: 1000) + "x"
        let once = Cleaner.clean(text).text
        #expect(Cleaner.clean(once).text == once)
        #expect(once.contains("body with B.") && once.contains("end \\x"))
    }

    @Test func escapedMarkdownSyntaxCleansIdempotently() {
        for text in ["\\*word\\*", "\\# not a heading", "\\[a\\]\\(b\\)", "a \\\\\\* b", "**\\*x\\***"] {
            let once = Cleaner.clean("T\n\n" + text).text
            #expect(Cleaner.clean(once).text == once, "\(text)")
        }
    }
}
