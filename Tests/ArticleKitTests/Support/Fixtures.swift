import Foundation
@testable import ArticleKit

/// Paths and data the tests read: the bundled articles and the gold answers (from ../shared/gold
/// when the workspace has it, else the copy under Tests/Fixtures/gold).
enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var articlesFolder: String { packageRoot.appendingPathComponent("articles").path }

    static var goldFolder: URL {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/gold")
        if FileManager.default.fileExists(atPath: shared.appendingPathComponent("quotes.jsonl").path) { return shared }
        return packageRoot.appendingPathComponent("Tests/Fixtures/gold")
    }

    static let articleNames = [
        "biden-orders-airstrikes-on-iran-backed-militants.txt",
        "is-biden-leading-from-behind-on-ukraine.txt",
        "resurrection-of-real-allies-within-the-alliance.txt",
        "revitalizing-alliances-to-counter-terrorism.txt",
        "the-right-time-for-america-to-lead-from-behind.txt",
    ]

    static func source(_ name: String) -> ArticleSource {
        switch LibraryLoader.read(file: articlesFolder + "/" + name) {
        case .success(let source): return source
        case .failure(let problem): fatalError("fixture \(name) did not load: \(problem)")
        }
    }

    static func article(_ name: String) -> Article { ArticleAnalyzer.analyze(source(name)) }

    static func gold(_ file: String) -> [[String: Any]] {
        let text = (try? String(contentsOf: goldFolder.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// A scratch folder removed when the test ends.
    static func scratchFolder() -> String {
        let path = NSTemporaryDirectory() + "crossread-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ bytes: [UInt8], to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    static func write(_ text: String, to path: String) { write(Array(text.utf8), to: path) }

    /// Whitespace collapsed, emphasis marks dropped: how a gold quote is compared with the clean text.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
