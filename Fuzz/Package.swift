// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for containerfit's input readers. Kept out of the root package so that the
// root build and CI never see sanitizer flags. The reader sources are the root package's own,
// reached through symbolic links under Sources/ (the root package declares no library products).
// Build and run with scripts/fuzz; see docs/reliability.md.
let package = Package(
  name: "containerfit-fuzz",
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(name: "ContainerFitConcurrency"),
    .target(name: "ContainerFitModel", dependencies: [.product(name: "Yams", package: "Yams")]),
    .target(
      name: "ContainerFitImport",
      dependencies: [
        "ContainerFitModel", "ContainerFitConcurrency", "CLibXML2", .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(name: "CFuzzerDriver"),
    .target(name: "FuzzSupport", dependencies: ["ContainerFitImport", "CFuzzerDriver"]),
    .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzJSONLines", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzXML", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzLoader", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzScenario", dependencies: ["FuzzSupport"]),
    .executableTarget(
      name: "FuzzAdapters",
      dependencies: ["FuzzSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
  ]
)
