// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "assay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "assay", targets: ["AssayCLI"]),
        .library(name: "Assay", targets: ["Assay"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C libraries
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // Core Library
        .target(
            name: "Assay",
            dependencies: [
                "CLibXML2",
                "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // Command-line tool
        .executableTarget(
            name: "AssayCLI",
            dependencies: [
                "Assay",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Test support
        .target(
            name: "AssayTestSupport",
            dependencies: ["Assay"],
            path: "Sources/AssayTestSupport"
        ),

        // Tests
        .testTarget(
            name: "InputTests",
            dependencies: ["Assay", "AssayTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CleaningTests",
            dependencies: ["Assay", "AssayTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Assay", "AssayTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TokenizingTests",
            dependencies: ["Assay", "AssayTestSupport"]
        ),
        .testTarget(
            name: "MatchingTests",
            dependencies: ["Assay", "AssayTestSupport"]
        ),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Assay", "AssayTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EvaluationTests",
            dependencies: ["Assay", "AssayTestSupport"]
        ),
        .testTarget(
            name: "ResolutionTests",
            dependencies: ["Assay", "AssayTestSupport"]
        ),
        .testTarget(
            name: "FactsTests",
            dependencies: ["Assay", "AssayTestSupport"]
        ),
        .testTarget(
            name: "ScoringTests",
            dependencies: ["Assay", "AssayTestSupport"]
        ),
        .testTarget(
            name: "EmissionTests",
            dependencies: ["Assay", "AssayTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["Assay", "AssayCLI", "AssayTestSupport"]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? [])
        + ["ExistentialAny", "MemberImportVisibility", "InternalImportsByDefault"].map {
            .enableUpcomingFeature($0)
        }
}
