// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "crossread",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "crossread", targets: ["crossread"]),
        .library(name: "ArticleKit", targets: ["ArticleKit"]),
        .library(name: "ReaderCore", targets: ["ReaderCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "ArticleKit"),
        .target(name: "CDisplayWidth"),
        .target(name: "CPseudoTerminal"),
        .target(name: "ReaderCore", dependencies: ["ArticleKit", "CDisplayWidth"]),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "ReaderCore"]),
        .target(name: "CorpusGenerator"),
        .executableTarget(name: "crossread-train", dependencies: ["ArticleKit"], path: "Sources/AttributionTrainer"),
        .target(name: "LibraryIndex", dependencies: ["ArticleKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "crossread",
            dependencies: [
                "ArticleKit", "ReaderCore", "CursesTerminal", "CorpusGenerator", "LibraryIndex", "CPseudoTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit", "CorpusGenerator"]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "ArticleKit", "CorpusGenerator"]),
        .testTarget(name: "CrossreadCLITests", dependencies: ["ArticleKit"]),
        .testTarget(name: "LibraryIndexTests", dependencies: [
            "LibraryIndex", "ArticleKit", "CorpusGenerator", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ]
)
