/// Word differences within an aligned pair: each word on each side is shared with the other side,
/// replaced (a changed run facing a changed run), or only on its side. Words compare by stem, so an
/// inflection change counts as shared; the diff is a longest common subsequence over the words.
public enum DiffKind: String, Sendable, Hashable {
    case shared, replaced, only
}

public struct DiffSpan: Sendable, Hashable {
    public var span: TextSpan
    public var kind: DiffKind
}

public struct WordDiff: Sendable, Hashable {
    public var a: [DiffSpan]
    public var b: [DiffSpan]

    /// Past this many word pairs a diff may take too long (its cost grows with both lengths times the
    /// number of changes), and shared words are judged by sets instead.
    static let cellLimit = 4_000_000

    public static func between(_ first: Article, _ firstSpan: TextSpan, _ second: Article, _ secondSpan: TextSpan) -> WordDiff {
        let left = words(first, firstSpan)
        let right = words(second, secondSpan)
        guard left.count * right.count <= cellLimit else { return bySets(left, right) }
        // The standard library's diff (Myers) finds the longest common subsequence: the words neither
        // removed from the left nor inserted on the right are shared, in order.
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in right.map(\.stem).difference(from: left.map(\.stem)) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        let n = left.count, m = right.count
        var a: [DiffSpan] = [], b: [DiffSpan] = []
        var pendingA: [TextSpan] = [], pendingB: [TextSpan] = []
        func flush() {
            let kind: DiffKind = !pendingA.isEmpty && !pendingB.isEmpty ? .replaced : .only
            a += pendingA.map { DiffSpan(span: $0, kind: kind) }
            b += pendingB.map { DiffSpan(span: $0, kind: kind) }
            pendingA.removeAll()
            pendingB.removeAll()
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, removed.contains(i) {
                pendingA.append(left[i].span)
                i += 1
            } else if j < m, inserted.contains(j) {
                pendingB.append(right[j].span)
                j += 1
            } else {
                flush()
                a.append(DiffSpan(span: left[i].span, kind: .shared))
                b.append(DiffSpan(span: right[j].span, kind: .shared))
                i += 1
                j += 1
            }
        }
        flush()
        return WordDiff(a: a, b: b)
    }

    private struct Word { var stem: String; var span: TextSpan }

    private static func words(_ article: Article, _ span: TextSpan) -> [Word] {
        var result: [Word] = []
        var index = article.sentenceIndex(containing: span.start).map { article.sentences[$0].tokens.lowerBound } ?? 0
        while index < article.tokens.count, article.tokens[index].span.start < span.end {
            let token = article.tokens[index]
            if token.kind != .punctuation, token.span.start >= span.start {
                result.append(Word(stem: Stemmer.stem(article.text(of: token.span)), span: token.span))
            }
            index += 1
        }
        return result
    }

    /// For paragraphs too long to diff: a word is shared when the other side has it at all.
    private static func bySets(_ left: [Word], _ right: [Word]) -> WordDiff {
        let leftStems = Set(left.map(\.stem)), rightStems = Set(right.map(\.stem))
        return WordDiff(a: left.map { DiffSpan(span: $0.span, kind: rightStems.contains($0.stem) ? .shared : .only) },
                        b: right.map { DiffSpan(span: $0.span, kind: leftStems.contains($0.stem) ? .shared : .only) })
    }
}
