import Foundation

/// A library folder and an index path inside a fresh temporary folder, removed when done.
final class Scratch {
    let root: String
    var library: String { root + "/library" }
    var indexPath: String { root + "/cache/crossread/library.sqlite" }

    init(articles: [String: String]) throws {
        root = NSTemporaryDirectory() + "crossread-index-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/library", withIntermediateDirectories: true)
        for (name, text) in articles { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: library + "/" + name, atomically: false, encoding: .utf8)
    }

    func remove(_ name: String) throws { try FileManager.default.removeItem(atPath: library + "/" + name) }
}
