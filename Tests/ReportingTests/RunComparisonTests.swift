import ContainerFitReporting
import Foundation
import XCTest

final class RunComparisonTests: XCTestCase {
  static func summary(
    apps: Int, verdicts: [Int], hosts: Int, lowerBound: Int, savings: Double, effort: Double
  ) throws -> AssessmentDocument.Summary {
    let json = """
      {"servers": 10, "applications": \(apps), "rejected": 0, "warnings": 0,
       "verdicts": {"ready": \(verdicts[0]), "minor": \(verdicts[1]), "major": \(verdicts[2]),
                    "unsuitable": \(verdicts[3])},
       "effortDays": \(effort),
       "consolidation": {"sourceServers": 10, "decommissionedServers": 4, "targetHosts": \(hosts),
                         "lowerBoundHosts": \(lowerBound)},
       "licensing": {"currentAnnualCost": 20000, "targetAnnualCost": \(20000 - savings),
                     "annualSavings": \(savings), "currency": "USD"},
       "isolation": {"processOnlyHosts": 3, "hypervOnlyHosts": 4, "recommendedHosts": 3, "hypervOverheadPct": 33.33}}
      """
    return try JSONDecoder().decode(AssessmentDocument.Summary.self, from: Data(json.utf8))
  }

  static func app(_ id: String, _ score: Double, _ verdict: String, _ findings: [String]) -> RunSnapshot.Application {
    RunSnapshot.Application(id: id, name: "App \(id)", score: score, verdict: verdict, findings: findings)
  }

  static func runs() throws -> (RunSnapshot, RunSnapshot) {
    let before = RunSnapshot(
      id: "run-a", name: "baseline", createdAt: "2026-11-28T00:00:00Z",
      scenario: ["host.shape": "m5.4xlarge", "isolation": "recommended", "memory_policy": "hard-limit"],
      summary: try summary(apps: 4, verdicts: [1, 1, 1, 1], hosts: 5, lowerBound: 4, savings: 12000, effort: 30),
      applications: [
        app("A1", 90, "ready", []),
        app("A2", 70, "minor", ["registry-write"]),
        app("A3", 50, "major", ["registry-write", "msi-installer"]),
        app("A4", 10, "unsuitable", ["kernel-driver"]),
      ])
    let after = RunSnapshot(
      id: "run-b", name: "bigger hosts", createdAt: "2026-11-29T00:00:00Z",
      scenario: ["host.shape": "m5.8xlarge", "isolation": "recommended", "licensing.edition": "datacenter"],
      summary: try summary(apps: 4, verdicts: [2, 0, 1, 1], hosts: 3, lowerBound: 3, savings: 15500.5, effort: 27.5),
      applications: [
        app("A1", 90, "ready", []),
        app("A2", 85, "ready", []),
        app("A3", 45, "major", ["msi-installer", "registry-write", "gac"]),
        app("A5", 30, "unsuitable", ["com-plus"]),
      ])
    return (before, after)
  }

  func testHeadlineDeltasAreAfterMinusBefore() throws {
    let (before, after) = try Self.runs()
    let comparison = RunComparison(before: before, after: after)
    XCTAssertEqual(comparison.delta("Applications")?.change, 0)
    XCTAssertEqual(comparison.delta("Ready")?.change, 1)
    XCTAssertEqual(comparison.delta("Minor")?.change, -1)
    XCTAssertEqual(comparison.delta("Container hosts")?.change, -2)
    XCTAssertEqual(comparison.delta("Lower bound hosts")?.change, -1)
    XCTAssertEqual(comparison.delta("Annual savings")?.change, 3500.5)
    XCTAssertEqual(comparison.delta("Effort, likely (days)")?.change, -2.5)
    XCTAssertEqual(comparison.delta("Container hosts")?.before, 5)
    XCTAssertEqual(comparison.delta("Container hosts")?.after, 3)
  }

  func testVerdictMovementCountsAppsInBothRunsOnly() throws {
    let (before, after) = try Self.runs()
    let comparison = RunComparison(before: before, after: after)
    XCTAssertEqual(
      comparison.movement,
      [
        [1, 0, 0, 0, 0],  // A1 stayed ready
        [1, 0, 0, 0, 0],  // A2 minor → ready
        [0, 0, 1, 0, 0],  // A3 stayed major
        [0, 0, 0, 0, 0],  // no insufficient-data in either run
        [0, 0, 0, 0, 0],  // A4 was removed
      ])
    XCTAssertEqual(comparison.improved, 1)
    XCTAssertEqual(comparison.worsened, 0)
  }

  func testChangedAppsNameTheFindingsThatAppearedAndWent() throws {
    let (before, after) = try Self.runs()
    let comparison = RunComparison(before: before, after: after)
    XCTAssertEqual(comparison.changed.map(\.id), ["A2", "A3"])
    XCTAssertEqual(comparison.changed[0].disappeared, ["registry-write"])
    XCTAssertEqual(comparison.changed[0].appeared, [])
    XCTAssertEqual(comparison.changed[0].verdictBefore, "minor")
    XCTAssertEqual(comparison.changed[0].verdictAfter, "ready")
    XCTAssertEqual(comparison.changed[1].appeared, ["gac"])
    XCTAssertEqual(comparison.changed[1].disappeared, [])
    XCTAssertEqual(comparison.changed[1].scoreAfter - comparison.changed[1].scoreBefore, -5)
  }

  func testAddedRemovedAppsAndScenarioDifferencesAreListed() throws {
    let (before, after) = try Self.runs()
    let comparison = RunComparison(before: before, after: after)
    XCTAssertEqual(comparison.added.map(\.id), ["A5"])
    XCTAssertEqual(comparison.removed.map(\.id), ["A4"])
    XCTAssertEqual(
      comparison.scenarioDifferences.map { "\($0.key): \($0.before ?? "-") -> \($0.after ?? "-")" },
      ["host.shape: m5.4xlarge -> m5.8xlarge", "licensing.edition: - -> datacenter", "memory_policy: hard-limit -> -"])
  }

  func testARunComparedWithItselfHasNoChanges() throws {
    let (before, _) = try Self.runs()
    let comparison = RunComparison(before: before, after: before)
    XCTAssertTrue(comparison.changed.isEmpty)
    XCTAssertTrue(comparison.scenarioDifferences.isEmpty)
    XCTAssertTrue(comparison.deltas.allSatisfy { $0.change == 0 })
  }

  func testReportsCarryTheDeltasAndEscapeInventoryText() throws {
    var (before, after) = try Self.runs()
    after.applications[1].name = "<script>alert(1)</script>"
    let rendered = try ComparisonReportWriter(toolVersion: "test").render(
      RunComparison(before: before, after: after))
    XCTAssertTrue(rendered.html.contains("Content-Security-Policy"))
    XCTAssertFalse(rendered.html.contains("<script>alert(1)"))
    XCTAssertTrue(rendered.html.contains("<svg"))
    XCTAssertTrue(rendered.markdown.contains("| Container hosts | 5 | 3 | −2 |"), rendered.markdown)
    XCTAssertTrue(rendered.markdown.contains("| Annual savings | USD 12,000 | USD 15,500.5 | +USD 3,500.5 |"))
    XCTAssertTrue(rendered.markdown.contains("| minor | 1 | 0 | 0 | 0 | 0 | 1 |"))
  }

  func testAnAssessmentJSONWithFlattenedScenarioIsRead() throws {
    let flat = try RunSnapshot.flatScenario(
      json: #"{"host": {"shape": "m5.4xlarge", "os_build": 20348, "target_utilization_pct": 80.5},"#
        + #" "allowed_host_builds": [17763, 20348], "scoring": {"weights": {}}}"#)
    XCTAssertEqual(
      flat,
      [
        "host.shape": "m5.4xlarge", "host.os_build": "20348", "host.target_utilization_pct": "80.5",
        "allowed_host_builds": "[17763, 20348]", "scoring.weights": "{}",
      ])
  }
}
