/// Every key, per view, as the help overlay lists them.
public enum KeyBindings {
    public static let everywhere: [(String, String)] = [
        ("?  F1", "this help"), ("q  Esc", "back, or quit from the first view"), ("Ctrl-C", "quit"),
    ]

    public static let library: [(String, String)] = [
        ("j k  ↓ ↑", "move"), ("Space b  PgDn PgUp", "page"), ("g G  Home End", "first / last"),
        ("Enter  l", "read the article"), ("c", "mark for comparison (two opens them side by side)"),
        ("s", "sort by title, date, file"), ("/", "filter by title, author or file"),
        ("Esc", "clear the mark, then the filter, before it quits"),
    ]

    public static let reading: [(String, String)] = [
        ("j k  ↓ ↑", "scroll a line"), ("Space b  PgDn PgUp", "scroll a page"), ("d u", "half a page"),
        ("g G  Home End", "top / bottom"), ("/", "search (folds case, accents, quotes; .*[]| make a regex)"), ("n N", "next / previous match"),
        ("] [", "next / previous quotation"), ("} {", "same speaker's next / previous quotation (any article)"),
        ("s", "speakers in the library"), ("a", "actors in this article"), ("x", "cross-references of what is focused"),
        ("t", "threads across the library"), ("Backspace  o", "back along the jump list"),
    ]

    public static let compare: [(String, String)] = [
        ("j k  Space b  g G", "scroll"), ("=", "scroll the panes together or separately"), ("Tab", "switch the active pane"),
        ("] [  n N", "next / previous aligned passage"), ("r", "read the active pane's article from here"),
    ]

    public static let lists: [(String, String)] = [
        ("j k  ↓ ↑", "move"), ("Enter", "go there"), ("q  Esc", "close the list"),
    ]
}
