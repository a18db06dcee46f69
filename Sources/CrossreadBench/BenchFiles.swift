#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CorpusGenerator
import Foundation
import CommandLineSupport
import SystemEnvironment

/// Files the benchmarks need: crossread's path, scratch folders, and the generated 10,000-article
/// library (written once under the temporary folder and reused by later runs).
enum BenchFiles {
    static var temporaryRoot: String { ProcessEnvironment.value("TMPDIR") ?? "/tmp" }

    /// The crossread binary measured: the one built beside this benchmark binary.
    static var executable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let own = length > 0 ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = own.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/crossread"
    }

    /// A new empty folder.
    static func scratchFolder(_ purpose: String) -> String {
        var template = Array("\(temporaryRoot)/crossread-bench-\(purpose)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { return "\(temporaryRoot)/crossread-bench-\(purpose)" }
        return String(cString: made)
    }

    /// Removes a folder and what it holds (no shell: the path is never interpreted).
    static func removeFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The generated article of a megabyte (seed 5) that the keystroke and 1 MB start-up rows use.
    static func megabyteArticle() -> String {
        var generator = CorpusGenerator(seed: 5)
        var text = generator.freshArticle(paragraphs: 400)
        while text.utf8.count < 1_000_000 { text += "\n\n" + generator.freshArticle(paragraphs: 40) }
        return text
    }

    static func write(_ text: String, to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// The generated library of `count` articles (seed 7), written when missing.
    static func generatedLibrary(count: Int) throws -> (folder: String, bytes: Int) {
        let folder = "\(temporaryRoot)/crossread-bench-library-\(count)"
        let done = folder + "/.complete"
        if access(done, F_OK) != 0 {
            var command = GenerateCommand()
            command.count = count
            command.seed = 7
            command.folder = folder
            command.quiet = true
            try command.run()
            close(open(done, O_CREAT | O_WRONLY, 0o644))
        }
        var bytes = 0
        for index in 0..<count {
            var info = stat()
            if stat(GenerateCommand.fileName(folder: folder, index: index, count: count), &info) == 0 { bytes += Int(info.st_size) }
        }
        return (folder, bytes)
    }
}
