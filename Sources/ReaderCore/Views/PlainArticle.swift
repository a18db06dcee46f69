import ArticleKit

/// An article as plain wrapped text, for pipes and `--plain`: paragraphs wrapped to the width,
/// separated by blank lines, like `less` would show the clean text.
public enum PlainArticle {
    public static func render(_ article: Article, width: Int) -> String {
        var out = ""
        for (index, paragraph) in article.paragraphs.enumerated() {
            if index > 0 { out += "\n" }
            let scalars = article.scalars.scalars[paragraph.span.start..<paragraph.span.end]
            for line in LineBreaker.lines(scalars, width: width) {
                out += String(String.UnicodeScalarView(scalars[line]))
                out += "\n"
            }
        }
        return out
    }
}
