import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun
import ContainerFitTestSupport
import Foundation
import XCTest

/// The migration waves of a finished run: a pilot, then whole servers, soonest-unsupported first,
/// within the scenario's caps; every application that moves in exactly one wave.
final class WavePlanTests: XCTestCase {
  func run(_ estate: Estate, _ configure: (inout Scenario) -> Void = { _ in }) throws -> AssessmentOutcome {
    var scenario = Scenario()
    configure(&scenario)
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    return try AssessmentRun(scenario: scenario, context: context).run(estate)
  }

  func app(_ id: String, on server: String, kind: ApplicationKind = .console) -> Application {
    Application.fixture(id: id, serverId: server, kind: .some(kind), runtime: .some("dotnet-framework-4.8"))
  }

  func testPilotThenWholeServersSoonestUnsupportedFirstWithinTheCaps() throws {
    let estate = Estate(
      servers: [
        Server.fixture(id: "s2025", osBuild: 26100), Server.fixture(id: "s2016", osBuild: 14393),
        Server.fixture(id: "s2019", osBuild: 17763),
      ],
      applications: [
        app("a1", on: "s2025", kind: .iisSite), app("a2", on: "s2025", kind: .windowsService), app("a3", on: "s2025"),
        app("b1", on: "s2016"), app("b2", on: "s2016"), app("b3", on: "s2016"),
        app("c1", on: "s2019"), app("c2", on: "s2019"),
      ])
    let outcome = try run(estate) {
      $0.waves.pilotApps = 2
      $0.waves.maxApps = 3
    }
    let plan = outcome.waves
    let waveOf = Dictionary(uniqueKeysWithValues: plan.assignments(of: outcome.assessed).map { ($0.appId, $0.wave) })
    XCTAssertEqual(plan.assignments(of: outcome.assessed).count, 8, "every application that moves, once")
    let pilot = plan.assignments(of: outcome.assessed).filter { $0.wave == 0 }
    XCTAssertEqual(pilot.count, 2)
    let kinds = pilot.map { entry in outcome.assessed.first { $0.id == entry.appId }?.application.kind }
    XCTAssertEqual(Set(kinds).count, 2, "different kinds")
    // Outside the pilot a server's applications share a wave, and 2016 (support ends 2027-01-11) goes first.
    XCTAssertEqual(Set(["b1", "b2", "b3"].compactMap { waveOf[$0] }).count, 1)
    XCTAssertEqual(waveOf["b1"], 1)
    XCTAssertTrue(
      plan.assignments(of: outcome.assessed).first { $0.appId == "b1" }?.reason.contains("support ends 2027-01-11")
        == true)
    XCTAssertLessThan(waveOf["b1"] ?? 0, waveOf["c1"] ?? 0)
    for wave in plan.waves { XCTAssertLessThanOrEqual(wave.applications, 3) }
    XCTAssertEqual(plan.waves.reduce(0) { $0 + $1.applications }, 8)
    XCTAssertEqual(plan.waves.reduce(0) { $0 + $1.serversFreed }, outcome.plan.consolidation.decommissionedServers)
    XCTAssertEqual(plan.waves.last?.cumulativeHosts, outcome.plan.consolidation.targetHosts)
  }

  func testAServerLargerThanAWaveStaysTogetherAndSaysSo() throws {
    let estate = Estate(
      servers: [Server.fixture(id: "big", osBuild: 17763)],
      applications: (1...5).map { app("x\($0)", on: "big") })
    let plan = try run(estate) {
      $0.waves.pilotApps = 0
      $0.waves.maxApps = 2
    }.waves
    XCTAssertEqual(plan.waves.count, 1)
    XCTAssertTrue(plan.waves[0].reason.contains("exceed the wave's size but stay together"), plan.waves[0].reason)
  }

  /// A wave of several servers names the first two of them in the applications' order (not the
  /// order the servers were placed in) and counts the others.
  func testAWaveOfSeveralServersNamesTheFirstTwoAndCountsTheRest() throws {
    let estate = Estate(
      servers: (1...4).map { Server.fixture(id: "s\($0)", osBuild: 17763) },
      applications: [app("d1", on: "s4"), app("c1", on: "s3"), app("b1", on: "s2"), app("a1", on: "s1")])
    let plan = try run(estate) {
      $0.waves.pilotApps = 0
      $0.waves.maxApps = 10
    }.waves
    XCTAssertEqual(plan.waves.count, 1)
    let reason = plan.waves[0].reason
    XCTAssertTrue(reason.hasPrefix("empties s4 ("), reason)
    XCTAssertTrue(reason.contains("; empties s3 ("), reason)
    XCTAssertTrue(reason.hasSuffix("; and 2 more"), reason)
  }

  /// Random estates: waves reconcile with the plan, and no wave is over its caps unless one server
  /// alone is.
  func testRandomEstatesReconcile() throws {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let serverCount = Int.random(in: 1...8, using: &generator)
      let servers = (0..<serverCount).map {
        Server.fixture(id: "s\($0)", osBuild: [14393, 17763, 20348, 26100].randomElement(using: &generator))
      }
      let apps = (0..<Int.random(in: 1...40, using: &generator)).map {
        app("a\($0)", on: "s\(Int.random(in: 0..<serverCount, using: &generator))")
      }
      let maxApps = Int.random(in: 1...10, using: &generator)
      let outcome = try run(Estate(servers: servers, applications: apps)) { $0.waves.maxApps = maxApps }
      let moving = outcome.placements.count { $0 != nil }
      XCTAssertEqual(outcome.waves.assignments(of: outcome.assessed).count, moving)
      XCTAssertEqual(Set(outcome.waves.assignments(of: outcome.assessed).map(\.appId)).count, moving)
      for wave in outcome.waves.waves where wave.applications > maxApps {
        XCTAssertTrue(wave.reason.contains("stay together") || wave.number == 0, wave.reason)
      }
    }
  }
}
