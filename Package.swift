// swift-tools-version: 6.1
import PackageDescription

// The package follows the pipeline: Import → Model → Assessment → Planning → Run → Reporting,
// with History beside them. The executable is a thin layer of commands over these libraries.
// ContainerFitConcurrency holds the helpers that spread work over the cores, apart from the domain.
let package = Package(
  name: "containerfit",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "containerfit", targets: ["containerfit"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(name: "CZlibDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "ContainerFitConcurrency"),
    .target(name: "ContainerFitModel", dependencies: [.product(name: "Yams", package: "Yams")]),
    .target(
      name: "ContainerFitImport",
      dependencies: [
        "ContainerFitModel", "ContainerFitConcurrency", "CLibXML2",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(name: "ContainerFitAssessment", dependencies: ["ContainerFitModel", "ContainerFitConcurrency"]),
    .target(
      name: "ContainerFitPlanning",
      dependencies: ["ContainerFitModel", "ContainerFitConcurrency", "ContainerFitAssessment"]
    ),
    // One run: inventories → estate → assessment → plan → outcome, the entry point every caller uses.
    .target(
      name: "ContainerFitRun",
      dependencies: [
        "ContainerFitModel", "ContainerFitConcurrency", "ContainerFitImport", "ContainerFitAssessment",
        "ContainerFitPlanning",
      ]
    ),
    .target(
      name: "ContainerFitReporting",
      dependencies: [
        "ContainerFitModel", "ContainerFitConcurrency", "ContainerFitAssessment", "ContainerFitPlanning",
        "ContainerFitRun", "CZlibDeflate", .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Templates")]
    ),
    .target(
      name: "ContainerFitHistory",
      dependencies: [
        "ContainerFitModel", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .executableTarget(
      name: "containerfit",
      dependencies: [
        "ContainerFitModel", "ContainerFitConcurrency", "ContainerFitImport", "ContainerFitAssessment",
        "ContainerFitPlanning", "ContainerFitRun", "ContainerFitReporting", "ContainerFitHistory",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "ContainerFitTestSupport", dependencies: ["ContainerFitModel"]),
    .testTarget(name: "ConcurrencyTests", dependencies: ["ContainerFitConcurrency"]),
    .testTarget(name: "ModelTests", dependencies: ["ContainerFitModel", "ContainerFitTestSupport"]),
    .testTarget(
      name: "ImportTests",
      dependencies: ["ContainerFitImport", "ContainerFitTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "AssessmentTests",
      dependencies: ["ContainerFitAssessment", "ContainerFitImport", "ContainerFitTestSupport"]
    ),
    .testTarget(
      name: "PlanningTests",
      dependencies: ["ContainerFitPlanning", "ContainerFitImport", "ContainerFitTestSupport"]
    ),
    .testTarget(
      name: "ReportingTests",
      dependencies: [
        "ContainerFitReporting", "ContainerFitImport", "ContainerFitTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Fixtures"), .copy("Snapshots")]
    ),
    .testTarget(name: "RunTests", dependencies: ["ContainerFitRun", "ContainerFitImport", "ContainerFitTestSupport"]),
    .testTarget(name: "HistoryTests", dependencies: ["ContainerFitHistory", "ContainerFitTestSupport"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "containerfit", "ContainerFitModel", "ContainerFitImport", "ContainerFitHistory", "ContainerFitReporting",
        "ContainerFitTestSupport",
      ],
      // Inputs the commands under test read by their path in the repository, not resources.
      exclude: ["Fixtures"]
    ),
  ]
)
