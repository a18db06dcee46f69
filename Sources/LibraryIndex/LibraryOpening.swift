#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleFormats
import ArticleKit
import Dispatch
import Synchronization

/// Opening a library in two steps. `open` does only what the library's first screen needs: it lists
/// the files, takes each row from the index when the file's stamp is unchanged, and otherwise reads
/// the file and takes its title, author and date from the head and tail. `complete`, run in the
/// background, analyses what the index does not hold on every core, decodes what it does, and
/// writes the new analyses back. A large library keeps only summaries (no text) afterwards, so
/// memory stays proportional to what the reader shows; a small one keeps every text, which the
/// phrase threads need.
public struct LibraryOpening: Sendable {
    /// Above this much text (bytes), articles are kept as summaries and read again when opened.
    public static let keepTextLimit: Int64 = 8_000_000

    enum Work: Sendable {
        /// The index holds the analysis of this content.
        case cached(hash: UInt64, entry: LibraryIndex.Entry)
        /// Analyse the text, read now (for the row) or in the background.
        case analyse(ArticleSource?)
    }

    public private(set) var files: [LibraryLoader.File] = []
    /// The first screen's articles, in library order: summaries without text or findings.
    public private(set) var articles: [Article] = []
    public private(set) var problems: [LoadProblem] = []
    /// One-line warnings about the index (discarded, unwritable); each is said once.
    public private(set) var warnings: [String] = []
    public let keepsText: Bool
    /// How many of `articles` the index held when the library was opened.
    public private(set) var rowsFromIndex = 0
    private var work: [Work] = []
    private var index: LibraryIndex?
    /// An index not yet written: created by `complete`, after the first screen, not before it.
    private var indexToCreate: String?

    /// Analyses still to run or decode in `complete`.
    public var pending: Int { work.count }

    public static func open(paths: [String], indexPath: String?, keepTextLimit: Int64 = keepTextLimit) -> LibraryOpening {
        let listing = LibraryLoader.files(paths: paths)
        let total = listing.files.reduce(Int64(0)) { $0 + $1.stamp.size }
        var opening = LibraryOpening(keepsText: total <= keepTextLimit)
        opening.problems = listing.problems
        if let indexPath, access(indexPath, F_OK) != 0 {
            opening.indexToCreate = indexPath
        } else if let indexPath {
            let opened = LibraryIndex.open(at: indexPath)
            opening.index = opened.index
            if let warning = opened.warning { opening.warnings.append(warning) }
        }
        var hashes: [String: UInt64] = [:]
        var entries: [UInt64: LibraryIndex.Entry] = [:]
        if let index = opening.index {
            do {
                hashes = try index.hashes(of: listing.files)
                entries = try index.entries()
            } catch {
                opening.discardIndex(because: error)
            }
        }
        // Files the index does not vouch for are read and summarised on every core.
        let unknown = listing.files.indices.filter { hashes[listing.files[$0].path].flatMap { entries[$0] } == nil }
        let known = entries
        let read = ParallelMap.map(unknown.count) { position -> (Result<ArticleSource, LoadProblem>, UInt64, Article?) in
            let result = ArticleFile.read(file: listing.files[unknown[position]].path)
            guard case .success(let source) = result else { return (result, 0, nil) }
            let hash = ContentHash.of(source.text)
            return (result, hash, known[hash] == nil ? MetadataSummary.summary(of: source, contentHash: hash) : nil)
        }
        let readOf = Dictionary(uniqueKeysWithValues: zip(unknown, read))
        for (position, file) in listing.files.enumerated() {
            guard let (result, hash, row) = readOf[position] else {
                let hash = hashes[file.path]!, entry = entries[hash]!
                opening.rowsFromIndex += 1
                opening.add(file, row: summary(file.path, hash, entry), work: opening.keepsText ? .analyse(nil) : .cached(hash: hash, entry: entry))
                continue
            }
            switch result {
            case .failure(let problem):
                opening.problems.append(problem)
            case .success(let source):
                if let row {
                    opening.add(file, row: row, work: .analyse(source))
                } else if let entry = entries[hash] {
                    opening.rowsFromIndex += 1
                    opening.add(file, row: summary(file.path, hash, entry), work: opening.keepsText ? .analyse(source) : .cached(hash: hash, entry: entry))
                }
            }
        }
        return opening
    }

    private static func summary(_ path: String, _ hash: UInt64, _ entry: LibraryIndex.Entry) -> Article {
        var article = Article.summary(path: path, metadata: entry.metadata, wordCount: entry.words, contentHash: hash, quotes: [],
                                      actors: [], mentions: [], warnings: [], hasFindings: false)
        article.pendingCounts = (entry.quotes, entry.actors)
        return article
    }

    /// The text of the article at `index` of `articles` when the opening already read it (an article
    /// the index did not know): the first screen shows it without reading the file again.
    public func sourceRead(of index: Int) -> ArticleSource? {
        guard work.indices.contains(index), case .analyse(let source?) = work[index] else { return nil }
        return source
    }

    private mutating func add(_ file: LibraryLoader.File, row: Article, work item: Work) {
        files.append(file)
        articles.append(row)
        work.append(item)
    }

    private mutating func discardIndex(because error: Error) {
        index?.discard()
        warnings.append("discarded the index (\(error)); it is rebuilt on the next start")
        index = nil
    }

    /// The fully analysed library in the same order as `articles`: summaries with findings for a large
    /// library, whole articles for a small one. Runs on `workers` threads; `progress` counts articles.
    /// New analyses reach the index in batches as they finish (`IndexBatches`); the call returns once
    /// the last batch is committed, so whoever waits for it knows the index is durable.
    public func complete(progress: AnalysisProgress? = nil, workers: Int = LibraryOpening.cores) -> (articles: [Article], warnings: [String]) {
        let progress = progress ?? AnalysisProgress(total: work.count)
        var warnings: [String] = []
        let results = Slots(count: work.count)
        let keepsText = keepsText
        let work = work, files = files, rows = articles
        var opened = index
        if let path = indexToCreate {
            let created = LibraryIndex.open(at: path)
            opened = created.index
            if let warning = created.warning { warnings.append(warning) }
        }
        let index = opened
        let batches = index.map { IndexBatches(index: $0, progress: progress) }
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, work.count))) { _ in
            while let item = results.claim() {
                var article = rows[item]
                switch work[item] {
                case .cached(let hash, let entry):
                    do {
                        guard let index else { throw LibraryIndex.Failure(description: "no index") }
                        article = try index.summary(hash: hash, path: files[item].path, entry: entry)
                    } catch {
                        results.fail(error)
                        article = Self.analyse(path: files[item].path, source: nil, keepsText: keepsText) ?? rows[item]
                        batches?.add(files[item], article)
                    }
                case .analyse(let source):
                    if let analysed = Self.analyse(path: files[item].path, source: source, keepsText: keepsText) {
                        article = analysed
                        batches?.add(files[item], article)
                    }
                }
                results.set(item, article)
                progress.advance()
            }
        }
        if let failure = results.failure {
            index?.discard()
            warnings.append("discarded the index (\(failure)); it is rebuilt on the next start")
        } else if let index, let batches {
            do {
                try batches.finish()
                try index.keepOnly(paths: files.map(\.path))
            } catch {
                index.discard()
                warnings.append("could not update the index (\(error)); it is rebuilt on the next start")
            }
        }
        let finished = results.values
        return (finished.indices.map { finished[$0] ?? rows[$0] }, warnings)
    }

    private static func analyse(path: String, source: ArticleSource?, keepsText: Bool) -> Article? {
        let text: ArticleSource
        if let source {
            text = source
        } else if case .success(let read) = ArticleFile.read(file: path) {
            text = read
        } else {
            return nil
        }
        let article = ArticleAnalyzer.analyze(text, depth: .full)
        return keepsText ? article : article.withoutText()
    }

    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// One result per article, written by whichever worker claimed it.
private final class Slots: Sendable {
    private struct State {
        var values: [Article?]
        var next = 0
        var failure: String?
    }

    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(values: Array(repeating: nil, count: count))) }

    var values: [Article?] { state.withLock { $0.values } }
    var failure: String? { state.withLock { $0.failure } }

    func claim() -> Int? {
        state.withLock { state in
            guard state.next < state.values.count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    func set(_ index: Int, _ article: Article) { state.withLock { $0.values[index] = article } }

    func fail(_ error: Error) { state.withLock { if $0.failure == nil { $0.failure = "\(error)" } } }
}
