/// Aligns the paragraphs of two articles: monotonic (order kept), with gaps on either side, and
/// one-to-many where a paragraph was split in two. Candidate pairs come from an index of each
/// paragraph's most distinctive stems, so only paragraphs that share rare words are ever compared;
/// the best order-keeping chain of candidates is found in O(P log n) with a Fenwick tree of prefix
/// maxima instead of an n×m table.
public struct AlignedPair: Sendable, Hashable {
    /// Paragraph indices in A and B.
    public var a: Int
    public var b: Int
    public var score: Double
}

enum ParagraphAligner {
    static let pairThreshold = 0.25
    static let splitThreshold = 0.2
    static let candidatesPerParagraph = 6
    static let distinctiveStems = 10

    static func align(_ a: [ParagraphVector], _ b: [ParagraphVector]) -> [AlignedPair] {
        let candidates = candidatePairs(a, b)
        var chain = bestChain(candidates, columns: b.count)
        addSplits(&chain, a, b)
        return chain.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    private static func candidatePairs(_ a: [ParagraphVector], _ b: [ParagraphVector]) -> [AlignedPair] {
        var postings: [String: [Int]] = [:]
        for (index, vector) in b.enumerated() {
            for stem in vector.distinctive(distinctiveStems) { postings[stem, default: []].append(index) }
        }
        var pairs: [AlignedPair] = []
        for (i, vector) in a.enumerated() {
            var seen = Set<Int>()
            for stem in vector.distinctive(distinctiveStems) {
                guard let list = postings[stem], list.count <= max(50, b.count / 20) else { continue }
                seen.formUnion(list)
            }
            let scored = seen.map { AlignedPair(a: i, b: $0, score: vector.cosine(b[$0])) }
                .filter { $0.score >= pairThreshold }
                .sorted { $0.score > $1.score }
                .prefix(candidatesPerParagraph)
            pairs.append(contentsOf: scored)
        }
        return pairs
    }

    /// The chain of pairs with strictly increasing a and b and the largest total score.
    private static func bestChain(_ pairs: [AlignedPair], columns: Int) -> [AlignedPair] {
        guard !pairs.isEmpty, columns > 0 else { return [] }
        let ordered = pairs.sorted { $0.a != $1.a ? $0.a < $1.a : $0.b > $1.b }
        var tree = [(score: Double, index: Int)](repeating: (0, -1), count: columns + 1)
        var best = [Double](repeating: 0, count: ordered.count)
        var previous = [Int](repeating: -1, count: ordered.count)
        var start = 0
        while start < ordered.count {
            var end = start
            while end < ordered.count, ordered[end].a == ordered[start].a { end += 1 }
            for index in start..<end {
                let (score, from) = query(tree, ordered[index].b)
                best[index] = score + ordered[index].score
                previous[index] = from
            }
            for index in start..<end { update(&tree, ordered[index].b + 1, best[index], index) }
            start = end
        }
        var last = best.indices.max { best[$0] < best[$1] }!
        var chain: [AlignedPair] = []
        while last >= 0 {
            chain.append(ordered[last])
            last = previous[last]
        }
        return chain.reversed()
    }

    /// Prefix maximum over columns 1...b (i.e. B paragraphs before `b`).
    private static func query(_ tree: [(score: Double, index: Int)], _ b: Int) -> (Double, Int) {
        var position = b
        var best: (Double, Int) = (0, -1)
        while position > 0 {
            if tree[position].score > best.0 { best = (tree[position].score, tree[position].index) }
            position -= position & -position
        }
        return best
    }

    private static func update(_ tree: inout [(score: Double, index: Int)], _ column: Int, _ score: Double, _ index: Int) {
        var position = column
        while position < tree.count {
            if score > tree[position].score { tree[position] = (score, index) }
            position += position & -position
        }
    }

    /// A paragraph left out of the chain whose neighbour's partner it resembles is the other half of a
    /// split: it joins that partner.
    private static func addSplits(_ chain: inout [AlignedPair], _ a: [ParagraphVector], _ b: [ParagraphVector]) {
        let partnerOfA = Dictionary(chain.map { ($0.a, $0.b) }, uniquingKeysWith: { first, _ in first })
        let partnerOfB = Dictionary(chain.map { ($0.b, $0.a) }, uniquingKeysWith: { first, _ in first })
        var added: [AlignedPair] = []
        for i in a.indices where partnerOfA[i] == nil {
            for neighbour in [i - 1, i + 1] {
                guard let j = partnerOfA[neighbour] else { continue }
                let score = a[i].cosine(b[j])
                if score >= splitThreshold { added.append(AlignedPair(a: i, b: j, score: score)); break }
            }
        }
        for j in b.indices where partnerOfB[j] == nil {
            for neighbour in [j - 1, j + 1] {
                guard let i = partnerOfB[neighbour] else { continue }
                let score = a[i].cosine(b[j])
                if score >= splitThreshold { added.append(AlignedPair(a: i, b: j, score: score)); break }
            }
        }
        chain += added
    }
}
