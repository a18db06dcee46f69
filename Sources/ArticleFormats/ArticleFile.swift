import ArticleKit

/// Reads article files of every kind crossread takes: plain text and Markdown (with a YAML front
/// matter or not) as decoded text, saved web pages (`.html`, `.htm`, `.xhtml`, or any file that
/// starts like HTML) through the HTML extractor. Every caller that reads an article reads it here.
public enum ArticleFile {
    public static func read(file path: String) -> Result<ArticleSource, LoadProblem> {
        switch LibraryLoader.readBytes(file: path) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let bytes):
            if isHTMLName(path) || WebPage.looksLikeHTML(bytes) { return WebPage.article(path: path, bytes: bytes) }
            return LibraryLoader.decode(bytes, path: path).map(FrontMatter.apply)
        }
    }

    /// Every article under `paths`, as `LibraryLoader.load` lists them, each read by `read(file:)`.
    public static func load(paths: [String]) -> LibraryLoader.Report {
        let listing = LibraryLoader.files(paths: paths)
        var report = LibraryLoader.Report(sources: [], problems: listing.problems)
        for file in listing.files {
            switch read(file: file.path) {
            case .success(let source): report.sources.append(source)
            case .failure(let problem): report.problems.append(problem)
            }
        }
        return report
    }

    static func isHTMLName(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
    }
}
