import Foundation
import XCTest

/// `compare` and `whatif` through the built binary, with a history in a temporary folder.
final class CompareAndWhatIfCommandTests: XCTestCase {
  var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("containerfit-cmp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

  private var history: String { folder.appendingPathComponent("history.sqlite").path }

  func testWhatIfPlansEveryCombinationAndRecordsEachAsARun() throws {
    let result = try CommandRunner.run(
      [
        "whatif", "Inventories/harbourline", "--history", history, "--out", folder.appendingPathComponent("w").path,
        "--vary", "host=m5.2xlarge,m5.4xlarge", "--vary", "isolation=process,hyperv,recommended",
      ], environment: ["SOURCE_DATE_EPOCH": "1795910400"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("6 scenarios over baseline"), result.stdout)
    XCTAssertTrue(result.stdout.contains("Best by savings: v4 (host.shape=m5.4xlarge, isolation=process)."))
    for name in ["whatif.html", "whatif.md"] {
      XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("w/\(name)").path))
    }
    let list = try CommandRunner.run(["runs", "list", "--json", "--history", history])
    let runs = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    XCTAssertEqual(
      runs?.compactMap { $0["id"] as? String }.sorted(), (1...6).map { "run-20261129-000000-v\($0)" }.sorted())

    let compare = try CommandRunner.run(
      [
        "compare", "run-20261129-000000-v4", "run-20261129-000000-v5", "--history", history, "--out",
        folder.appendingPathComponent("c").path,
      ])
    XCTAssertEqual(compare.status, 0, compare.stderr)
    XCTAssertTrue(compare.stdout.contains("container hosts 14 → 2 (-12)"), compare.stdout)
    XCTAssertTrue(compare.stdout.contains("2 scenario keys differ"), compare.stdout)
    let markdown = try String(contentsOf: folder.appendingPathComponent("c/compare.md"), encoding: .utf8)
    XCTAssertTrue(markdown.contains("| isolation | process | hyperv |"), markdown)
  }

  func testCompareOfTwoRunFoldersGivesExactDeltas() throws {
    let scenarios: [(String, [String])] = [
      ("1795910400", []), ("1795914000", ["--scenario", "Inventories/scenarios/cloud-overcommit.yaml"]),
    ]
    for (index, (epoch, extra)) in scenarios.enumerated() {
      let result = try CommandRunner.run(
        ["assess", "Inventories/harbourline", "--quiet", "--no-history", "--formats", "json", "--out"]
          + [folder.appendingPathComponent("run\(index)").path] + extra, environment: ["SOURCE_DATE_EPOCH": epoch])
      XCTAssertEqual(result.status, 0, result.stderr)
    }
    let result = try CommandRunner.run(
      [
        "compare", folder.appendingPathComponent("run0").path,
        folder.appendingPathComponent("run1/assessment.json").path, "--out", folder.appendingPathComponent("c").path,
      ])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(
      result.stdout.split(separator: "\n").prefix(5).joined(separator: "\n"),
      """
      Compared run-20261129-000000 → run-20261129-010000.
      applications 157 → 157 (0); container hosts 13 → 13 (0); lower bound hosts 13 → 13 (0).
      annual savings USD -154048 → USD -174799 (-20751); effort, likely (days) 1452 → 1452 (0).
      Verdicts: ready 54 → 54 (0), minor 37 → 37 (0), major 26 → 26 (0), insufficient data 0 → 0 (0), \
      unsuitable 40 → 40 (0).
      0 applications changed score or verdict (0 to a better verdict, 0 to a worse one); 0 added, 0 removed; \
      6 scenario keys differ.
      """)
  }

  func testUnknownVaryKeyIsAUsageErrorNamingIt() throws {
    let result = try CommandRunner.run(["whatif", "Inventories/harbourline", "--no-history", "--vary", "host.shap=x"])
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.stderr.contains("unknown scenario key 'host.shap'"), result.stderr)
  }

  func testBadVaryValueIsAUsageErrorNamingKeyAndValue() throws {
    for (argument, expected) in [
      ("host=m5.2xlarge,m9.huge", "--vary host.shape: bad value 'm9.huge'"),
      ("isolation=process,sometimes", "--vary isolation: bad value 'sometimes'"),
      ("memory_policy", "--vary 'memory_policy' is not KEY=V1,V2"),
    ] {
      let result = try CommandRunner.run(["whatif", "Inventories/harbourline", "--no-history", "--vary", argument])
      XCTAssertEqual(result.status, 64, argument)
      XCTAssertTrue(result.stderr.contains(expected), result.stderr)
    }
  }

  func testCompareOfAnUnknownRunFailsNamingIt() throws {
    let result = try CommandRunner.run(["compare", "no-such-run", "other", "--history", history])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("no-such-run"), result.stderr)
  }
}
