import Foundation
import XCTest

final class HistoryCommandTests: XCTestCase {
  func testAssessRecordsEachRunAndRunsListPrintsTheContract() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let history = folder.appendingPathComponent("h.sqlite").path
    for (index, epoch) in ["1795910400", "1795914000"].enumerated() {
      let result = try CommandRunner.run(
        [
          "assess", "Inventories/harbourline", "--quiet", "--history", history, "--out",
          folder.appendingPathComponent("r\(index)").path,
        ], environment: ["SOURCE_DATE_EPOCH": epoch])
      XCTAssertEqual(result.status, 0, result.stderr)
    }
    let list = try CommandRunner.run(["runs", "list", "--json", "--history", history])
    XCTAssertEqual(list.status, 0, list.stderr)
    let runs = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    XCTAssertEqual(runs.map { $0["id"] as? String }, ["run-20261129-010000", "run-20261129-000000"], "newest first")
    for run in runs {
      XCTAssertEqual(run["name"] as? String, "baseline")
      XCTAssertNotNil(run["createdAt"] as? String)
      let summary = try XCTUnwrap(run["summary"] as? [String: Any])
      XCTAssertEqual(summary["applications"] as? Int, try SampleEstate.applicationCount())
      XCTAssertNotNil(summary["consolidation"] as? [String: Any])
    }
    let show = try CommandRunner.run(["runs", "show", "run-20261129-01", "--history", history])
    XCTAssertEqual(show.status, 0, show.stderr)
    XCTAssertTrue(show.stdout.hasPrefix("Run run-20261129-010000"), show.stdout)
    let delete = try CommandRunner.run(["runs", "delete", "run-20261129-000000", "--history", history])
    XCTAssertEqual(delete.status, 0, delete.stderr)
    let missing = try CommandRunner.run(["runs", "show", "run-20261129-000000", "--history", history])
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.stderr.contains("no run 'run-20261129-000000'"), missing.stderr)
  }

  func testNoHistoryWritesNoDatabase() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nohistory-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inventory = CommandRunner.repositoryRoot.appendingPathComponent("Inventories/harbourline").path
    let result = try CommandRunner.run(["assess", inventory, "--quiet", "--no-history", "--out", "out"], in: folder)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".containerfit").path))
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/report.html").path))
  }

  func testBadScenarioIsAFatalErrorNamingTheKey() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("bad.yaml")
    try Data("host:\n  coress: 16\n".utf8).write(to: scenario)
    let result = try CommandRunner.run(
      ["assess", "Inventories/harbourline", "--no-history", "--scenario", scenario.path, "--out", folder.path + "/o"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("unknown scenario key 'host.coress'"), result.stderr)
    let formats = try CommandRunner.run(["assess", "Inventories/harbourline", "--formats", "html,docx"])
    XCTAssertEqual(formats.status, 64)
    XCTAssertTrue(formats.stderr.contains("Unknown format 'docx'"), formats.stderr)
  }
}

extension HistoryCommandTests {
  func testTwoConcurrentAssessRunsIntoOneHistoryBothLand() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let history = folder.appendingPathComponent("h.sqlite").path
    let processes = (0..<2).map { index -> Process in
      let process = Process()
      process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("containerfit")
      process.arguments = [
        "assess", "Inventories/harbourline", "--quiet", "--history", history, "--out",
        folder.appendingPathComponent("r\(index)").path,
      ]
      process.currentDirectoryURL = CommandRunner.repositoryRoot
      var environment = ProcessInfo.processInfo.environment
      environment["SOURCE_DATE_EPOCH"] = String(1_795_910_400 + index)
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      return process
    }
    for process in processes { try process.run() }
    for process in processes {
      process.waitUntilExit()
      XCTAssertEqual(process.terminationStatus, 0)
    }
    let list = try CommandRunner.run(["runs", "list", "--json", "--history", history])
    let runs = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    XCTAssertEqual(Set(runs.compactMap { $0["id"] as? String }), ["run-20261129-000000", "run-20261129-000001"])
  }
}
