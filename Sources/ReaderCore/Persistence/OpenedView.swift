/// What the reader shows, by the files it shows: the view a start asks for (`crossread read FILE`,
/// `crossread compare A B`) and the view quitting remembers for the next start.
public enum OpenedView: Equatable, Sendable {
    case library
    case reading(String)
    case compare(String, String)
}
