import ContainerFitModel
import XCTest

@testable import ContainerFitPlanning

final class ServerEstimateTests: XCTestCase {
  /// On m5.4xlarge (12.4 usable cores, 49.6 GiB): `util` needs 8 × 50% = 4 cores and 32 × 25% = 8
  /// GiB; `alloc` (no utilisation) its whole 16 cores, which no host holds as one unit.
  func testEachServerWithoutApplicationsIsOneUnitSizedByUtilisationElseAllocation() throws {
    var scenario = Scenario()
    scenario.host.shape = "m5.4xlarge"
    let servers = [
      Server(id: "with-app", cores: 4, memoryGB: 8),
      Server(id: "util", cores: 8, memoryGB: 32, cpuUtilPct: 50, memUtilPct: 25),
      Server(id: "alloc", cores: 16, memoryGB: 16),
      Server(id: "small", cores: 2, memoryGB: 4),
      Server(id: "unsized", memoryGB: 4),
    ]
    let estate = Estate(servers: servers, applications: [Application(id: "a", name: "a", serverId: "with-app")])
    let estimate = try XCTUnwrap(
      try Planner(scenario: scenario).serverEstimate(for: estate, containerBuild: 26100))
    XCTAssertEqual(estimate.servers, 4, "the server with an application is not estimated")
    XCTAssertEqual(estimate.sizedByUtilisation, 1)
    XCTAssertEqual(estimate.sizedByAllocation, 2)
    XCTAssertEqual(estimate.unsizedServerIds, ["unsized"])
    XCTAssertEqual(estimate.unplacedServerIds, ["alloc"])
    XCTAssertEqual(estimate.containerBuild, 26100)
    XCTAssertEqual(estimate.hosts, 1, "util (4 cores, 8 GiB) and small (2, 4) share one host")
    XCTAssertGreaterThanOrEqual(estimate.hosts, estimate.lowerBoundHosts)
    XCTAssertEqual(estimate.shapes, ["m5.4xlarge": 1])
    XCTAssertGreaterThan(estimate.annualCompute, 0)
  }

  func testNoEstimateWhenEveryServerHasAnApplicationAndPlaceholdersAreNeverEstimated() throws {
    let estate = Estate(
      servers: [Server(id: "s1", cores: 4, memoryGB: 8)],
      applications: [
        Application(id: "a", name: "a", serverId: "s1"), Application(id: "b", name: "b", serverId: "named-only"),
      ])
    XCTAssertTrue(estate.servers[1].isPlaceholder)
    XCTAssertNil(try Planner(scenario: Scenario()).serverEstimate(for: estate, containerBuild: 26100))
  }
}
