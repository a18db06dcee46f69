/// Every key, per view: the help overlay lists them and `crossread keys` prints them as the
/// README's table. A key the update functions accept and this table does not name is a bug.
public enum KeyBindings {
    public static let everywhere: [(String, String)] = [
        ("?  F1", "this help (j k Space b g G scroll it; q Esc ? close it)"), ("q  Esc", "back, or quit from the first view"),
        ("Ctrl-C", "quit"), ("Ctrl-L", "redraw"), ("Ctrl-Z", "suspend (fg resumes)"),
    ]

    public static let library: [(String, String)] = [
        ("j k  ↓ ↑  Ctrl-N Ctrl-P", "move"), ("Space b  PgDn PgUp", "page"), ("g G  Home End", "first / last"),
        ("Enter  l  →", "read the article"), ("c", "mark for comparison (two opens them side by side)"),
        ("s", "sort by title, date, file"), ("/", "filter by title, author or file"),
        ("Esc", "clear the mark, then the filter, before it quits"),
    ]

    public static let reading: [(String, String)] = [
        ("j k  ↓ ↑  Enter", "scroll a line (also Ctrl-N Ctrl-E, Ctrl-P Ctrl-Y)"),
        ("Space b  f  PgDn PgUp", "scroll a page (also Ctrl-F Ctrl-B)"), ("d u  Ctrl-D Ctrl-U", "half a page"),
        ("g G  < >  Home End", "top / bottom"), ("/", "search (folds case, accents, quotes; .*[]| make a regex)"), ("n N", "next / previous match"),
        ("] [", "next / previous quotation"), ("} {", "same speaker's next / previous quotation (any article)"),
        ("s", "speakers in the library"), ("a", "actors in this article"), ("x", "cross-references of what is focused"),
        ("t", "threads across the library"), ("Backspace  o", "back along the jump list"),
    ]

    public static let compare: [(String, String)] = [
        ("j k  ↓ ↑  Enter", "scroll a line (also Ctrl-N Ctrl-P)"), ("Space b  PgDn PgUp", "scroll a page (also Ctrl-F Ctrl-B)"),
        ("d u  Ctrl-D Ctrl-U", "half a page"), ("g G  < >  Home End", "top / bottom"), ("=", "scroll the panes together or separately"), ("Tab  Shift-Tab", "switch the active pane"),
        ("] [", "next / previous aligned pair (the status line says pair n/N)"),
        ("/  n N", "search the active pane; n N its next / previous match (else the next pair)"), ("r", "read the active pane's article from here"),
    ]

    /// Every view's keys as the README shows them: one row per view, `key` what it does.
    public static func markdownTable() -> String {
        let views = [("everywhere", everywhere), ("library", library), ("reading", reading), ("compare", compare), ("lists", lists)]
        var lines = ["| view | keys |", "| --- | --- |"]
        for (name, entries) in views {
            let cells = entries.map { keys, action in
                keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ") + " " + action.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
            }
            lines.append("| \(name) | " + cells.joined(separator: " · ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    public static let lists: [(String, String)] = [
        ("j k  ↓ ↑", "move (also Ctrl-N Ctrl-P)"), ("Space b  PgDn PgUp", "page"), ("g G  Home End", "first / last"),
        ("Enter  l  →", "go there"), ("/", "filter the list as you type (Esc clears)"), ("q  Esc", "close the list"),
    ]
}
