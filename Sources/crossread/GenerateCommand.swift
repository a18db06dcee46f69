#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CorpusGenerator

/// Writes a generated library to a folder: the input of the scale benchmarks and of anyone who wants
/// to see how the reader behaves on ten thousand articles.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write N generated articles (news shape: quotations, actors, shared threads, reworded copies) to a folder.")

    @Option(help: "How many articles.") var count = 100
    @Option(help: "Random seed: the same seed writes the same library.") var seed: UInt64 = 7
    @Argument(help: "The folder to write to (created if missing).") var folder: String

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
        let digits = String(max(count - 1, 0)).count
        var bytes = 0
        for index in 0..<count {
            let text = generator.nextArticle()
            let number = String(index)
            let name = "\(folder)/article-\(String(repeating: "0", count: digits - number.count))\(number).txt"
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
        print("wrote \(count) articles, \(bytes) bytes, to \(folder)")
    }
}
