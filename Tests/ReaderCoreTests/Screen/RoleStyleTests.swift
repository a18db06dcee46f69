import Testing
@testable import ReaderCore

@Suite("Role styles")
struct RoleStyleTests {
    /// The roles a reader must tell apart on one screen of the reading or compare view.
    static let distinct: [Role] = [.speech, .term, .speaker, .person, .organization, .place, .match, .focus, .diffReplaced, .diffOnly, .variant]

    @Test(arguments: RoleStyle.Depth.allCases)
    func contentRolesLookDifferentAtEveryDepth(_ depth: RoleStyle.Depth) {
        for (index, role) in Self.distinct.enumerated() {
            for other in Self.distinct[(index + 1)...] {
                #expect(RoleStyle.of(role, depth: depth) != RoleStyle.of(other, depth: depth), "\(role) and \(other) look the same at \(depth)")
            }
        }
    }

    @Test func underlineMeansNamedElsewhereEvenWithoutColour() {
        let underlined = Role.allCases.filter { RoleStyle.of($0, depth: .none).attributes.contains(.underline) }
        #expect(Set(underlined) == [.crossReference, .variant])
    }

    @Test func actorKindsAndTermsAreFarApartIn256Colours() {
        let colours = [Role.term, .person, .organization, .place, .speech].map { RoleStyle.of($0, depth: .full).foreground }
        #expect(Set(colours).count == colours.count)
        // Neighbouring cube colours (179/180, 75/81) were near twins.
        for (index, colour) in colours.enumerated() {
            for other in colours[(index + 1)...] { #expect(abs(Int(colour) - Int(other)) > 6) }
        }
    }
}
