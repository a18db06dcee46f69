/// What the reader remembers between runs: the reading position of every article and the last view,
/// and the text format it is saved in. The file itself is read and written by the shell
/// (`SavedStateFile` in ReaderFiles): ReaderCore does no I/O.
public struct SavedState: Equatable, Sendable {
    public var positions: [String: Int] = [:]
    public var view: OpenedView
    /// The library's sort and the article its selection was on (by path).
    public var sort: LibraryState.Sort?
    public var selected: String?

    public init(positions: [String: Int] = [:], view: OpenedView = .library, sort: LibraryState.Sort? = nil, selected: String? = nil) {
        self.positions = positions
        self.view = view
        self.sort = sort
        self.selected = selected
    }

    static let header = "crossread-state 1"

    /// The state a file's text describes, or nil when it is not a state file or a line is damaged.
    public init?(parsing text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first.map(String.init) == Self.header else { return nil }
        lines.removeFirst()
        self.init()
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("pos", 3):
                guard let offset = Int(fields[1]), offset >= 0 else { return nil }
                positions[fields[2]] = offset
            case ("read", 2): view = .reading(fields[1])
            case ("compare", 3): view = .compare(fields[1], fields[2])
            case ("sort", 2): sort = LibraryState.Sort(rawValue: fields[1])
            case ("selected", 2): selected = fields[1]
            default: return nil
            }
        }
    }

    /// The file's text: `SavedState(parsing:)` reads it back.
    public var serialized: String {
        var text = Self.header + "\n"
        switch view {
        case .reading(let file): text += "read\t\(file)\n"
        case .compare(let a, let b): text += "compare\t\(a)\t\(b)\n"
        case .library: break
        }
        if let sort { text += "sort\t\(sort.rawValue)\n" }
        if let selected, !selected.contains("\t"), !selected.contains("\n") { text += "selected\t\(selected)\n" }
        for (file, offset) in positions.sorted(by: { $0.key < $1.key }) where !file.contains("\t") && !file.contains("\n") {
            text += "pos\t\(offset)\t\(file)\n"
        }
        return text
    }
}
