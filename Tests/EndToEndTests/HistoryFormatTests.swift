import ContainerFitHistory
import Foundation
import XCTest

/// The history keeps each application's findings as `{"id", "points"}`; histories written before
/// kept the whole findings. `compare` reads both.
final class HistoryFormatTests: XCTestCase {
  func testCompareReadsRunsWithWholeFindingsAndWithDigests() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("containerfit-hf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let history = folder.appendingPathComponent("history.sqlite").path
    let assess = try CommandRunner.run(
      ["assess", "Inventories/harbourline", "--quiet", "--formats", "json", "--history", history, "--out"]
        + [folder.appendingPathComponent("run").path], environment: ["SOURCE_DATE_EPOCH": "1795910400"])
    XCTAssertEqual(assess.status, 0, assess.stderr)

    let store = try RunHistory(path: history)
    var recorded = try XCTUnwrap(try store.run(id: "run-20261129-000000"))
    let digest = try XCTUnwrap(recorded.applications.first { $0.findingsJSON.contains("\"points\"") })
    XCTAssertFalse(digest.findingsJSON.contains("evidence"), "the history keeps ids and points only")
    // The same run as an older version recorded it, with one application given one more finding.
    recorded.id = "run-older"
    for index in recorded.applications.indices {
      let app = recorded.applications[index]
      let findings = try JSONSerialization.jsonObject(with: Data(app.findingsJSON.utf8)) as? [[String: Any]] ?? []
      var whole = findings.map { finding -> [String: Any] in
        [
          "rule": "rule", "id": finding["id"] ?? "", "points": finding["points"] ?? 0, "evidence": "e",
          "remediation": "r", "effortDays": 1, "blocker": false,
        ]
      }
      if index == 0 {
        whole.append([
          "rule": "r", "id": "older-only-finding", "points": 5, "evidence": "e", "remediation": "r",
          "effortDays": 1, "blocker": false,
        ])
        recorded.applications[index].score -= 5
      }
      recorded.applications[index].findingsJSON = String(
        decoding: try JSONSerialization.data(withJSONObject: whole), as: UTF8.self)
    }
    try store.record(recorded)

    let compare = try CommandRunner.run(
      ["compare", "run-older", "run-20261129-000000", "--history", history, "--quiet", "--out"]
        + [folder.appendingPathComponent("cmp").path])
    XCTAssertEqual(compare.status, 0, compare.stderr)
    let report = try String(contentsOf: folder.appendingPathComponent("cmp/compare.md"), encoding: .utf8)
    XCTAssertTrue(report.contains("older-only-finding"), report)
  }
}
