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
        let declared = encoding(of: bytes)
        // Windows-1252 is decoded here: libxml2's converter stops at its five unassigned bytes.
        let input = declared == "windows-1252" ? windows1252AsUTF8(bytes) : bytes
        guard let root = HTMLTree.parse(input, encoding: declared == "windows-1252" ? "UTF-8" : declared) else {
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

    /// Windows-1252 to UTF-8; its unassigned bytes become U+FFFD.
    static func windows1252AsUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80, byte < 0xA0 {
                let value = windows1252High[Int(byte) - 0x80]
                scalars.append(value == 0 ? "\u{FFFD}" : Unicode.Scalar(value)!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return Array(String(scalars).utf8)
    }

    /// 0x80–0x9F of Windows-1252 (0 for unassigned).
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

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
