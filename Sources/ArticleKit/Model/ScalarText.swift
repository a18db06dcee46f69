/// The clean text as an array of Unicode scalars: the unit every offset in ArticleKit counts in.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }
    public init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    public func string(_ span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        // Encoded to UTF-8 in one buffer: appending scalars to a String's view costs thousands of
        // instructions a call whatever the length, and this is called for every word.
        return String(unsafeUninitializedCapacity: (upper - lower) * 4) { buffer in
            var count = 0
            for index in lower..<upper {
                UTF8.encode(scalars[index]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
