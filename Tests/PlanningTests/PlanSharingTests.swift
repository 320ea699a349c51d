import ContainerFitAssessment
import ContainerFitImport
import ContainerFitModel
import XCTest

@testable import ContainerFitPlanning

/// The plan stage at scale: pools shared by the isolation modes, the comparison's totals computed
/// without a full layout, placements in app id order, and the indexes that keep it fast.
final class PlanSharingTests: XCTestCase {
  /// A mixed estate: three image builds, recommended Hyper-V for some, code-page apps, instances,
  /// an unsuitable app per server now and then; ids deliberately out of order.
  func estate(count: Int, seed: UInt64) -> [Workload] {
    var rng = SeededGenerator(seed: seed)
    return (0..<count).map { index in
      let build = [14393, 17763, 20348, 20348][Int.random(in: 0...3, using: &rng)]
      let codePage = Int.random(in: 0..<10, using: &rng) == 0 ? [932, 1252][Int.random(in: 0...1, using: &rng)] : nil
      return Workload(
        appId: "app-\((index * 7919) % count)", serverId: "srv-\(index / 4)",
        cpuCores: Double(Int.random(in: 5...3000, using: &rng)) / 1000,
        memoryGB: Double(Int.random(in: 100...12000, using: &rng)) / 1024,
        instances: Int.random(in: 0..<20, using: &rng) == 0 ? 2 : 1,
        isolation: Bool.random(using: &rng) ? .hyperv : .process, containerBuild: build, codePage: codePage,
        isContainerisable: Int.random(in: 0..<15, using: &rng) != 0)
    }
  }

  func testComparisonTotalsEqualTheFullPlanOfEachMode() throws {
    let workloads = estate(count: 160, seed: 5)
    var base = Scenario()
    base.allowedHostBuilds = [17763, 20348]
    let recommended = try Planner(scenario: base).plan(workloads: workloads, servers: [])
    for mode in [Scenario.IsolationMode.process, .hyperv, .recommended] {
      var scenario = base
      scenario.isolation = mode
      let full = try Planner(scenario: scenario).plan(workloads: workloads, servers: [])
      let expected = IsolationVariant(
        hosts: full.hosts.count, cores: full.hosts.reduce(0) { $0 + $1.cores },
        memoryGB: full.hosts.reduce(0) { $0 + $1.memoryGB },
        annualCost: full.hosts.reduce(0) { $0 + $1.annualCompute + $1.annualLicence },
        placedApplications: full.placements.count)
      let variant: IsolationVariant
      switch mode {
      case .process: variant = recommended.isolation.processOnly
      case .hyperv: variant = recommended.isolation.hypervOnly
      case .recommended: variant = recommended.isolation.recommended
      }
      XCTAssertEqual(variant, expected, "\(mode)")
      XCTAssertEqual(full.isolation, recommended.isolation, "\(mode): every mode's plan compares the same three")
    }
  }

  func testPlacementsAndHostAppsAreSortedByIdAndEveryContainerIsPlacedOnce() throws {
    let workloads = estate(count: 160, seed: 9)
    let result = try Planner(scenario: Scenario()).plan(workloads: workloads, servers: [])
    let ids = result.placements.map(\.appId)
    XCTAssertEqual(ids, ids.sorted())
    for host in result.hosts {
      XCTAssertEqual(host.appIds, host.appIds.sorted())
      XCTAssertEqual(Set(host.appIds).count, host.appIds.count, "an app named twice on \(host.id)")
    }
    let byId = Dictionary(grouping: workloads, by: \.appId)
    var containersOnHosts = 0
    for placement in result.placements {
      let instances = max(1, byId[placement.appId]?.first?.instances ?? 1)
      XCTAssertEqual(placement.hostIds.count, instances)
      XCTAssertEqual(placement.hostId, placement.hostIds.first)
      containersOnHosts += instances
    }
    XCTAssertEqual(result.consolidation.pools.reduce(0) { $0 + $1.containers }, containersOnHosts)
    XCTAssertEqual(result.consolidation.targetHosts, result.consolidation.pools.reduce(0) { $0 + $1.hosts })
    XCTAssertEqual(Set(result.hosts.map(\.id)).count, result.hosts.count)
  }

  func testThePlanDoesNotDependOnTheOrderOfTheWorkloads() throws {
    let workloads = estate(count: 120, seed: 13)
    let sorted = workloads.sorted { $0.appId < $1.appId }
    let planner = try Planner(scenario: Scenario())
    let shuffled = planner.plan(workloads: workloads, servers: [])
    let inOrder = planner.plan(workloads: sorted, servers: [])
    XCTAssertEqual(shuffled.placements.map(\.appId), inOrder.placements.map(\.appId))
    XCTAssertEqual(shuffled.decommissionedServerIds, inOrder.decommissionedServerIds)
    XCTAssertEqual(shuffled.consolidation.sourceServers, inOrder.consolidation.sourceServers)
    XCTAssertEqual(shuffled.exceptions, inOrder.exceptions)
  }

  func testDecommissioningByWorkloadAgreesWithTheAppIdForm() {
    var rng = SeededGenerator(seed: 21)
    for _ in 0..<200 {
      let workloads = (0..<Int.random(in: 0...40, using: &rng)).map { index in
        Workload(
          appId: "a\(index)", serverId: "s\(Int.random(in: 0...6, using: &rng))", cpuCores: 1, memoryGB: 1,
          containerBuild: 20348, isContainerisable: Int.random(in: 0...5, using: &rng) != 0)
      }
      let moved = workloads.map { _ in Int.random(in: 0...4, using: &rng) != 0 }
      let movedIds = Set(zip(workloads, moved).filter(\.1).map(\.0.appId))
      let fast = Decommissioning.decommissioned(workloads: workloads, moved: moved)
      XCTAssertEqual(fast.ids, Decommissioning.decommissioned(workloads: workloads, movedAppIds: movedIds))
      XCTAssertEqual(fast.servers, Set(workloads.map(\.serverId)).count)
    }
  }

  func testFreeSpaceIndexFindsTheSameBinAsAScan() {
    var rng = SeededGenerator(seed: 17)
    for _ in 0..<300 {
      var free = (0..<Int.random(in: 1...70, using: &rng)).map { _ in
        PackingVector(cpu: Int.random(in: 0...100, using: &rng), memory: Int.random(in: 0...100, using: &rng))
      }
      var index = FreeSpaceIndex(free: free)
      for _ in 0..<30 {
        if Bool.random(using: &rng) {
          let position = Int.random(in: 0..<free.count, using: &rng)
          index.remove(at: position)
          free[position] = PackingVector(cpu: -1, memory: -1)
        }
        let demand = PackingVector(
          cpu: Int.random(in: 0...100, using: &rng), memory: Int.random(in: 0...100, using: &rng))
        let from = Int.random(in: 0...free.count, using: &rng)
        let scan = free.indices.first { $0 >= from && demand.fits(in: free[$0]) }
        XCTAssertEqual(index.first(from: from, fitting: demand), scan)
      }
    }
  }

  func testLargePoolPathStaysValidAndAboveTheBound() {
    // The path of pools above the exhaustive limit (L2-norm greedy and the indexed emptying pass),
    // forced on small instances so the exhaustive check stays cheap.
    var rng = SeededGenerator(seed: 29)
    for round in 0..<60 {
      let capacity = PackingVector(cpu: 1000, memory: 1000)
      let items = (0..<Int.random(in: 50...600, using: &rng)).map { _ in
        PackingVector(cpu: Int.random(in: 1...400, using: &rng), memory: Int.random(in: 1...400, using: &rng))
      }
      let packer = VectorPacker(capacity: capacity, maxClasses: 16, exhaustiveRuleLimit: 0, improvementBins: 1000)
      let packing = packer.pack(items)
      let placed = packing.bins.flatMap { $0 }
      XCTAssertEqual(placed.sorted(), Array(items.indices), "round \(round)")
      for bin in packing.bins {
        XCTAssertFalse(bin.isEmpty)
        XCTAssertLessThanOrEqual(bin.reduce(0) { $0 + items[$1].cpu }, capacity.cpu)
        XCTAssertLessThanOrEqual(bin.reduce(0) { $0 + items[$1].memory }, capacity.memory)
      }
      XCTAssertGreaterThanOrEqual(packing.bins.count, LowerBound.bins(for: items, capacity: capacity))
      XCTAssertEqual(packer.pack(items), packing)
    }
  }

  func testWorkloadsOfAnEstateShareEachServerAmongAllItsApps() throws {
    // Apps of one server not contiguous, a duplicate server id (the first counts), an app whose
    // server is missing.
    let servers = [
      Server(id: "s1", cores: 8, memoryGB: 32, cpuUtilPct: 50, memUtilPct: 50),
      Server(id: "s2", cores: 4, memoryGB: 16, cpuUtilPct: 100, memUtilPct: 25),
      Server(id: "s1", cores: 64, memoryGB: 512),
    ]
    let apps = ["s1", "s2", "s1", "s1", "s9", "s2", "s9"].enumerated().map { index, server in
      Application(id: "a\(index)", name: "a\(index)", serverId: server)
    }
    let estate = Estate(servers: servers, applications: apps)
    let assessed = try Assessor(scenario: Scenario()).assess(estate)
    let workloads = Planner.workloads(for: assessed, in: estate)
    XCTAssertEqual(workloads.count, assessed.count)
    let model = DemandModel()
    let counts = ["s1": 3, "s2": 2, "s9": 2]
    for (workload, result) in zip(workloads, assessed) {
      let app = result.application
      let expected = model.workload(
        for: app, server: servers.first { $0.id == app.serverId }, appsOnServer: counts[app.serverId] ?? 1,
        isolation: result.isolation, containerBuild: result.containerBuild,
        isContainerisable: result.verdict.movesToContainer)
      XCTAssertEqual(workload, expected, app.id)
    }
    XCTAssertEqual(workloads.first { $0.appId == "a0" }?.cpuCores ?? 0, 8 * 0.5 / 3, accuracy: 1e-9)
  }

  func testBoundSeesSizesInStepsAndStaysBelowTheOptimum() {
    // 512-unit items in bins of 1,000: one per bin, though their total fills only half as many.
    let steps = Array(repeating: PackingVector(cpu: 1, memory: 512), count: 10)
    XCTAssertEqual(LowerBound.bins(for: steps, capacity: PackingVector(cpu: 100, memory: 1000)), 10)
    var rng = SeededGenerator(seed: 31)
    for round in 0..<300 {
      let step = [2, 3, 5, 16][round % 4]
      let capacity = PackingVector(
        cpu: Int.random(in: 20...60, using: &rng), memory: Int.random(in: 20...60, using: &rng) * step + round % step)
      let items = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
        PackingVector(
          cpu: Int.random(in: 1...30, using: &rng), memory: Int.random(in: 1...30, using: &rng) * step)
      }
      let exact = ExactPacker.minimumBins(items.filter { $0.fits(in: capacity) }, capacity: capacity)
      XCTAssertLessThanOrEqual(LowerBound.bins(for: items, capacity: capacity), exact, "round \(round): \(items)")
    }
  }
}
