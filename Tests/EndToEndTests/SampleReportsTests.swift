import ContainerFitReporting
import Foundation
import XCTest

/// Reports/ holds the reports of the sample estate; they must match what the code produces now.
final class SampleReportsTests: XCTestCase {
  static let epoch = "1795910400"
  static let arguments = [
    "assess", "Inventories/harbourline", "--quiet", "--no-history", "--client", "Harbourline Freight", "--engagement",
    "Windows container readiness and consolidation",
  ]

  func testSampleReportsAreCurrent() throws {
    try assertCurrent(arguments: Self.arguments, committed: "Reports/harbourline")
  }

  func testRealWorldSampleReportsAreCurrent() throws {
    try assertCurrent(
      arguments: [
        "assess", "Inventories/real-world", "--quiet", "--no-history", "--client", "Kestrel Insurance",
        "--engagement", "Windows container readiness from the delivered exports",
      ], committed: "Reports/kestrel")
  }

  /// A server-only delivery (the RVTools workbook alone): the server-level first look.
  func testFirstLookSampleReportsAreCurrent() throws {
    try assertCurrent(
      arguments: [
        "assess", "Inventories/real-world/rvtools-export.xlsx", "--quiet", "--no-history", "--client",
        "Kestrel Insurance", "--engagement", "First look at the delivered RVTools export",
      ], committed: "Reports/kestrel-first-look")
  }

  /// Reports/harbourline/blueprints: one blueprint per kind, made as scripts/refresh-reports makes it.
  func testSampleBlueprintsAreCurrent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sample-bp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let history = folder.appendingPathComponent("h.sqlite").path
    let assess = try CommandRunner.run(
      Self.arguments.filter { $0 != "--no-history" } + [
        "--history", history, "--formats", "json", "--out", folder.appendingPathComponent("r").path,
      ], environment: ["SOURCE_DATE_EPOCH": Self.epoch])
    XCTAssertEqual(assess.status, 0, assess.stderr)
    let apps = try String(
      contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("scripts/sample-blueprints"), encoding: .utf8
    ).split(whereSeparator: \.isNewline).flatMap { ["--app", String($0)] }
    let fresh = folder.appendingPathComponent("blueprints")
    let result = try CommandRunner.run(
      ["blueprint", "run-20261129-000000", "--quiet", "--history", history, "--out", fresh.path] + apps)
    XCTAssertEqual(result.status, 0, result.stderr)
    let committed = CommandRunner.repositoryRoot.appendingPathComponent("Reports/harbourline/blueprints")
    let manager = FileManager.default
    let freshFiles = try XCTUnwrap(manager.subpathsOfDirectory(atPath: fresh.path)).sorted()
    XCTAssertEqual(
      freshFiles, try manager.subpathsOfDirectory(atPath: committed.path).sorted(), "run scripts/refresh-reports")
    for file in freshFiles where !file.hasSuffix("/") {
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: fresh.appendingPathComponent(file).path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      try assertSame(fresh: fresh.appendingPathComponent(file), committed: committed.appendingPathComponent(file))
    }
    // docs/blueprints.md quotes three of them whole.
    let doc = try String(
      contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("docs/blueprints.md"), encoding: .utf8)
    let quotedFiles = [
      "APP-BR-005/Dockerfile", "APP-BR-012/Dockerfile", "APP-BR-006/Dockerfile", "APP-BR-014/Dockerfile",
      "APP-BR-010/Dockerfile", "APP-FRA-020/Dockerfile", "APP-BR-004/Dockerfile", "APP-BR-005/task-definition.json",
    ]
    for quoted in quotedFiles {
      let text = try String(contentsOf: fresh.appendingPathComponent(quoted), encoding: .utf8)
      XCTAssertTrue(doc.contains(text.trimmingCharacters(in: .newlines)), "docs/blueprints.md quotes an old \(quoted)")
    }
  }

  private func assertCurrent(arguments: [String], committed path: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "containerfit-sample-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      arguments + ["--out", folder.path], environment: ["SOURCE_DATE_EPOCH": Self.epoch])
    XCTAssertEqual(result.status, 0, result.stderr)
    let committed = CommandRunner.repositoryRoot.appendingPathComponent(path)
    for name in ReportFormat.defaults.map(\.fileName) {
      try assertSame(fresh: folder.appendingPathComponent(name), committed: committed.appendingPathComponent(name))
    }
  }

  /// The what-if and comparison samples, made as scripts/refresh-reports makes them.
  func testWhatIfAndCompareSamplesAreCurrent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "containerfit-sample-whatif-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let history = folder.appendingPathComponent("history.sqlite").path
    let whatif = try CommandRunner.run(
      [
        "whatif", "Inventories/harbourline", "--quiet", "--history", history, "--out",
        folder.appendingPathComponent("harbourline-whatif").path, "--vary", "host=m5.2xlarge,m5.4xlarge", "--vary",
        "isolation=process,recommended,hyperv", "--vary", "targets.linux=true,false",
      ], environment: ["SOURCE_DATE_EPOCH": Self.epoch])
    XCTAssertEqual(whatif.status, 0, whatif.stderr)
    let compare = try CommandRunner.run(
      [
        "compare", "run-20261129-000000-v9", "run-20261129-000000-v10", "--quiet", "--history", history, "--out",
        folder.appendingPathComponent("harbourline-compare").path,
      ])
    XCTAssertEqual(compare.status, 0, compare.stderr)
    for name in [
      "harbourline-whatif/whatif.html", "harbourline-whatif/whatif.md", "harbourline-compare/compare.html",
      "harbourline-compare/compare.md",
    ] {
      try assertSame(
        fresh: folder.appendingPathComponent(name),
        committed: CommandRunner.repositoryRoot.appendingPathComponent("Reports/\(name)"))
    }
  }

  func testSameInputsGiveIdenticalBytesWhenTheDateIsFixed() throws {
    var outputs: [[String: Data]] = []
    for _ in 0..<2 {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "containerfit-det-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let result = try CommandRunner.run(
        Self.arguments + ["--out", folder.path], environment: ["SOURCE_DATE_EPOCH": Self.epoch])
      XCTAssertEqual(result.status, 0, result.stderr)
      var files: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
      }
      outputs.append(files)
    }
    XCTAssertEqual(outputs[0].keys.sorted(), outputs[1].keys.sorted())
    for (name, data) in outputs[0] { XCTAssertEqual(data, outputs[1][name], name) }
  }

  /// Fails when a committed sample differs from the one just made, naming the file and where they
  /// first differ (the line of a text file, the byte of a workbook).
  private func assertSame(fresh: URL, committed: URL, file: StaticString = #filePath, line: UInt = #line) throws {
    let freshData = try Data(contentsOf: fresh)
    let storedData = try Data(contentsOf: committed)
    guard freshData != storedData else { return }
    let path = committed.path.replacingOccurrences(of: CommandRunner.repositoryRoot.path + "/", with: "")
    XCTFail(
      "\(path) is stale (\(SampleDifference(committed: storedData, fresh: freshData))): "
        + "run scripts/refresh-reports and commit the result", file: file, line: line)
  }
}
