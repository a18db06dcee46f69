import ArticleKit
import ReaderCore

/// The readable form of `compare`: aligned paragraph openings side by side with their scores, the
/// quotation variants with the changed words in [brackets], then the verdict.
enum CompareSummary {
    static func render(_ comparison: Comparison, _ corpus: Corpus, width: Int = 120) -> String {
        let a = corpus.articles[comparison.a], b = corpus.articles[comparison.b]
        let column = max(20, (width - 18) / 2)
        var out: [String] = []
        out.append("A  \(a.metadata.title)  (\(a.fileName))")
        out.append("B  \(b.metadata.title)  (\(b.fileName))")
        out.append("")
        out.append("Aligned paragraphs (\(comparison.pairs.count))")
        var rows: [[String]] = [["¶A", "A", "SCORE", "¶B", "B"]]
        for pair in comparison.pairs {
            rows.append([String(pair.a + 1), TextColumns.shorten(opening(a, pair.a), to: column), number(pair.score),
                         String(pair.b + 1), TextColumns.shorten(opening(b, pair.b), to: column)])
        }
        out.append(TextColumns.table(rows, rightAligned: [0, 2, 3]))
        out.append("")
        out.append("Quotation variants (\(comparison.variants.count))")
        for variant in comparison.variants {
            let diff = quoteDiff(a, a.quotes[variant.a], b, b.quotes[variant.b])
            out.append("  \(variant.speaker ?? "unattributed") — similarity \(number(variant.similarity))\(variant.sameWords ? ", same words" : "")")
            out.append("    A: “\(diff.0)”")
            out.append("    B: “\(diff.1)”")
        }
        if !comparison.sharedActors.isEmpty {
            out.append("")
            out.append("Shared actors: " + comparison.sharedActors.map { corpus.actors[$0].name }.joined(separator: ", "))
        }
        out.append("")
        out.append(verdictLine(comparison, a, b))
        return out.joined(separator: "\n")
    }

    static func verdictLine(_ comparison: Comparison, _ a: Article, _ b: Article) -> String {
        let verdict = comparison.verdict
        let detail = "score \(number(verdict.score)): \(Int((verdict.coverage * 100).rounded()))% of paragraphs closely aligned, "
            + "\(comparison.variants.filter { $0.similarity >= 0.5 }.count) quotations found again"
        guard verdict.derived else { return "Verdict: not derived (\(detail))" }
        let copy: String
        switch (a.metadata.author == nil && a.metadata.date == nil, b.metadata.author == nil && b.metadata.date == nil) {
        case (true, false): copy = "A looks like a reworded copy of B"
        case (false, true): copy = "B looks like a reworded copy of A"
        default: copy = "one is a reworded copy of the other"
        }
        return "Verdict: DERIVED — \(copy) (\(detail))"
    }

    static func number(_ value: Double) -> String {
        let scaled = Int((value * 100).rounded())
        return "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
    }

    private static func opening(_ article: Article, _ paragraph: Int) -> String {
        article.text(of: article.paragraphs[paragraph].span)
    }

    /// Both quotations with the words that differ in ⟦white square brackets⟧: news text uses plain
    /// brackets itself ("[sic]", "[the president]"), never these.
    private static func quoteDiff(_ a: Article, _ first: Quote, _ b: Article, _ second: Quote) -> (String, String) {
        let diff = WordDiff.between(a, first.content, b, second.content)
        return (marked(a, first.content, diff.a), marked(b, second.content, diff.b))
    }

    private static func marked(_ article: Article, _ content: TextSpan, _ spans: [DiffSpan]) -> String {
        var out = ""
        var cursor = content.start
        var open = false
        for span in spans {
            out += article.text(of: TextSpan(cursor, span.span.start))
            let changed = span.kind != .shared
            if changed && !open { out += "⟦"; open = true }
            if !changed && open { out.removeLast(out.hasSuffix(" ") ? 1 : 0); out += "⟧ "; open = false }
            out += article.text(of: span.span)
            cursor = span.span.end
        }
        if open { out += "⟧" }
        out += article.text(of: TextSpan(cursor, content.end))
        return out
    }
}
