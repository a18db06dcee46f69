import Algorithms
/// Aligns the paragraphs of two articles: monotonic (order kept), with gaps on either side, and
/// one-to-many where a paragraph was split in two or more. Candidate pairs come from an index of each
/// paragraph's most distinctive stems, so only paragraphs that share rare words are ever compared
/// (at most six partners each); the heaviest order-keeping chain of candidates is found in
/// O(P log n) with a Fenwick tree of prefix maxima instead of an n×m table.
public struct AlignedPair: Sendable, Hashable {
    /// Paragraph indices in A and B.
    public var a: Int
    public var b: Int
    public var score: Double
}

enum ParagraphAligner {
    static let pairThreshold = 0.25
    static let titleThreshold = 0.1
    static let candidatesPerParagraph = 6
    static let distinctiveStems = 10
    /// How far from the diagonal a common stem's partners are looked for.
    static let diagonalWindow = 40
    /// Partners scored exactly per paragraph, best tallies first.
    static let shortlistSize = 16
    /// Below this many content stems a paragraph is too short for "contained in" to mean anything.
    static let minimumFragmentStems = 8
    /// A paragraph's further partners must score at least this share of its best one.
    static let secondaryPartnerShare = 0.5

    static func align(_ a: [ParagraphVector], _ b: [ParagraphVector]) -> [AlignedPair] {
        var candidates = candidatePairs(a, b)
        let seen = Set(candidates.map { [$0.a, $0.b] })
        candidates += candidatePairs(b, a).map { AlignedPair(a: $0.b, b: $0.a, score: $0.score) }.filter { !seen.contains([$0.a, $0.b]) }
        if let first = a.first, let other = b.first, !candidates.contains(where: { $0.a == 0 && $0.b == 0 }) {
            let score = similarity(first, other)
            if score >= titleThreshold { candidates.append(AlignedPair(a: 0, b: 0, score: score)) }
        }
        return pruneWeakPartners(bestChain(candidates, columns: b.count))
    }

    /// In a one-to-many group, a partner far weaker than the paragraph's best one is a coincidence of
    /// vocabulary, not a split.
    private static func pruneWeakPartners(_ chain: [AlignedPair]) -> [AlignedPair] {
        var bestOfA: [Int: Double] = [:], bestOfB: [Int: Double] = [:]
        for pair in chain {
            bestOfA[pair.a] = max(bestOfA[pair.a] ?? 0, pair.score)
            bestOfB[pair.b] = max(bestOfB[pair.b] ?? 0, pair.score)
        }
        return chain.filter {
            $0.score >= secondaryPartnerShare * bestOfA[$0.a]! && $0.score >= secondaryPartnerShare * bestOfB[$0.b]!
        }
    }

    /// Cosine, or, for a paragraph split off a longer one, how much of the shorter paragraph's weight
    /// the longer one holds (discounted, so that whole-paragraph matches still rank first).
    static func similarity(_ first: ParagraphVector, _ second: ParagraphVector) -> Double {
        let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
        guard shorter.count >= minimumFragmentStems else { return first.cosine(second) }
        return max(first.cosine(second), 0.75 * min(1, shorter.containment(in: longer)))
    }

    /// Candidates per paragraph of A: B paragraphs holding its distinctive stems, tallied by those
    /// stems' weights; only the best-tallied get an exact score. Run both ways, so a short fragment
    /// finds the long paragraph it was split from even when its words are not among the long one's
    /// most distinctive.
    private static func candidatePairs(_ a: [ParagraphVector], _ b: [ParagraphVector]) -> [AlignedPair] {
        var postings: [Int32: [Int]] = [:]
        for (index, vector) in b.enumerated() {
            for id in vector.ids { postings[id, default: []].append(index) }
        }
        var pairs: [AlignedPair] = []
        let limit = max(50, b.count / 20)
        var tally = [Double](repeating: 0, count: b.count)
        var touched: [Int] = []
        for (i, vector) in a.enumerated() {
            let expected = a.count <= 1 ? 0 : i * max(0, b.count - 1) / (a.count - 1)
            for (id, weight) in vector.distinctive(distinctiveStems) {
                guard let list = postings[id] else { continue }
                let reachable = list.count <= limit ? list[...] : nearby(list, expected, window: diagonalWindow)
                for j in reachable {
                    if tally[j] == 0 { touched.append(j) }
                    tally[j] += weight
                }
            }
            let shortlist = touched.sorted { tally[$0] != tally[$1] ? tally[$0] > tally[$1] : $0 < $1 }.prefix(shortlistSize)
            let scored = shortlist.map { AlignedPair(a: i, b: $0, score: similarity(vector, b[$0])) }
                .filter { $0.score >= pairThreshold }
                .sorted { $0.score > $1.score }
                .prefix(candidatesPerParagraph)
            pairs.append(contentsOf: scored)
            for j in touched { tally[j] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }

    /// Entries of a sorted postings list within `window` of `center`: for a stem too common to follow
    /// everywhere, only partners near where the paragraph should sit are considered.
    private static func nearby(_ list: [Int], _ center: Int, window: Int) -> ArraySlice<Int> {
        let low = list.partitioningIndex { $0 >= center - window }
        var end = low
        while end < list.count, list[end] <= center + window { end += 1 }
        return list[low..<end]
    }

    /// The heaviest chain of pairs whose a and b never decrease (and never both stay): paragraphs keep
    /// their order, and one paragraph may face several consecutive ones on the other side.
    private static func bestChain(_ pairs: [AlignedPair], columns: Int) -> [AlignedPair] {
        guard !pairs.isEmpty, columns > 0 else { return [] }
        let ordered = pairs.sorted { $0.a != $1.a ? $0.a < $1.a : $0.b < $1.b }
        var tree = [(score: Double, index: Int)](repeating: (0, -1), count: columns + 1)
        var best = [Double](repeating: 0, count: ordered.count)
        var previous = [Int](repeating: -1, count: ordered.count)
        for index in ordered.indices {
            let (score, from) = query(tree, ordered[index].b + 1)
            best[index] = score + ordered[index].score
            previous[index] = from
            update(&tree, ordered[index].b + 1, best[index], index)
        }
        var last = best.indices.max { best[$0] < best[$1] }!
        var chain: [AlignedPair] = []
        while last >= 0 {
            chain.append(ordered[last])
            last = previous[last]
        }
        return chain.reversed()
    }

    /// Prefix maximum over columns 1...column.
    private static func query(_ tree: [(score: Double, index: Int)], _ column: Int) -> (Double, Int) {
        var position = column
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
}
