import ContainerFitAssessment
import ContainerFitImport
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class AssessorTests: AssessmentTestCase {
  func testAnyBlockerMakesAnAppUnsuitable() {
    let seed = UInt64(ProcessInfo.processInfo.environment["ASSESSMENT_SEED"] ?? "") ?? 20_261_129
    var rng = SeededGenerator(seed: seed)
    let assessor = assessor()
    for index in 0..<5_000 {
      let (app, server) = Self.randomApp(index, using: &rng)
      let assessed = assessor.assess(app, server: server)
      if assessed.findings.contains(where: \.isBlocker) {
        XCTAssertEqual(assessed.verdict, .unsuitable, "seed \(seed), app \(index): \(app)")
        XCTAssertFalse(assessed.blockers.isEmpty, "seed \(seed), app \(index)")
      }
      XCTAssertTrue((0...100).contains(assessed.score), "seed \(seed), app \(index)")
      XCTAssertTrue((0...1).contains(assessed.confidence), "seed \(seed), app \(index)")
      XCTAssertEqual(assessed.score, max(0, 100 - assessed.findings.reduce(0) { $0 + $1.points }), "seed \(seed)")
    }
  }

  func testEstateAssessmentIsDeterministicAndInEstateOrder() {
    var rng = SeededGenerator(seed: 7)
    var apps: [Application] = []
    var servers: [Server] = []
    for index in 0..<3_000 {
      let (app, server) = Self.randomApp(index, using: &rng)
      apps.append(app)
      servers.append(server)
    }
    let estate = Estate(servers: servers, applications: apps)
    let first = assessor().assess(estate)
    let second = assessor().assess(estate)
    XCTAssertEqual(first, second)
    XCTAssertEqual(first.map(\.id), apps.map(\.id))
    let sequential = apps.enumerated().map { assessor().assess($0.element, server: servers[$0.offset]) }
    XCTAssertEqual(first, sequential)
    // Taking the applications over (as a run does) assesses them the same, and leaves the join.
    var taken = estate
    XCTAssertEqual(assessor().assess(takingApplicationsOf: &taken), first)
    XCTAssertTrue(taken.applications.isEmpty)
    XCTAssertEqual(taken.serverIndices, estate.serverIndices)
    XCTAssertEqual(taken.servers, estate.servers)
  }

  func testAppWithoutAKnownServerGetsAPlaceholder() {
    let estate = Estate(servers: [], applications: [.fixture(serverId: "ghost")])
    let assessed = assessor().assess(estate)
    XCTAssertEqual(assessed.count, 1)
    XCTAssertTrue(assessed.first?.dataGaps.contains("server.os_build") == true)
  }

  func testSummaryCountsEveryVerdictAndBucket() {
    let estate = Estate(
      servers: [.fixture()],
      applications: [
        .fixture(id: "a"), .fixture(id: "b", gui: .some(.required)), .fixture(id: "c", registryState: .some(.write)),
      ])
    var assessed = assessor().assess(estate)
    let summary = AssessmentSummary(assessed)
    XCTAssertEqual(summary.applications, 3)
    // Findings are counted by id, whether a rule of the registry raises it or not.
    assessed[0].findings.append(
      Finding(rule: "other", id: "not-a-registry-id", points: 0, evidence: "", remediation: "", effortDays: 0))
    var byId: [String: Int] = [:]
    for finding in assessed.flatMap(\.findings) { byId[finding.id, default: 0] += 1 }
    XCTAssertEqual(AssessmentSummary(assessed).findingCounts, byId)
    XCTAssertEqual(byId["not-a-registry-id"], 1)
    XCTAssertGreaterThan(byId.count, 2)
    XCTAssertEqual(
      summary.verdicts, ["ready": 2, "minor": 0, "major": 0, "unsuitable": 1, "insufficient-data": 0])
    XCTAssertEqual(summary.blockerCounts, ["gui-required": 1])
    XCTAssertEqual(summary.histogram, [0, 0, 0, 0, 0, 1, 0, 0, 1, 1])
    // a: 3 baseline; c: 3 + 3 registry-write; b stays on its server. Platform 40 once. Confidence 1:
    // 25% contingency on 49 at the high end.
    XCTAssertEqual(summary.effort.applicationDays, 9)
    XCTAssertEqual(summary.effort.movingApplications, 2)
    XCTAssertEqual(summary.effort.low, 49)
    XCTAssertEqual(summary.effort.high, 61.3)
    XCTAssertEqual(summary.effort.likely, 55.1)
    XCTAssertEqual(summary.totalEffortDays, summary.effort.likely)
    XCTAssertEqual(
      AssessmentSummary([]).verdicts, ["ready": 0, "minor": 0, "major": 0, "unsuitable": 0, "insufficient-data": 0])
    XCTAssertEqual(AssessmentSummary([]).effort.platformDays, 0, "no application moves: no platform to enable")
  }

  func testAnAppWithoutBlockerBelowTheMinimumConfidenceHasInsufficientData() {
    let sparse = Application(id: "s", name: "s", serverId: "S1", kind: .windowsService)
    let blocked = Application(id: "b", name: "b", serverId: "S1", gui: .required)
    let assessed = assessor().assess(
      Estate(servers: [.fixture(id: "S1")], applications: [sparse, blocked, .fixture(id: "f", serverId: "S1")]))
    XCTAssertEqual(assessed.map(\.verdict), [.insufficientData, .unsuitable, .ready])
    XCTAssertLessThan(assessed[0].confidence, 0.5)
    XCTAssertEqual(assessed.map(\.effortDays), [0, 0, 3], "only an application that moves carries effort")
    var lenient = Scenario()
    lenient.scoring.minConfidence = 0
    XCTAssertEqual(try Assessor(scenario: lenient).assess(sparse, server: .fixture(id: "S1")).verdict, .ready)
  }
}

extension AssessorTests {
  /// A random application and server over every field's values, unknowns included.
  static func randomApp(_ index: Int, using rng: inout SeededGenerator) -> (Application, Server) {
    func pick<T>(_ values: [T]) -> T? {
      Int.random(in: 0...values.count, using: &rng) == 0 ? nil : values.randomElement(using: &rng)
    }
    let runtimes = [
      "dotnet-framework-1.1", "dotnet-framework-3.5", "dotnet-framework-4.8", "dotnet-8", "dotnet-core-3.1",
      "java-17", "node-20", "python-3", "native", "classic-asp", "go", "cobol",
    ]
    let dependencies = Set(Dependency.allCases.filter { _ in Int.random(in: 0..<8, using: &rng) == 0 })
    let server = Server.fixture(
      id: "srv-\(index)", osBuild: pick([9600, 14393, 17763, 20348, 26100]), ansiCodePage: pick([1252, 932, 65001]))
    let app = Application.fixture(
      id: "app-\(index)", serverId: server.id, kind: .some(pick(ApplicationKind.allCases)),
      runtime: .some(pick(runtimes)),
      gui: .some(pick(GUIDependence.allCases)), registryState: .some(pick(RegistryState.allCases)),
      localState: .some(pick(LocalState.allCases)), logTarget: .some(pick(LogTarget.allCases)),
      codePageSensitive: .some(pick([true, false])), inMemoryState: .some(pick([true, false])),
      installSizeMB: .some(pick([10, 500, 4_000, 30_000])), dependencies: .some(pick([dependencies])),
      isolationRequired: .some(pick(IsolationRequirement.allCases)))
    return (app, server)
  }
}
