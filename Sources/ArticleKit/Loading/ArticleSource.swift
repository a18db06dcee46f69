/// The decoded text of one article file, before cleaning.
public struct ArticleSource: Sendable, Hashable {
    /// The path as the user gave it or as found in a folder.
    public var path: String
    public var fileName: String
    /// UTF-8 text with `\n` line ends and no byte-order mark.
    public var text: String
    /// Things worth telling the user that did not stop the file from loading.
    public var warnings: [String]

    public init(path: String, text: String, warnings: [String] = []) {
        self.path = path
        self.fileName = Self.fileName(of: path)
        self.text = text
        self.warnings = warnings
    }

    /// The last component of `path`.
    public static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// A path that could not be loaded, with the one-line reason shown to the user.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
