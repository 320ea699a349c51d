import Foundation
import XCTest

/// `platform: ecs-fargate` through the CLI: tasks, not hosts, priced per task, and a per-core
/// licence refused.
final class FargateCommandTests: XCTestCase {
  func testFargatePlanIsTasksPricedPerTaskAndAddsUp() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fargate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("fargate.yaml")
    try Data("platform: ecs-fargate\n".utf8).write(to: scenario)
    let result = try CommandRunner.run(
      [
        "assess", "Inventories/harbourline", "--quiet", "--no-history", "--scenario", scenario.path, "--formats",
        "json,md", "--out", folder.appendingPathComponent("out").path,
      ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let data = try Data(contentsOf: folder.appendingPathComponent("out/assessment.json"))
    let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let hosts = try XCTUnwrap(document["hosts"] as? [[String: Any]])
    let summary = try XCTUnwrap(document["summary"] as? [String: Any])
    let consolidation = try XCTUnwrap(summary["consolidation"] as? [String: Any])
    XCTAssertFalse(hosts.isEmpty)
    XCTAssertTrue(hosts.allSatisfy { $0["kind"] as? String == "fargate-task" })
    XCTAssertTrue(hosts.allSatisfy { ($0["shape"] as? String)?.hasPrefix("fargate-") == true })
    XCTAssertTrue(hosts.allSatisfy { ($0["applications"] as? [String])?.count == 1 }, "one container per task")
    XCTAssertEqual(consolidation["targetHosts"] as? Int, 0)
    XCTAssertEqual(consolidation["fargateTasks"] as? Int, hosts.count)
    // Windows tasks are 1, 2 or 4 vCPU: never smaller, never larger.
    for host in hosts where host["os"] as? String == "windows" {
      XCTAssertTrue([1.0, 2, 4].contains(host["cores"] as? Double ?? 0), "\(host)")
    }
    let cost = try XCTUnwrap(summary["cost"] as? [String: Any])
    let after = try XCTUnwrap(cost["after"] as? [String: Any])
    let compute = hosts.reduce(0) { $0 + ($1["annualCompute"] as? Double ?? 0) }
    XCTAssertEqual(after["hostsCompute"] as? Double ?? 0, compute, accuracy: 1)
    let report = try String(contentsOf: folder.appendingPathComponent("out/report.md"), encoding: .utf8)
    XCTAssertTrue(report.contains("| servers → Fargate tasks | 46 → \(hosts.count) |"), report)
    XCTAssertTrue(report.contains("`fargate-prices`"), "the assumptions register names the Fargate prices")

    try Data("platform: ecs-fargate\nlicensing:\n  model: per-core\n".utf8).write(to: scenario)
    let refused = try CommandRunner.run(
      [
        "assess", "Inventories/harbourline", "--quiet", "--no-history", "--scenario", scenario.path, "--out",
        folder.path,
      ])
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(refused.stderr.contains("licence-included only"), refused.stderr)
  }
}
