// libFuzzer entry point for the index's findings blobs (LibraryIndex/FindingsCoding), compiled by
// fuzz/run together with ArticleKit's sources and the two coding files. A corrupt row must be
// rejected with DamagedData, never crash, and whatever decodes must encode back to itself.
#if canImport(Glibc)
import Glibc
#endif

@_cdecl("LLVMFuzzerInitialize")
public func findingsFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    // Seeds: the blobs the index stores for the bundled articles, written once into the corpus folder.
    guard let folder = getenv("CROSSREAD_FINDINGS_SEEDS").map({ String(cString: $0) }),
          let articles = getenv("CROSSREAD_FINDINGS_ARTICLES").map({ String(cString: $0) }) else { return 0 }
    for (index, source) in LibraryLoader.load(paths: [articles]).sources.enumerated() {
        let bytes = FindingsCoding.encode(ArticleAnalyzer.analyze(source, depth: .full))
        if let file = fopen(folder + "/seed-\(index)", "wb") {
            _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            fclose(file)
        }
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func findingsFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let findings = try? FindingsCoding.decode(bytes) else { return 0 }
    let article = Article.summary(path: "fuzz.txt", metadata: ArticleMetadata(title: "fuzz"), wordCount: 0, contentHash: 0,
                                  quotes: findings.quotes, actors: findings.actors, mentions: findings.mentions,
                                  warnings: findings.warnings, hasFindings: true)
    guard let again = try? FindingsCoding.decode(FindingsCoding.encode(article)) else { preconditionFailure("decoded findings do not encode back") }
    precondition(again.quotes.count == findings.quotes.count && again.actors.count == findings.actors.count
        && again.mentions.count == findings.mentions.count && again.warnings == findings.warnings, "findings changed in a round trip")
    return 0
}
