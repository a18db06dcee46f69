import ArticleKit

/// A saved web page as an article: the page's own title, author and date, then the main content's
/// paragraphs, written as the plain text crossread reads (title, "By" line, date line, paragraphs),
/// so everything after loading works on it exactly as on a `.txt` file.
public enum WebPage {
    /// Whether the bytes start like an HTML document (after a BOM, whitespace and comments).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 256)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && head.contains("<html")
            || head.hasPrefix("<!--") && head.contains("<html") || head.hasPrefix("<head") || head.hasPrefix("<meta")
    }

    public static func article(path: String, bytes: [UInt8]) -> Result<ArticleSource, LoadProblem> {
        guard let root = HTMLTree.parse(bytes, encoding: encoding(of: bytes)) else {
            return .failure(LoadProblem(path: path, reason: "not readable as HTML"))
        }
        let metadata = PageMetadata.of(root)
        guard let paragraphs = MainContent.paragraphs(of: root, title: metadata.title) else {
            return .failure(LoadProblem(path: path, reason: "no article found in this page (an index or front page?)"))
        }
        var lines: [String] = []
        if let title = metadata.title { lines.append(title) }
        if let author = metadata.author { lines.append("By " + author) }
        if let date = metadata.date { lines.append(date) }
        lines += paragraphs
        return .success(ArticleSource(path: path, text: lines.joined(separator: "\n\n")))
    }

    /// nil when the page says its encoding (a BOM, `<meta charset>`, the http-equiv header) and
    /// libxml2 should read it; else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    static func encoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("charset=") || head.contains("charset =") { return nil }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return "UTF-8"
            case .error: return "windows-1252"
            }
        }
    }
}
