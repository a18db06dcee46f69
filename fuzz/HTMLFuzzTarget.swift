// libFuzzer entry point for the HTML reader (ArticleFormats: libxml2 parse, metadata, main content),
// compiled by fuzz/run with ArticleKit's sources. Any crash, hang or broken invariant is a bug: a
// page gives an article whose text analyses cleanly, or a one-line problem.

@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch WebPage.article(path: "fuzz.html", bytes: bytes) {
    case .success(let source):
        let article = ArticleAnalyzer.analyze(source)
        precondition(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control character in clean text")
        for span in article.paragraphs.map(\.span) + article.quotes.map(\.span) + article.mentions.map(\.span) {
            precondition(span.start >= 0 && span.end <= article.scalars.count && span.start <= span.end, "span outside the text")
        }
    case .failure(let problem):
        precondition(!problem.reason.contains("\n"), "a problem of more than one line")
    }
    return 0
}
