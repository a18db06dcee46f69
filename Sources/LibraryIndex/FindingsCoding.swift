import ArticleKit

/// An article's quotations, actors and mentions as bytes for the index, and back. Decoding checks
/// that every index points inside the article's own lists, so a stored blob can never make the
/// reader index out of range.
enum FindingsCoding {
    static let version = 1

    static func encode(_ article: Article) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(version)
        writer.write(article.quotes.count)
        for quote in article.quotes {
            write(quote.span, &writer)
            write(quote.content, &writer)
            writer.write(quote.paragraph)
            writer.write(quote.kind == .speech ? 0 : 1)
            if case .descriptor(let words) = quote.speaker { writer.write(optional: words) } else { writer.write(optional: String?.none) }
            writer.write(optional: quote.speakerActor)
            writer.write(quote.speakerSpan == nil ? 0 : 1)
            if let span = quote.speakerSpan { write(span, &writer) }
            writer.write(optional: quote.cue)
            writer.write(optional: quote.rule)
        }
        writer.write(article.actors.count)
        for actor in article.actors {
            writer.write(actor.name)
            writer.write(ActorKind.allCases.firstIndex(of: actor.kind) ?? 0)
            writer.write(actor.aliases)
            writer.write(actor.roles)
            writer.write(actor.gender == nil ? 0 : actor.gender == .male ? 1 : 2)
            writer.write(actor.mentions.count)
            for mention in actor.mentions { writer.write(mention) }
        }
        writer.write(article.mentions.count)
        for mention in article.mentions {
            write(mention.span, &writer)
            writer.write(mention.actor)
            writer.write(mention.sentence)
            writer.write(mention.paragraph)
            writer.write(mention.surface)
        }
        writer.write(article.warnings)
        return writer.bytes
    }

    struct Findings {
        var quotes: [Quote]
        var actors: [Actor]
        var mentions: [Mention]
        var warnings: [String]
    }

    static func decode(_ bytes: [UInt8]) throws(DamagedData) -> Findings {
        var reader = ByteReader(bytes)
        guard try reader.int() == version else { throw DamagedData() }
        var quotes: [Quote] = []
        for _ in 0..<(try reader.count()) {
            let span = try readSpan(&reader), content = try readSpan(&reader)
            let paragraph = try reader.int()
            let kind: QuoteKind = try reader.int() == 0 ? .speech : .term
            let descriptor = try reader.optionalString()
            let speakerActor = try reader.optionalInt()
            let speaker = speakerActor.map(QuoteSpeaker.actor) ?? descriptor.map(QuoteSpeaker.descriptor)
            let speakerSpan = try reader.int() == 1 ? try readSpan(&reader) : nil
            quotes.append(Quote(span: span, content: content, paragraph: paragraph, kind: kind, speaker: speaker,
                                speakerSpan: speakerSpan, cue: try reader.optionalString(),
                                rule: try reader.optionalString()))
        }
        var actors: [Actor] = []
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            let kindIndex = try reader.int()
            guard ActorKind.allCases.indices.contains(kindIndex) else { throw DamagedData() }
            let aliases = try reader.strings(), roles = try reader.strings()
            let genderCode = try reader.int()
            guard genderCode <= 2 else { throw DamagedData() }
            var mentions: [Int] = []
            for _ in 0..<(try reader.count()) { mentions.append(try reader.int()) }
            actors.append(Actor(name: name, kind: ActorKind.allCases[kindIndex], aliases: aliases, roles: roles,
                                gender: genderCode == 0 ? nil : genderCode == 1 ? .male : .female, mentions: mentions))
        }
        var mentions: [Mention] = []
        for _ in 0..<(try reader.count()) {
            let span = try readSpan(&reader)
            mentions.append(Mention(span: span, actor: try reader.int(), sentence: try reader.int(),
                                    paragraph: try reader.int(), surface: try reader.string()))
        }
        let warnings = try reader.strings()
        guard reader.isAtEnd,
              quotes.allSatisfy({ $0.speakerActor.map(actors.indices.contains) ?? true }),
              mentions.allSatisfy({ actors.indices.contains($0.actor) }),
              actors.allSatisfy({ !$0.mentions.isEmpty && $0.mentions.allSatisfy(mentions.indices.contains) })
        else { throw DamagedData() }
        return Findings(quotes: quotes, actors: actors, mentions: mentions, warnings: warnings)
    }

    private static func write(_ span: TextSpan, _ writer: inout ByteWriter) {
        writer.write(span.start)
        writer.write(span.length)
    }

    private static func readSpan(_ reader: inout ByteReader) throws(DamagedData) -> TextSpan {
        let start = try reader.int()
        return TextSpan(start, start + (try reader.int()))
    }
}
