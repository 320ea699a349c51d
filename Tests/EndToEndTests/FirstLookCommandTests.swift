import Foundation
import XCTest

/// A server-only delivery through the CLI: the RVTools workbook alone gives a server-level first
/// look, and a mixed estate never retires a server whose applications are unknown.
final class FirstLookCommandTests: XCTestCase {
  func testServerOnlyWorkbookGivesTheServerLevelFirstLook() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("first-look-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      [
        "assess", "Inventories/real-world/rvtools-export.xlsx", "--quiet", "--no-history", "--formats", "json,md",
        "--out", folder.path,
      ], environment: ["SOURCE_DATE_EPOCH": "1795910400"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let document = try Self.json(folder.appendingPathComponent("assessment.json"))
    let summary = try XCTUnwrap(document["summary"] as? [String: Any])
    XCTAssertEqual(summary["basis"] as? String, "servers")
    let servers = try XCTUnwrap(document["servers"] as? [[String: Any]])
    let outOfScope = try XCTUnwrap(document["outOfScope"] as? [[String: Any]])
    // Every VM row is a server or out of scope: 8 + 3 = the workbook's 11 rows.
    XCTAssertEqual(servers.count + outOfScope.count, 11)
    XCTAssertTrue(servers.allSatisfy { $0["outcome"] as? String == "server-estimate" })
    XCTAssertEqual(servers.filter { $0["supportEnds"] as? String == "2027-01-11" }.count, 3)
    let estimate = try XCTUnwrap(summary["serverEstimate"] as? [String: Any])
    XCTAssertEqual(estimate["servers"] as? Int, 8)
    XCTAssertGreaterThanOrEqual(estimate["hosts"] as? Int ?? 0, estimate["lowerBoundHosts"] as? Int ?? .max)
    let consolidation = try XCTUnwrap(summary["consolidation"] as? [String: Any])
    XCTAssertEqual(consolidation["decommissionedServers"] as? Int, 0)
    let report = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
    XCTAssertTrue(report.contains("## Servers with no known application: a server-level first look"))
    XCTAssertTrue(report.contains("3 run Windows Server 2016, whose support ends 2027-01-11, 6 weeks after this run"))
    XCTAssertTrue(report.contains("| KST-TPL-W2019 | VM template |"), "templates listed as retirement candidates")
    XCTAssertTrue(report.contains("| kst-old01.kestrel.local | powered off |"))
    XCTAssertTrue(report.contains("What to collect next: run the per-server collection block"))
    XCTAssertFalse(report.contains("| ready | 0 | 0% of applications |"), "no verdict rows without applications")
  }

  func testMixedEstateNeverRetiresAServerWithNoKnownApplication() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mixed-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      ["assess", "Inventories/real-world", "--quiet", "--no-history", "--formats", "json", "--out", folder.path])
    XCTAssertEqual(result.status, 0, result.stderr)
    let document = try Self.json(folder.appendingPathComponent("assessment.json"))
    let summary = try XCTUnwrap(document["summary"] as? [String: Any])
    XCTAssertEqual(summary["basis"] as? String, "mixed")
    let servers = try XCTUnwrap(document["servers"] as? [[String: Any]])
    for server in servers where server["applications"] as? Int == 0 {
      XCTAssertNotEqual(server["outcome"] as? String, "retired", "\(server)")
    }
    XCTAssertTrue(servers.contains { $0["applications"] as? Int ?? 0 > 0 })
    XCTAssertTrue(servers.contains { $0["outcome"] as? String == "server-estimate" })
  }

  static func json(_ url: URL) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }
}
