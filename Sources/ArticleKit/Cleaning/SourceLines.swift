/// Splits decoded text into blocks: blank lines separate blocks, a heading is a block of its own,
/// horizontal rules vanish, and a line repeating the line before it is dropped where it is a
/// scraper's doubled headline: at the top of the text or as a heading. A paragraph repeated in the
/// body (a refrain, a transcript's "No.") stays.
enum SourceLines {
    static func blocks(of text: String, dropped: inout [DroppedText]) -> [CleanBlock] {
        var blocks: [CleanBlock] = []
        var pending: [(text: String, raw: String, line: Int)] = []
        var previousText: String?
        var previousWasHeading = false

        func flush() {
            guard !pending.isEmpty else { return }
            for part in joinHardWrapped(pending.map(\.text)) {
                blocks.append(CleanBlock(
                    text: part, isHeading: false,
                    isLinkOnly: pending.count == 1 && MarkdownInline.isLinkOnly(pending[0].raw),
                    sourceLine: pending[0].line))
            }
            pending.removeAll()
        }

        var lineNumber = 0
        for rawLine in lines(of: text) {
            lineNumber += 1
            let raw = VisibleControls.apply(to: rawLine)
            let trimmed = raw.trimmingSpaces()
            if trimmed.isEmpty {
                flush()
                continue
            }
            let form = lineForm(trimmed)
            if form.isRule {
                flush()
                dropped.append(DroppedText(rule: "horizontal rule", text: trimmed, sourceLine: lineNumber))
                continue
            }
            let plain = form.text
            if plain.isEmpty {
                if form.isHeading || MarkdownInline.isLinkOnly(trimmed) {
                    dropped.append(DroppedText(rule: "empty link or heading", text: trimmed, sourceLine: lineNumber))
                }
                continue
            }
            let atTop = blocks.count + (pending.isEmpty ? 0 : 1) <= 1
            if plain == previousText, atTop || form.isHeading || previousWasHeading {
                dropped.append(DroppedText(rule: "repeated line", text: trimmed, sourceLine: lineNumber))
                continue
            }
            previousText = plain
            previousWasHeading = form.isHeading
            if form.isHeading {
                flush()
                blocks.append(CleanBlock(text: plain, isHeading: true, isLinkOnly: MarkdownInline.isLinkOnly(form.body), sourceLine: lineNumber))
            } else {
                pending.append((plain, trimmed, lineNumber))
            }
        }
        flush()
        return blocks
    }

    /// What one trimmed line becomes: its plain text, whether it was a heading or a rule, and the
    /// Markdown body the text came from. Repeated until the text reads the same again ("# # Title",
    /// "\\# Title" and "> > quote" leave text that is itself a heading or a quotation line), so that
    /// cleaning the clean text finds nothing left to do.
    static func lineForm(_ trimmed: String) -> (text: String, body: String, isHeading: Bool, isRule: Bool) {
        var text = trimmed
        var firstBody: String?
        var isHeading = false
        for _ in 0..<maximumRounds {
            if isRule(text) { return (text, firstBody ?? text, isHeading, true) }
            let heading = headingBody(text)
            var body = heading ?? text
            if body.hasPrefix("> ") || body == ">" { body = String(body.dropFirst()).trimmingSpaces() }
            if firstBody == nil { firstBody = body }
            isHeading = isHeading || heading != nil
            let next = MarkdownInline.settled(body)
            if next == text { break }
            text = next
        }
        return (text, firstBody ?? text, isHeading, false)
    }

    /// Each round removes characters; real lines settle in one or two.
    private static let maximumRounds = 16

    /// Splits at line feeds by bytes (no grapheme breaking: line ends are already `\n` only).
    private static func lines(of text: String) -> [String] {
        var result: [String] = []
        var start = text.utf8.startIndex
        var index = start
        while index < text.utf8.endIndex {
            if text.utf8[index] == 0x0A {
                result.append(String(text[start..<index]))
                start = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        result.append(String(text[start..<text.utf8.endIndex]))
        return result
    }

    /// Lines of one block are a hard-wrapped paragraph when every line but the last is short; long
    /// lines with no blank line between them are paragraphs of their own.
    private static func joinHardWrapped(_ lines: [String]) -> [String] {
        guard lines.count > 1 else { return lines }
        let wrapped = lines.dropLast().allSatisfy { $0.utf8.count <= 100 || $0.unicodeScalars.count <= 100 }
        guard wrapped else { return lines }
        // Joined as `MarkdownInline` spaces a line: no space before closing punctuation, so the
        // joined paragraph is already what cleaning it again would make of it.
        var joined = lines[0]
        for line in lines.dropFirst() {
            if let first = line.unicodeScalars.first, !MarkdownInline.isClosingPunctuation(first) { joined += " " }
            joined += line
        }
        // Marks at the end of one line and the start of the next can pair once joined.
        return [lineForm(joined).text]
    }

    private static func isRule(_ line: String) -> Bool {
        guard let first = line.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
            || first == UInt8(ascii: "_") || first == UInt8(ascii: "=") else { return false }
        let compact = line.unicodeScalars.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, first == "-" || first == "*" || first == "_" || first == "=" else { return false }
        return compact.allSatisfy { $0 == first }
    }

    /// The text of an ATX heading (`## Title`), or nil.
    private static func headingBody(_ line: String) -> String? {
        var level = 0
        for scalar in line.unicodeScalars {
            guard scalar == "#" else { break }
            level += 1
        }
        guard level >= 1, level <= 6 else { return nil }
        let rest = line.unicodeScalars.dropFirst(level)
        guard let first = rest.first, first == " " else { return nil }
        var body = String(String.UnicodeScalarView(rest)).trimmingSpaces()
        while body.hasSuffix("#") { body.removeLast() }
        return body.trimmingSpaces()
    }
}

extension String {
    /// Trims spaces and no-break spaces at both ends (no Foundation needed).
    func trimmingSpaces() -> String {
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !CharacterClass.isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !CharacterClass.isWhitespace($0) })!
        return String(scalars[first...last])
    }
}
