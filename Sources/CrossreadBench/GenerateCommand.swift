#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CorpusGenerator
import CommandLineSupport

/// Writes a generated library to a folder: the input of the scale benchmarks and of anyone who wants
/// to see how the reader behaves on ten thousand articles.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write N generated articles (news shape: quotations, actors, shared threads, reworded copies) to a folder.")

    @Option(help: "How many articles.") var count = 100
    @Option(help: "Random seed: the same seed writes the same library.") var seed: UInt64 = 7
    @Argument(help: "The folder to write to (created if missing).") var folder: String
    @Flag(help: .hidden) var quiet = false

    func run() throws {
        guard count >= 0 else {
            Console.error("--count must not be negative")
            throw ExitCode(2)
        }
        if mkdir(folder, 0o755) != 0, errno != EEXIST {
            Console.error("cannot create \(folder): \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
        var generator = CorpusGenerator(seed: seed)
        var bytes = 0
        for index in 0..<count {
            let text = generator.nextArticle()
            let name = Self.fileName(folder: folder, index: index, count: count)
            guard let file = fopen(name, "w") else {
                Console.error("cannot write \(name): \(String(cString: strerror(errno)))")
                throw ExitCode(1)
            }
            let utf8 = Array(text.utf8)
            let written = fwrite(utf8, 1, utf8.count, file)
            fclose(file)
            guard written == utf8.count else {
                Console.error("cannot write \(name): disk full or read-only")
                throw ExitCode(1)
            }
            bytes += utf8.count
        }
        if !quiet { print("wrote \(count) articles, \(bytes) bytes, to \(folder)") }
    }

    /// `article-0042.txt`: numbered with as many digits as the largest number needs, so names sort.
    static func fileName(folder: String, index: Int, count: Int) -> String {
        let digits = String(max(count - 1, 0)).count
        let number = String(index)
        return "\(folder)/article-\(String(repeating: "0", count: max(0, digits - number.count)))\(number).txt"
    }
}
