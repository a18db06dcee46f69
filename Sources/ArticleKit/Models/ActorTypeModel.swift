/// The learned actor typer as one versioned weight file: a linear scorer per kind (person,
/// organisation, place) over the features of a recognised name, trained on
/// CoreNLP's automatic entity labels of the PolNeAR training articles. `ActorTypeWeights.generated.swift`
/// holds the file; `swift run -c release crossread-train ../shared/polnear/train` writes it again,
/// together with the attribution weights (the same bytes from any build).
///
/// The file is text: a header line `crossread-actor-types VERSION`, `#` comment lines (provenance),
/// then `r KIND BITS` (the margin to overrule the rules' kind 0, 1 or 2), `n KEY` (a first name) and
/// `w KEY BITS` (a weight) a line: KEY is a `WordKey`, or a feature key already joined with its kind
/// (`ActorTypeModel.key`); BITS is a Float's bit pattern; both in hex.
public struct ActorTypeModel: Sendable {
    public static let formatVersion = 1

    /// What CoreNLP calls a name; `none` is a capitalised run it gives no entity class ("African-American"),
    /// which the typer does not learn (see `ActorTyping`).
    public enum Label: Int, CaseIterable, Sendable {
        case person, organization, place, none

        public static let kinds: [Label] = [.person, .organization, .place]

        public var kind: ActorKind? {
            switch self {
            case .person: .person
            case .organization: .organization
            case .place: .place
            case .none: nil
            }
        }

        public init(_ kind: ActorKind?) {
            switch kind {
            case .person: self = .person
            case .organization: self = .organization
            case .place: self = .place
            case nil: self = .none
            }
        }
    }

    public let weights: LinearModel
    /// Words that open personal names in the training articles, by `WordKey`: a first-name list
    /// counted from CoreNLP's PERSON runs, far longer than the gendered names of `AttributionModel`.
    public let firstNames: Set<UInt64>
    /// How far the typer's best kind must lead the rules' person, organisation and place (per name).
    public let margins: [Float]
    public let version: String

    public init(weights: LinearModel, firstNames: Set<UInt64> = [], margins: [Float] = [0, 0, 0], version: String) {
        self.weights = weights
        self.firstNames = firstNames
        self.margins = margins
        self.version = version
    }

    /// The model shipped with crossread; empty (every name keeps the rules' kind) if the file is unreadable.
    public static let shared: ActorTypeModel = (try? parse(weightsText)) ?? ActorTypeModel(weights: LinearModel(), version: "none")

    public var isEmpty: Bool { weights.isEmpty }

    /// A feature's key for one class.
    @inline(__always)
    public static func key(_ feature: UInt64, _ label: Label) -> UInt64 {
        var mixed = feature &+ UInt64(label.rawValue + 1) &* 0xD6E8_FEB8_6659_FD93
        mixed = (mixed ^ (mixed >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return mixed ^ (mixed >> 29)
    }

    /// One score per kind, in `Label` order.
    public func scores(_ features: [UInt64]) -> [Float] { Self.scores(features, weight: weights.weight) }

    /// One score per kind, with weights from `weight` (a trainer's perceptron while it learns).
    static func scores(_ features: [UInt64], weight: (UInt64) -> Float) -> [Float] {
        Label.kinds.map { label in
            var total: Float = 0
            for feature in features { total += weight(Self.key(feature, label)) }
            return total
        }
    }

    public static func parse(_ text: String) throws -> ActorTypeModel {
        var keys: [UInt64] = [], weights: [Float] = [], firstNames = Set<UInt64>(), margins: [Float] = [0, 0, 0]
        let version = try WeightFile.read(text, magic: "crossread-actor-types", isNot: "not an actor type weight file") { lineNumber, tag, fields in
            if tag == UInt8(ascii: "n"), fields.count == 1, let key = fields.first {
                firstNames.insert(key)
            } else if tag == UInt8(ascii: "r"), fields.count == 2, let kind = fields.first, kind < 3, let margin = fields.secondWeight {
                margins[Int(kind)] = margin
            } else if tag == UInt8(ascii: "w"), fields.count == 2, let key = fields.first, let weight = fields.secondWeight {
                keys.append(key)
                weights.append(weight)
            } else {
                throw WeightFile.FormatError(description: "line \(lineNumber): bad entry")
            }
        }
        return ActorTypeModel(weights: LinearModel(keys: keys, values: weights), firstNames: firstNames, margins: margins, version: version)
    }

    /// The file text, entries sorted so that the same model always writes the same bytes.
    public func serialized(provenance: [String]) -> String {
        var lines = ["crossread-actor-types \(version)"]
        lines += provenance.map { "# " + $0 }
        lines += margins.enumerated().map { "r \($0.offset) \(WeightFile.hex($0.element))" }
        lines += firstNames.sorted().map { "n " + WeightFile.hex($0) }
        let weights = weights.weights
        for key in weights.keys.sorted() { lines.append("w \(WeightFile.hex(key)) \(WeightFile.hex(weights[key]!))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
