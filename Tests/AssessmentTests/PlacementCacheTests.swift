import ContainerFitImport
import ContainerFitModel
import XCTest

@testable import ContainerFitAssessment

/// A worker's `PlacementCache` remembers the parts of placements; what it gives must be what
/// `Placement.decide` decides, whatever the order the applications come in.
final class PlacementCacheTests: XCTestCase {
  func testTheCacheAndTheDecisionAgreeOnRandomApplicationsAndScenarios() {
    let firstSeed = UInt64(ProcessInfo.processInfo.environment["ASSESSMENT_SEED"] ?? "") ?? 20_261_205
    for seed in firstSeed..<firstSeed + 20 {
      var rng = SeededGenerator(seed: seed)
      var scenario = Scenario()
      scenario.isolation = Scenario.IsolationMode.allCases.randomElement(using: &rng) ?? .recommended
      let builds = [17763, 20348, 26100].filter { _ in Bool.random(using: &rng) }
      scenario.allowedHostBuilds = builds.isEmpty ? [20348] : builds
      scenario.platform = TargetPlatform.allCases.randomElement(using: &rng) ?? .ecsEC2
      scenario.migration.horizonMonths = Int.random(in: 1...120, using: &rng)
      let asOf = "2026-12-04"
      var cache = PlacementCache()
      for index in 0..<500 {
        let (app, server) = AssessorTests.randomApp(index, using: &rng)
        let (cached, runtime) = cache.placement(
          for: app, serverBuild: server.effectiveBuild, scenario: scenario,
          horizonEnd: Placement.horizonEnd(scenario: scenario, asOf: asOf))
        let decided = Placement.decide(for: app, on: server, scenario: scenario, asOf: asOf)
        XCTAssertEqual(cached, decided, "seed \(seed) (ASSESSMENT_SEED=\(seed) replays it), app \(index): \(app)")
        XCTAssertEqual(runtime, app.parsedRuntime, "seed \(seed), app \(index)")
        if cached != decided { return }
      }
    }
  }
}
