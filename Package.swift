// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "transcheck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "transcheck", targets: ["transcheck"]),
        .library(name: "TranscheckKit", targets: ["TranscheckKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System ICU from libicu-dev, located with pkg-config.
        .systemLibrary(
            name: "ICUSystem",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Stable C names over ICU's per-version symbols.
        .target(name: "CICU", dependencies: ["ICUSystem"]),
        // Snowball stemmers (libstemmer-dev) and zlib (zlib1g-dev, for dictzip files).
        .systemLibrary(name: "SnowballSystem", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "ZlibSystem", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "TranscheckKit",
            dependencies: ["CICU", "SnowballSystem", "ZlibSystem", .product(name: "Yams", package: "Yams")],
            // The library's accesses are checked statically; the dynamic exclusivity checks
            // (swift_beginAccess on every class property and global touched) cost ~3 % of an audit.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .executableTarget(
            name: "transcheck",
            dependencies: [
                "TranscheckKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (libmimalloc-dev) in place of glibc's malloc: Swift allocates a small object
            // for nearly every string and array, and an audit runs ~8 % faster with it.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "TranscheckKitTests", dependencies: ["TranscheckKit"], exclude: ["Golden", "GlossaryFixtures"]),
    ]
)
