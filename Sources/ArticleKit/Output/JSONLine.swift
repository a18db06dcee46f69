/// One JSON object on one line with its keys in the order they are added, so `"type"` comes first as
/// the CLI contract asks (JSONEncoder does not keep key order).
public struct JSONLine: Sendable {
    private var fields: [String] = []

    public init(type: String) { add("type", type) }

    public mutating func add(_ key: String, _ value: String?) {
        fields.append(Self.quoted(key) + ":" + (value.map(Self.quoted) ?? "null"))
    }

    public mutating func add(_ key: String, _ value: Int) {
        fields.append(Self.quoted(key) + ":" + String(value))
    }

    public mutating func add(_ key: String, _ value: Int?) {
        fields.append(Self.quoted(key) + ":" + (value.map { String($0) } ?? "null"))
    }

    public mutating func add(_ key: String, _ value: Double) {
        let rounded = (value * 1000).rounded() / 1000
        fields.append(Self.quoted(key) + ":" + (rounded.isFinite ? "\(rounded)" : "null"))
    }

    public mutating func add(_ key: String, _ value: Bool) {
        fields.append(Self.quoted(key) + ":" + (value ? "true" : "false"))
    }

    public mutating func add(_ key: String, _ values: [String]) {
        fields.append(Self.quoted(key) + ":[" + values.map(Self.quoted).joined(separator: ",") + "]")
    }

    public var text: String { "{" + fields.joined(separator: ",") + "}" }

    public static func quoted(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        out.append("\"")
        return String(out)
    }
}
