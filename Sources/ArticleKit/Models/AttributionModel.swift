/// The learned parts of attribution, as one versioned weight file: the speaker scorer, the
/// speech-or-term classifier, the antecedent ranker for pronouns and definite descriptions, and the
/// word lists learned with them (reporting words, the head nouns of descriptor speakers, first names
/// news prose calls "he" or "she"). `AttributionWeights.generated.swift` holds the file; the command
/// `swift run -c release crossread-train ../shared/polnear/train` writes it again (the same bytes from any build).
///
/// The file is text: a header line `crossread-attribution VERSION`, `#` comment lines (provenance),
/// then one entry a line: `c KEY` (a cue word), `h KEY` (a descriptor head), `m KEY` / `f KEY` (a
/// first name referred to as he / as she), `s KEY BITS`, `k KEY BITS` and `a KEY BITS` (a weight of
/// the speaker, the kind and the antecedent model); KEY is a `WordKey` or `FeatureVector` key and
/// BITS a Float's bit pattern, both in hex.
public struct AttributionModel: Sendable {
    public static let formatVersion = 1

    public var speaker: LinearModel
    public var kind: LinearModel
    public var antecedent: LinearModel
    public var cueWords: Set<UInt64>
    public var descriptorHeads: Set<UInt64>
    /// First names that news prose refers to as "he" / as "she".
    public var gendered: GenderedNames
    public var version: String

    public init(speaker: LinearModel, kind: LinearModel, antecedent: LinearModel = LinearModel(), cueWords: Set<UInt64>,
                descriptorHeads: Set<UInt64>, gendered: GenderedNames = .none, version: String) {
        self.speaker = speaker
        self.kind = kind
        self.antecedent = antecedent
        self.cueWords = cueWords
        self.descriptorHeads = descriptorHeads
        self.gendered = gendered
        self.version = version
    }

    /// The model shipped with crossread.
    public static let shared: AttributionModel = (try? parse(weightsText)) ?? AttributionModel(
        speaker: LinearModel(), kind: LinearModel(), cueWords: [], descriptorHeads: [], version: "none")

    public typealias FormatError = WeightFile.FormatError

    public static func parse(_ text: String) throws -> AttributionModel {
        var speaker = ([UInt64](), [Float]()), kind = ([UInt64](), [Float]()), antecedent = ([UInt64](), [Float]())
        var cues = Set<UInt64>(), heads = Set<UInt64>(), male = Set<UInt64>(), female = Set<UInt64>()
        let version = try WeightFile.read(text, magic: "crossread-attribution", isNot: "not an attribution weight file") { lineNumber, tag, fields in
            guard fields.count >= 1, let key = fields.first else { throw FormatError(description: "line \(lineNumber): bad entry") }
            switch tag {
            case UInt8(ascii: "c"): cues.insert(key)
            case UInt8(ascii: "h"): heads.insert(key)
            case UInt8(ascii: "m"): male.insert(key)
            case UInt8(ascii: "f"): female.insert(key)
            case UInt8(ascii: "s"), UInt8(ascii: "k"), UInt8(ascii: "a"):
                guard fields.count == 2, let weight = fields.secondWeight else {
                    throw FormatError(description: "line \(lineNumber): bad weight")
                }
                switch tag {
                case UInt8(ascii: "s"): speaker.0.append(key); speaker.1.append(weight)
                case UInt8(ascii: "k"): kind.0.append(key); kind.1.append(weight)
                default: antecedent.0.append(key); antecedent.1.append(weight)
                }
            default:
                throw FormatError(description: "line \(lineNumber): unknown entry")
            }
        }
        return AttributionModel(speaker: LinearModel(keys: speaker.0, values: speaker.1), kind: LinearModel(keys: kind.0, values: kind.1),
                                antecedent: LinearModel(keys: antecedent.0, values: antecedent.1), cueWords: cues, descriptorHeads: heads,
                                gendered: GenderedNames(male: male, female: female), version: version)
    }

    /// The file text, entries sorted so that the same model always writes the same bytes.
    public func serialized(provenance: [String]) -> String {
        var lines = ["crossread-attribution \(version)"]
        lines += provenance.map { "# " + $0 }
        lines += cueWords.sorted().map { "c " + WeightFile.hex($0) }
        lines += descriptorHeads.sorted().map { "h " + WeightFile.hex($0) }
        lines += gendered.male.sorted().map { "m " + WeightFile.hex($0) }
        lines += gendered.female.sorted().map { "f " + WeightFile.hex($0) }
        for (tag, weights) in [("s", speaker.weights), ("k", kind.weights), ("a", antecedent.weights)] {
            for key in weights.keys.sorted() { lines.append("\(tag) \(WeightFile.hex(key)) \(WeightFile.hex(weights[key]!))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
