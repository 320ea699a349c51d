import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitModel
import ContainerFitPlanning
import XCTest

@testable import ContainerFitRun

final class AssessmentOutcomeTests: XCTestCase {
  private func assessed(_ ids: [String]) -> [AssessedApplication] {
    let server = Server(id: "S1", osBuild: 20348, cores: 8, memoryGB: 32)
    let assessor = try! Assessor(scenario: Scenario(), asOf: "2026-11-28")
    return ids.map { assessor.assess(Application(id: $0, name: $0, serverId: "S1"), server: server) }
  }

  private func placement(_ appId: String, host: String) -> AppPlacement {
    AppPlacement(appId: appId, hostId: host, hostIds: [host], isolation: .process, cpuCores: 1, memoryGB: 1)
  }

  /// By id: some apps have none (unsuitable), and a duplicate id takes the first placement with it.
  func testEachApplicationGetsTheFirstPlacementWithItsId() {
    let placements = [
      placement("A1", host: "h1"), placement("A3", host: "h2"), placement("A3", host: "h9"),
      placement("A4", host: "h3"), placement("Z9", host: "h4"),
    ]
    let sorted = assessed(["A1", "A2", "A3", "A3", "A4", "A5"])
    XCTAssertEqual(
      AssessmentOutcome.align(placements, with: sorted).map { $0?.hostId }, ["h1", nil, "h2", "h2", "h3", nil])
    let unsorted = assessed(["A4", "A2", "A1", "A3", "A5", "A3"])
    XCTAssertEqual(
      AssessmentOutcome.align(placements, with: unsorted).map { $0?.hostId }, ["h3", nil, "h1", "h2", nil, "h2"])
    XCTAssertEqual(AssessmentOutcome.align([], with: sorted).compactMap { $0 }.count, 0)
  }

  /// A planned run pairs each application with its own placement, by the planner's workload index.
  func testAPlannedRunPairsEachApplicationWithItsPlacement() throws {
    let estate = Estate(
      servers: [Server(id: "S1", osBuild: 20348, cores: 8, memoryGB: 32, cpuUtilPct: 40, memUtilPct: 50)],
      applications: ["B", "A", "C"].map { Application(id: $0, name: $0, serverId: "S1", kind: .windowsService) })
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    // The apps know only their kind: planned as if the rest were known, not held for insufficient data.
    var scenario = Scenario()
    scenario.scoring.minConfidence = 0
    let outcome = try AssessmentRun(scenario: scenario, context: context).run(estate)
    XCTAssertEqual(outcome.plan.placementWorkloads.count, outcome.plan.placements.count)
    XCTAssertEqual(outcome.placements.compactMap { $0 }.count, 3)
    for (app, placement) in zip(outcome.assessed, outcome.placements) where app.verdict.movesToContainer {
      XCTAssertEqual(placement?.appId, app.id)
    }
    XCTAssertEqual(
      outcome.placements.map { $0?.hostId },
      AssessmentOutcome.align(outcome.plan.placements, with: outcome.assessed).map { $0?.hostId })
  }

  /// The waves, planned on another core as the outcome is made, are the wave planner's plan of the
  /// outcome, whichever thread reads them first and however many read them at once.
  func testTheWavesAreTheWavePlannersPlanForEveryReader() throws {
    let servers = (0..<40).map { Server(id: "S\($0)", osBuild: [14393, 17763, 20348][$0 % 3], cores: 8, memoryGB: 32) }
    let applications = (0..<400).map { index in
      Application(
        id: "A\(index)", name: "A\(index)", serverId: "S\(index % 40)", kind: .windowsService, runtime: "dotnet-8",
        gui: GUIDependence.none, registryState: RegistryState.none, localState: LocalState.none, logTarget: .stdout,
        codePageSensitive: false, inMemoryState: false, cpuCores: 0.5, memoryGB: 1)
    }
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    let outcome = try AssessmentRun(scenario: Scenario(), context: context).run(
      Estate(servers: servers, applications: applications))
    let expected = WavePlanner(scenario: outcome.scenario, today: String(context.createdAtISO8601.prefix(10))).plan(
      assessed: outcome.assessed, placements: outcome.placements, estate: outcome.estate, result: outcome.plan)
    XCTAssertGreaterThan(expected.waves.count, 2, "the estate should need several waves")
    let read = [WavePlan](concurrentlyMaking: 16, minimumChunk: 1) { _ in outcome.waves }
    for waves in read {
      XCTAssertEqual(waves, expected)
    }
  }
}
