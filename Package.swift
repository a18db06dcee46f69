// swift-tools-version:6.1
import PackageDescription

// Built and tested on Linux only (Glibc, and ncursesw and libxml2 from Debian): no Apple platform is
// claimed.
let package = Package(
    name: "crossread",
    products: [
        .executable(name: "crossread", targets: ["crossread"]),
        .library(name: "ArticleKit", targets: ["ArticleKit"]),
        .library(name: "ReaderCore", targets: ["ReaderCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "SystemEnvironment"),
        .target(name: "ArticleKit", dependencies: ["SystemEnvironment", .product(name: "Algorithms", package: "swift-algorithms")]),
        .target(name: "CDisplayWidth"),
        .target(name: "CPseudoTerminal"),
        .target(name: "ReaderCore", dependencies: [
            "ArticleKit", "CDisplayWidth", .product(name: "Algorithms", package: "swift-algorithms"),
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        // The reader's file I/O, run by the shell: the saved-state file and re-reading an article's text.
        .target(name: "ReaderFiles", dependencies: [
            "ReaderCore", "ArticleKit", "ArticleFormats", "SystemEnvironment", .product(name: "SystemPackage", package: "swift-system"),
        ]),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "ReaderCore", "SystemEnvironment"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ArticleFormats", dependencies: ["ArticleKit", "CLibXML2", .product(name: "Yams", package: "Yams")]),
        .target(name: "CorpusGenerator"),
        .executableTarget(name: "crossread-train", dependencies: ["ArticleKit"], path: "Sources/AttributionTrainer"),
        .target(name: "LibraryIndex", dependencies: ["ArticleKit", "ArticleFormats", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "CommandLineSupport", dependencies: ["SystemEnvironment", .product(name: "SystemPackage", package: "swift-system")]),
        .executableTarget(
            name: "crossread",
            dependencies: [
                "ArticleKit", "ArticleFormats", "ReaderCore", "ReaderFiles", "CursesTerminal", "LibraryIndex", "CommandLineSupport",
                "SystemEnvironment", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A bare Swift program, timed beside crossread and `less` by the start-up benchmarks.
        .executableTarget(name: "startup-hello", path: "Sources/StartupHello"),
        // The benchmarks, the pseudo-terminal start-up harness and the library generator: not in the product.
        .executableTarget(
            name: "crossread-bench",
            dependencies: [
                "ArticleKit", "ArticleFormats", "ReaderCore", "ReaderFiles", "CorpusGenerator", "LibraryIndex", "CPseudoTerminal", "CommandLineSupport",
                "SystemEnvironment", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/CrossreadBench"
        ),
        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit", "CorpusGenerator"]),
        .testTarget(name: "ArticleFormatsTests", dependencies: ["ArticleFormats", "ArticleKit"], exclude: ["Pages"]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "ReaderFiles", "ArticleKit", "CorpusGenerator", "CDisplayWidth"]),
        .testTarget(name: "CrossreadCLITests", dependencies: ["ArticleKit"]),
        .testTarget(name: "LibraryIndexTests", dependencies: [
            "LibraryIndex", "ArticleKit", "CorpusGenerator", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ]
)
