/// A light suffix stemmer that folds the inflections phrase threads must see as one: "leading",
/// "lead" and "led" → "lead"; "red lines" and "red line"; "burden-sharing" and "burden sharing".
/// It only has to map forms of one word together consistently, not to produce real roots.
public enum Stemmer {
    static let irregular: [String: String] = [
        "led": "lead", "said": "say", "told": "tell", "went": "go", "gone": "go", "took": "take", "taken": "take",
        "made": "make", "fought": "fight", "brought": "bring", "thought": "think", "left": "leave", "held": "hold",
        "men": "man", "women": "woman", "children": "child", "people": "person", "wars": "war", "was": "be", "were": "be",
        "is": "be", "are": "be", "been": "be",
    ]

    public static func stem(_ word: String) -> String {
        var lower = TextFolding.fold(word)
        if lower.hasSuffix("'s") { lower.removeLast(2) }
        if lower.hasSuffix("'") { lower.removeLast() }
        if let known = irregular[lower] { return known }
        var stem = lower
        let length = stem.count
        if length > 4, stem.hasSuffix("ies") {
            stem = String(stem.dropLast(3)) + "y"
        } else if length > 5, stem.hasSuffix("ing") {
            stem = undouble(String(stem.dropLast(3)))
        } else if length > 4, stem.hasSuffix("ed") {
            stem = undouble(String(stem.dropLast(2)))
        } else if length > 4, stem.hasSuffix("es"), ["s", "x", "z", "h"].contains(stem.dropLast(2).last.map(String.init) ?? "") {
            stem = String(stem.dropLast(2))
        } else if length > 3, stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us"), !stem.hasSuffix("is") {
            stem = String(stem.dropLast())
        }
        if stem.count > 3, stem.hasSuffix("e") { stem.removeLast() }
        return stem
    }

    private static func undouble(_ stem: String) -> String {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count > 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
              !"lsz".unicodeScalars.contains(scalars[scalars.count - 1]) else { return stem }
        return String(String.UnicodeScalarView(scalars.dropLast()))
    }
}
