import Foundation
import XCTest

/// Blueprints through the CLI, checked by the tools their users use (scripts/check-blueprints:
/// hadolint, botocore's ECS model, kubernetes-validate). `.ci/run` installs the tools and sets
/// `REQUIRE_BLUEPRINT_TOOLS=1`, which makes their absence a failure rather than a skip.
final class BlueprintCommandTests: XCTestCase {
  static let epoch = "1795910400"

  /// Runs scripts/check-blueprints on `folder`; skips (or fails, when required) without the tools.
  func check(_ folder: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", CommandRunner.repositoryRoot.appendingPathComponent("scripts/check-blueprints").path, folder.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus == 2 {
      let reason =
        "the blueprint checkers are not installed (\(output.trimmingCharacters(in: .whitespacesAndNewlines)))"
      guard ProcessInfo.processInfo.environment["REQUIRE_BLUEPRINT_TOOLS"] == "1" else { throw XCTSkip(reason) }
      XCTFail("\(reason), and REQUIRE_BLUEPRINT_TOOLS=1 asks for the check")
    }
    return (process.terminationStatus, output)
  }

  func testEveryBlueprintOfTheSampleEstatesPassesHadolintBotocoreAndKubernetesValidate() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blueprints-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for platform in ["ecs-ec2", "ecs-fargate", "eks"] {
      let scenario = folder.appendingPathComponent("\(platform).yaml")
      try Data("platform: \(platform)\n".utf8).write(to: scenario)
      for estate in ["harbourline", "real-world"] {
        let out = folder.appendingPathComponent("\(estate)-\(platform)")
        let result = try CommandRunner.run([
          "assess", "Inventories/\(estate)", "--quiet", "--no-history", "--scenario", scenario.path, "--formats",
          "blueprints", "--out", out.path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
      }
    }
    let (status, output) = try check(folder)
    XCTAssertEqual(status, 0, output)
    // 3 platforms: task definitions for two, manifests for one; nothing checked is no check.
    XCTAssertTrue(output.contains(" 0 problems"), output)
    XCTAssertFalse(output.contains("checked 0 Dockerfiles"), output)
    XCTAssertFalse(output.contains(", 0 task definitions"), output)
    XCTAssertFalse(output.contains(", 0 manifests"), output)
  }

  func testTheCheckerFailsOnABlueprintItsToolsReject() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bad-blueprint-\(UUID().uuidString)")
    let app = folder.appendingPathComponent("bad")
    try FileManager.default.createDirectory(at: app, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("FROM mcr.microsoft.com/windows/servercore:ltsc2025\nWORKDIR app\n".utf8)
      .write(to: app.appendingPathComponent("Dockerfile"))
    try Data(#"{"family": "bad", "containerDefinitions": [{"name": "x", "image": "y", "cpu": "many"}]}"#.utf8)
      .write(to: app.appendingPathComponent("task-definition.json"))
    try Data("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  replicas: two\n".utf8)
      .write(to: app.appendingPathComponent("deployment.yaml"))
    let (status, output) = try check(folder)
    XCTAssertEqual(status, 1, output)
    XCTAssertTrue(output.contains("DL3000"), output)
    XCTAssertTrue(output.contains("RegisterTaskDefinition"), output)
    XCTAssertTrue(output.contains("kubernetes-validate"), output)
  }

  func testBlueprintCommandWritesTheNamedAppsOfARecordedRunAndRefusesAChangedInput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-cmd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inventory = folder.appendingPathComponent("harbourline")
    try FileManager.default.copyItem(
      at: CommandRunner.repositoryRoot.appendingPathComponent("Inventories/harbourline"), to: inventory)
    let history = folder.appendingPathComponent("h.sqlite").path
    let assess = try CommandRunner.run(
      ["assess", "harbourline", "--quiet", "--history", history, "--formats", "json,waves", "--out", "r"], in: folder,
      environment: ["SOURCE_DATE_EPOCH": Self.epoch])
    XCTAssertEqual(assess.status, 0, assess.stderr)
    let run = "run-20261129-000000"
    let written = try CommandRunner.run(
      ["blueprint", run, "--history", history, "--app", "APP-BR-005", "--app", "APP-BR-004", "--out", "bp"],
      in: folder)
    XCTAssertEqual(written.status, 0, written.stderr)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("bp").path).sorted(),
      ["APP-BR-004", "APP-BR-005"])
    // The pilot wave of waves.csv, by --wave.
    let waves = try String(contentsOf: folder.appendingPathComponent("r/waves.csv"), encoding: .utf8)
    XCTAssertTrue(
      waves.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")).hasPrefix(
        "wave,app_id,app_name,server_id,reason\r\n"),
      String(waves.prefix(80)))
    let pilot = waves.split(separator: "\r\n").dropFirst().filter { $0.hasPrefix("0,") }
    let wave = try CommandRunner.run(
      ["blueprint", run, "--history", history, "--wave", "0", "--out", "pilot"], in: folder)
    XCTAssertEqual(wave.status, 0, wave.stderr)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("pilot").path).count,
      pilot.count)
    let stays = try CommandRunner.run(
      ["blueprint", run, "--history", history, "--app", "APP-RTM-001", "--out", "bp2"], in: folder)
    XCTAssertEqual(stays.status, 1)
    XCTAssertTrue(stays.stderr.contains("APP-RTM-001: it does not move"), stays.stderr)
    // An input edited after the run: the blueprints would not be the run's.
    let servers = inventory.appendingPathComponent("servers.csv")
    try (try String(contentsOf: servers, encoding: .utf8) + "\n").write(to: servers, atomically: true, encoding: .utf8)
    let changed = try CommandRunner.run(
      ["blueprint", run, "--history", history, "--app", "APP-BR-005", "--out", "bp3"], in: folder)
    XCTAssertEqual(changed.status, 1)
    XCTAssertTrue(changed.stderr.contains("harbourline/servers.csv has changed since run \(run)"), changed.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("bp3").path))
  }
}
