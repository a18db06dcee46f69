// libFuzzer entry point for ArticleKit, compiled together with ArticleKit's sources by fuzz/run
// (swiftc -sanitize=fuzzer,address). Any crash, hang or broken invariant is a bug.

@_cdecl("LLVMFuzzerTestOneInput")
public func articleFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let decoded) = TextDecoding.decode(bytes) else { return 0 }
    let half = decoded.text.unicodeScalars.count / 2
    let second = String(String.UnicodeScalarView(decoded.text.unicodeScalars.dropFirst(half)))
    let articles = [decoded.text, second].enumerated().map {
        ArticleAnalyzer.analyze(ArticleSource(path: "fuzz-\($0.offset).txt", text: $0.element))
    }
    for article in articles { checkInvariants(article) }
    let corpus = Corpus(articles: articles)
    let comparison = corpus.compare(0, 1)
    for pair in comparison.pairs {
        precondition(articles[0].paragraphs.indices.contains(pair.a) && articles[1].paragraphs.indices.contains(pair.b))
        _ = corpus.wordDiff(comparison, pair)
    }
    if let name = articles[0].actors.first?.name { _ = corpus.crossReferences(for: name) }
    precondition(Cleaner.clean(articles[0].text).text == articles[0].text, "cleaning is not idempotent")
    return 0
}

private func checkInvariants(_ article: Article) {
    let count = article.scalars.count
    precondition(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control character in clean text")
    for span in article.paragraphs.map(\.span) + article.sentences.map(\.span) + article.tokens.map(\.span) + article.mentions.map(\.span) {
        precondition(span.start >= 0 && span.end <= count && span.start <= span.end, "span outside the text")
    }
    var previousEnd = 0
    for quote in article.quotes {
        precondition(quote.span.start >= previousEnd, "quotes overlap")
        precondition(quote.span.contains(quote.content) || quote.content.isEmpty, "content outside its quote")
        precondition(quote.span.end <= count, "quote outside the text")
        previousEnd = quote.span.end
    }
    for actor in article.actors { precondition(!actor.mentions.isEmpty) }
}
