import Testing

/// Every output is a pure function of the input: two runs print the same bytes, and so does a run
/// that names the same files in another order (each process hashes with its own random seed, so an
/// order that leaked from a dictionary would show here).
@Suite("Determinism")
struct DeterminismTests {
    static let files = [
        "articles/the-right-time-for-america-to-lead-from-behind.txt",
        "articles/biden-orders-airstrikes-on-iran-backed-militants.txt",
        "articles/resurrection-of-real-allies-within-the-alliance.txt",
        "articles/is-biden-leading-from-behind-on-ukraine.txt",
        "articles/revitalizing-alliances-to-counter-terrorism.txt",
    ]

    @Test(arguments: [["list", "--json"], ["quotes", "--json"], ["actors", "--json"], ["threads", "--json"], ["compare", "--all", "--json"]])
    func twoRunsAndAnotherFileOrderPrintTheSameBytes(command: [String]) throws {
        let first = try CLIRunner.run(command + ["articles"])
        let second = try CLIRunner.run(command + ["articles"])
        let reordered = try CLIRunner.run(command + Self.files)
        #expect(first.status == 0 && !first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout == reordered.stdout)
    }
}
