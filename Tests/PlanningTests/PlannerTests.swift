import ContainerFitModel
import XCTest

@testable import ContainerFitPlanning

final class PlannerTests: XCTestCase {
  /// The default scenario on one fixed shape, m5.4xlarge (16 vCPU, 64 GiB), so the figures below
  /// do not move with the choice of shape (tested on its own).
  static var m5: Scenario {
    var scenario = Scenario()
    scenario.host.shape = "m5.4xlarge"
    return scenario
  }

  func workload(
    _ id: String, server: String = "s1", cpu: Double = 1, memory: Double = 2, build: Int = 20348,
    isolation: Isolation = .process, codePage: Int? = nil, suitable: Bool = true, instances: Int = 1
  ) -> Workload {
    Workload(
      appId: id, serverId: server, cpuCores: cpu, memoryGB: memory, instances: instances, isolation: isolation,
      containerBuild: build, codePage: codePage, isContainerisable: suitable)
  }

  func testUnknownHostShapeIsAnErrorNamingTheKey() {
    var scenario = Self.m5
    scenario.host.shape = "m9.huge"
    XCTAssertThrowsError(try Planner(scenario: scenario)) { error in
      XCTAssertTrue(error.localizedDescription.contains("host.shape"))
      XCTAssertEqual(error as? PlanningError, .unknownHostShape("m9.huge"))
    }
  }

  func testCatalogueShapeTakesOverridesAndUsableCapacityKeepsHeadroom() throws {
    var scenario = Self.m5
    scenario.host.shape = "r5.2xlarge"
    scenario.host.memoryGB = 60
    let spec = try HostSpec(settings: scenario.host)
    XCTAssertEqual(spec.shape.cores, 8)
    XCTAssertEqual(spec.usableCores, 7.5 * 0.8, accuracy: 1e-9)
    XCTAssertEqual(spec.usableMemoryGB, 58 * 0.8, accuracy: 1e-9)
  }

  func testProcessIsolatedAppsOnlyShareHostsOfTheirBuild() throws {
    var scenario = Self.m5
    scenario.allowedHostBuilds = [17763, 20348]
    let planner = try Planner(scenario: scenario)
    let result = planner.plan(
      workloads: [workload("a", build: 17763), workload("b", build: 20348), workload("c", build: 17763)], servers: [])
    XCTAssertEqual(result.hosts.map(\.id), ["host-17763-0001", "host-20348-0001"])
    XCTAssertEqual(result.hosts[0].appIds, ["a", "c"])
    for placement in result.placements {
      let host = try XCTUnwrap(result.hosts.first { $0.id == placement.hostId })
      XCTAssertTrue(
        BuildCompatibility.modes(image: placement.appId == "b" ? 20348 : 17763, host: host.osBuild).contains(.process))
    }
  }

  func testCodePageSensitiveAppsGetTheirOwnPoolAndStayProcessIsolated() throws {
    var scenario = Self.m5
    scenario.isolation = .hyperv
    let result = try Planner(scenario: scenario).plan(
      workloads: [workload("jp", codePage: 932), workload("x")], servers: [])
    let japanese = try XCTUnwrap(result.hosts.first { $0.appIds == ["jp"] })
    XCTAssertEqual(japanese.codePage, 932)
    XCTAssertEqual(result.placements.first { $0.appId == "jp" }?.isolation, .process)
    XCTAssertEqual(result.placements.first { $0.appId == "x" }?.isolation, .hyperv)
  }

  func testBoundsAndStrandedCapacityAreWhatTheyClaim() throws {
    // Two code-page pools that could share hosts were it not for the code page.
    let workloads =
      (0..<6).map { workload("a\($0)", cpu: 1, memory: 4, codePage: 932) }
      + (0..<6).map { workload("b\($0)", cpu: 1, memory: 4, codePage: 1252) }
      + [workload("big", cpu: 40)]
    let planner = try Planner(scenario: Self.m5)
    let plan = planner.plan(workloads: workloads, servers: [])
    XCTAssertEqual(plan.consolidation.lowerBoundHosts, 2)
    XCTAssertEqual(
      plan.consolidation.poolFreeLowerBoundHosts, 1,
      "12 × (1 core, 4 GiB) fit one m5.4xlarge: 12.4 cores, 49.6 GiB usable")
    XCTAssertLessThanOrEqual(plan.consolidation.poolFreeLowerBoundHosts, plan.consolidation.lowerBoundHosts)
    XCTAssertLessThanOrEqual(plan.consolidation.lowerBoundHosts, plan.consolidation.targetHosts)
    XCTAssertEqual(plan.consolidation.placedApplications, 12)
    XCTAssertEqual(plan.consolidation.unplacedApplications, 1)
    // The pools' stranded capacity, by the one definition, adds up to the plan's.
    var rows = StrandedCapacity(cpuCores: 0, memoryGB: 0)
    for pool in [932, 1252] {
      let pooled = StrandedCapacity.of(plan.hosts.filter { $0.codePage == pool })
      rows.cpuCores += pooled.cpuCores
      rows.memoryGB += pooled.memoryGB
    }
    XCTAssertEqual(rows.cpuCores, plan.consolidation.stranded.cpuCores, accuracy: 1e-9)
    XCTAssertEqual(rows.memoryGB, plan.consolidation.stranded.memoryGB, accuracy: 1e-9)
  }

  func testRegionAndDiscountScaleTheComputeAndLeaveTheWindowsCharge() throws {
    var scenario = Self.m5
    scenario.pricing.regionFactor = 1.1
    scenario.pricing.ec2DiscountPct = 20
    let plan = try Planner(scenario: scenario).plan(workloads: [workload("a")], servers: [])
    let host = try XCTUnwrap(plan.hosts.first)
    XCTAssertEqual(host.annualCompute, (1.504 - 16 * 0.046) * 8760 * 1.1 * 0.8, accuracy: 0.001)
    XCTAssertEqual(host.annualLicence, 16 * 0.046 * 8760, accuracy: 0.001)
  }

  func testSpareHostsAreAddedPricedAndLeftEmpty() throws {
    var scenario = Self.m5
    scenario.host.spread = .nPlusOne
    let workloads = [workload("a"), workload("b", codePage: 932)]
    let plan = try Planner(scenario: scenario).plan(workloads: workloads, servers: [])
    // Two pools of one host each, and one spare each.
    XCTAssertEqual(plan.hosts.count, 4)
    XCTAssertEqual(plan.hosts.filter(\.spare).count, 2)
    XCTAssertTrue(plan.hosts.filter(\.spare).allSatisfy { $0.appIds.isEmpty && $0.annualLicence > 0 })
    XCTAssertEqual(plan.consolidation.pools.map(\.hosts), [2, 2])
    XCTAssertEqual(plan.consolidation.stranded, StrandedCapacity.of(plan.hosts.filter { !$0.spare }))
    XCTAssertEqual(plan.isolation.recommended.hosts, 4)
    XCTAssertEqual(plan.isolation.processOnly.hosts, 4, "the comparison's plans get their spares too")
    scenario.host.spread = .none
    scenario.host.minHostsPerPool = 3
    XCTAssertEqual(try Planner(scenario: scenario).plan(workloads: workloads, servers: []).hosts.count, 6)
  }

  func testAutoGivesEachPoolItsCheapestShape() throws {
    // Memory-heavy demand: r7i.4xlarge (16 vCPU, 128 GiB) holds it on fewer, cheaper hosts than m7i.
    let memoryHeavy = (0..<40).map { workload("m\($0)", cpu: 0.5, memory: 12) }
    let memoryPlan = try Planner(scenario: Scenario()).plan(workloads: memoryHeavy, servers: [])
    XCTAssertEqual(Set(memoryPlan.hosts.map(\.shape)), ["r7i.4xlarge"])
    // CPU-heavy demand: c7i.4xlarge (16 vCPU, 32 GiB) is the cheapest per core.
    let cpuHeavy = (0..<40).map { workload("c\($0)", cpu: 3, memory: 2) }
    let cpuPlan = try Planner(scenario: Scenario()).plan(workloads: cpuHeavy, servers: [])
    XCTAssertEqual(Set(cpuPlan.hosts.map(\.shape)), ["c7i.4xlarge"])
    for plan in [memoryPlan, cpuPlan] {
      for host in plan.hosts {
        XCTAssertLessThanOrEqual(host.cpuUsed, host.usableCores + 1e-9)
        XCTAssertLessThanOrEqual(host.memoryUsed, host.usableMemoryGB + 1e-9)
      }
    }
  }

  func testLinuxContainersShareLinuxHostsWithoutAWindowsLicence() throws {
    var linux = workload("l", cpu: 2, memory: 4)
    linux.os = .linux
    linux.containerBuild = ContainerOS.noWindowsBuild
    let result = try Planner(scenario: Self.m5).plan(workloads: [linux, workload("w", build: 26100)], servers: [])
    XCTAssertEqual(result.hosts.map(\.id), ["host-linux-0001", "host-26100-0001"])
    let host = try XCTUnwrap(result.hosts.first)
    XCTAssertEqual(host.appIds, ["l"])
    XCTAssertEqual(host.edition, LicenseEdition.none)
    XCTAssertEqual(host.annualLicence, 0)
    XCTAssertGreaterThan(result.hosts[1].annualLicence, 0)
    XCTAssertEqual(result.placements.first { $0.appId == "l" }?.isolation, .process)
    XCTAssertTrue(result.notes.contains { $0.hasPrefix("1 apps run in Linux containers on 1 Linux hosts") })
    // Hyper-V isolation for everything leaves Linux containers as they are.
    var hyperv = Self.m5
    hyperv.platform = .selfManaged
    hyperv.isolation = .hyperv
    let all = try Planner(scenario: hyperv).plan(workloads: [linux], servers: [])
    XCTAssertEqual(all.placements.first?.cpuCores, 2)
  }

  func testHypervOnECSIsPlannedOnSelfManagedHostsAndSaysSo() throws {
    let result = try Planner(scenario: Self.m5).plan(
      workloads: [workload("h", isolation: .hyperv), workload("p")], servers: [])
    XCTAssertEqual(result.hosts.filter(\.selfManaged).flatMap(\.appIds), ["h"])
    XCTAssertTrue(result.notes.contains { $0.contains("not available on ecs-ec2: 1 apps") })
    XCTAssertEqual(result.hosts.filter(\.selfManaged).map(\.shape), ["m8i.4xlarge"])
    XCTAssertEqual(result.hosts.filter { !$0.selfManaged }.map(\.shape), ["m5.4xlarge"])
  }

  func testHypervAddsTheCPUOverheadOfTheHostKindAndUtilityVMMemory() throws {
    var onPrem = Scenario()
    onPrem.platform = .onPrem
    onPrem.host.shape = "onprem-2s-32c-256g"
    let native = try Planner(scenario: onPrem).plan(
      workloads: [workload("h", cpu: 2, memory: 1, isolation: .hyperv)], servers: [])
    let placement = try XCTUnwrap(native.placements.first)
    XCTAssertEqual(placement.cpuCores, 2.21, accuracy: 1e-9)  // + 10.5% on a physical host
    XCTAssertEqual(placement.memoryGB, 1.5, accuracy: 1e-9)  // 1024 + 256 MB → 1536 MB
    XCTAssertEqual(native.hosts.first?.hypervContainers, 1)
    // A cloud shape that cannot run Hyper-V is never used for it: the cheapest capable one is, here
    // nested virtualisation on m8i.4xlarge, with its overhead (an assumption) and a note.
    var cloud = Self.m5
    cloud.platform = .selfManaged
    let nested = try Planner(scenario: cloud).plan(
      workloads: [workload("h", cpu: 2, memory: 1, isolation: .hyperv)], servers: [])
    XCTAssertEqual(nested.hosts.map(\.shape), ["m8i.4xlarge"])
    XCTAssertEqual(nested.placements.first?.cpuCores ?? 0, 2.4, accuracy: 1e-9)  // + 20%
    XCTAssertTrue(nested.notes.contains { $0.contains("m8i.4xlarge relies on nested virtualisation") })
    XCTAssertTrue(nested.notes.contains { $0.contains("No shape of the scenario runs Hyper-V isolation (m5.4xlarge)") })
  }

  func testAnAppTooLargeForAnyHostIsAPlanningException() throws {
    let result = try Planner(scenario: Self.m5).plan(workloads: [workload("big", cpu: 40)], servers: [])
    XCTAssertEqual(result.exceptions.map(\.reason), [.tooLargeForHost])
    XCTAssertTrue(result.hosts.isEmpty)
  }

  func testAServerWithOneUnsuitableAppIsNotDecommissionedAndKeepsItsLicence() throws {
    let servers = [
      Server(id: "s1", cores: 8, licenseEdition: .standard), Server(id: "s2", cores: 8, licenseEdition: .standard),
    ]
    let result = try Planner(scenario: Self.m5).plan(
      workloads: [
        workload("a", server: "s1"), workload("b", server: "s1", suitable: false), workload("c", server: "s2"),
      ], servers: servers)
    XCTAssertEqual(result.decommissionedServerIds, ["s2"])
    XCTAssertEqual(result.consolidation.sourceServers, 2)
    XCTAssertEqual(result.consolidation.decommissionedServers, 1)
    // Software Assurance on 8 cores of Standard (per-VM licensing): 8 × $1,069 / 16 × 25%.
    let perServer = 8 * 1069.0 / 16 * 0.25
    XCTAssertEqual(result.licensing.currentAnnualCost, perServer, accuracy: 0.001)
    XCTAssertEqual(Set(result.placements.map(\.appId)), ["a", "c"])
    // Before: both servers; after: the new hosts plus s1, which stays with its licence.
    XCTAssertEqual(result.cost.beforeLicence.low, 2 * perServer, accuracy: 0.001)
    XCTAssertEqual(result.cost.remainingLicence.low, perServer, accuracy: 0.001)
    XCTAssertEqual(result.cost.afterLicence.low, perServer + result.cost.hostsLicence, accuracy: 0.001)
    // m5.4xlarge, licence-included: 16 vCPU × $0.046 × 8,760 h of licence, the rest of $1.504/h compute.
    XCTAssertEqual(result.cost.targetModel, "included")
    XCTAssertEqual(result.hosts.first?.annualLicence ?? 0, 16 * 0.046 * 8760, accuracy: 0.001)
    XCTAssertEqual(result.hosts.first?.annualCompute ?? 0, (1.504 - 16 * 0.046) * 8760, accuracy: 0.001)
    XCTAssertFalse(result.cost.hostingPriced)
  }

  func testInstancesArePlacedSeparatelyAndCountedOnce() throws {
    let result = try Planner(scenario: Self.m5).plan(
      workloads: [workload("r", cpu: 5, memory: 4, instances: 3)], servers: [])
    XCTAssertEqual(result.placements.first?.hostIds.count, 3)
    XCTAssertEqual(result.hosts.count, 2)  // 5 cores each, 12.4 usable per host: two fit on one.
  }

  func testUnboundedWorkaroundPacksByAverageAndReportsOvercommit() throws {
    var scenario = Self.m5
    scenario.memoryPolicy = .unboundedWorkaround
    let apps = (0..<10).map {
      Workload(
        appId: "a\($0)", serverId: "s", cpuCores: 0.1, memoryGB: 8, memoryAvgGB: 2, containerBuild: 20348)
    }
    let result = try Planner(scenario: scenario).plan(workloads: apps, servers: [])
    XCTAssertEqual(result.hosts.count, 1)  // 20 GiB of average fits 49.6 GiB usable.
    XCTAssertEqual(result.overcommit.first?.overcommitGB ?? 0, 80 - 62, accuracy: 1e-9)
  }

  func testIsolationComparisonShowsHypervCostsMoreHosts() throws {
    var scenario = Self.m5
    scenario.platform = .selfManaged
    let apps = (0..<200).map { workload("a\($0)", server: "s\($0 % 20)", cpu: 0.5, memory: 1.7) }
    let result = try Planner(scenario: scenario).plan(workloads: apps, servers: [])
    XCTAssertGreaterThan(result.isolation.hypervOnlyHosts, result.isolation.processOnlyHosts)
    XCTAssertEqual(result.isolation.recommendedHosts, result.consolidation.targetHosts)
    XCTAssertGreaterThan(result.isolation.hypervOverheadPct, 0)
    XCTAssertGreaterThanOrEqual(result.consolidation.targetHosts, result.consolidation.lowerBoundHosts)
  }

  /// m5.4xlarge offers 12.4 usable cores: 3-core containers go 4 to a host, 3.6-core ones (+20%)
  /// 3, 2.4-core ones (−20%) 5; the 11-core one no longer fits at +20% (13.2 cores).
  func testSensitivityRepacksThePlansPoolsWithDemandUpAndDown() throws {
    let apps = (0..<10).map { workload("a\($0)", cpu: 3, memory: 2) } + [workload("big", cpu: 11, memory: 2)]
    let result = try Planner(scenario: Self.m5).plan(workloads: apps, servers: [])
    XCTAssertEqual(result.hosts.count, 4)
    let sensitivity = result.sensitivity
    XCTAssertEqual(sensitivity.pct, 20)
    XCTAssertEqual(sensitivity.more.hosts, 4)
    XCTAssertEqual(sensitivity.more.placedApplications, 10)
    XCTAssertEqual(sensitivity.less.hosts, 3)
    XCTAssertEqual(sensitivity.less.placedApplications, 11)
    // Every host of one shape and edition costs the same: the totals are hosts × a host's cost.
    let perHost = result.hosts[0].annualCompute + result.hosts[0].annualLicence
    XCTAssertEqual(sensitivity.more.annualCost, 4 * perHost, accuracy: 1e-6)
    XCTAssertEqual(sensitivity.less.annualCost, 3 * perHost, accuracy: 1e-6)
  }

  /// At 80% utilisation a 1 vCPU / 2 GB Windows task holds 0.8 cores and 1.6 GB; a 0.25 vCPU /
  /// 0.5 GB Linux task 0.2 cores and 0.4 GB. Windows tasks stop at 4 vCPU (3.2 cores planned).
  func testFargateGivesEachContainerATaskOfTheCheapestSizeThatHoldsIt() throws {
    var scenario = Scenario()
    scenario.platform = .ecsFargate
    var linux = workload("l", cpu: 0.2, memory: 0.3)
    linux.os = .linux
    linux.containerBuild = ContainerOS.noWindowsBuild
    let apps = [
      workload("w", cpu: 0.5, memory: 1.5), workload("w2", cpu: 0.5, memory: 1.5, instances: 2), linux,
      workload("big", cpu: 3.5, memory: 4),
    ]
    let result = try Planner(scenario: scenario).plan(workloads: apps, servers: [])
    XCTAssertEqual(result.consolidation.targetHosts, 0)
    XCTAssertEqual(result.consolidation.fargateTasks, 4)
    XCTAssertTrue(result.hosts.allSatisfy(\.isFargateTask))
    XCTAssertEqual(
      result.hosts.map(\.id), ["task-linux-0001", "task-20348-0001", "task-20348-0002", "task-20348-0003"])
    let windows = try XCTUnwrap(result.hosts.first { $0.appIds == ["w"] })
    XCTAssertEqual(windows.shape, "fargate-windows-1vcpu-2gb")
    XCTAssertEqual(windows.annualCompute, (0.09148 + 2 * 0.01005) * 8_760, accuracy: 1e-6)
    XCTAssertEqual(windows.annualLicence, 0.046 * 8_760, accuracy: 1e-6)
    XCTAssertEqual(windows.edition, .included)
    let linuxTask = try XCTUnwrap(result.hosts.first { $0.appIds == ["l"] })
    XCTAssertEqual(linuxTask.shape, "fargate-linux-0.25vcpu-0.5gb")
    XCTAssertEqual(linuxTask.annualCompute, (0.25 * 0.04048 + 0.5 * 0.004445) * 8_760, accuracy: 1e-6)
    XCTAssertEqual(linuxTask.annualLicence, 0)
    XCTAssertEqual(result.hosts.count { $0.appIds == ["w2"] }, 2, "one task per instance")
    XCTAssertEqual(result.exceptions.map(\.appId), ["big"])
    XCTAssertTrue(result.exceptions[0].message.contains("Fargate's largest Windows task has 4.0 vCPU"))
    XCTAssertFalse(result.hosts.contains(where: \.spare), "tasks get no spare")
    XCTAssertEqual(result.consolidation.lowerBoundHosts, 0, "tasks are not hosts")
    XCTAssertEqual(result.isolation.processOnly.tasks, 4)
    XCTAssertTrue(result.notes.contains { $0.hasPrefix("Fargate runs tasks, not hosts") })
    // +20%: `w` needs 0.6 cores and 1.8 GB, still a 1 vCPU / 2 GB task; −20%: the same.
    XCTAssertEqual(result.sensitivity.more.tasks, 4)
    XCTAssertEqual(result.sensitivity.less.tasks, 4)
  }

  func testPerCoreLicencesAreRefusedOnFargate() {
    var scenario = Scenario()
    scenario.platform = .ecsFargate
    scenario.licensing.model = .perCore
    scenario.licensing.byolEligible = true
    scenario.host.tenancy = .dedicatedHost
    XCTAssertTrue(scenario.byolViolation()?.contains("Fargate's Windows tasks are licence-included only") == true)
  }

  /// Three Standard VMs on a 24-core host need two full licensings; retiring one leaves two VMs,
  /// one licensing: the saving is one licensing, not a VM's share. A Datacenter host saves nothing
  /// until all its VMs go.
  func testLicencesTodayAreCountedOnTheHypervisorHostAndFreedOnlyAsItEmpties() throws {
    var scenario = Self.m5
    scenario.platform = .onPrem
    scenario.host.shape = "onprem-2s-32c-256g"
    let esx = HypervisorHost(name: "esx01", sockets: 2, coresPerSocket: 12)
    let dc = HypervisorHost(name: "esx02", sockets: 2, coresPerSocket: 12)
    func vm(_ id: String, on host: String, _ edition: LicenseEdition) -> Server {
      var server = Server(id: id, cores: 4, platform: .vm, licenseEdition: edition)
      server.hypervisorHost = host
      return server
    }
    let servers = [
      vm("a", on: "esx01", .standard), vm("b", on: "esx01", .standard), vm("c", on: "esx01", .standard),
      vm("d", on: "ESX02", .datacenter), vm("e", on: "esx02", .datacenter),
      Server(id: "loose", cores: 4, platform: .vm),
    ]
    let result = try Planner(scenario: scenario).plan(
      workloads: [workload("a1", server: "a"), workload("d1", server: "d")], servers: servers, hosts: [esx, dc])
    let standardOnce = 24.0 / 16 * 1_069 * 0.25
    let datacenter = 24.0 / 16 * 6_155 * 0.25
    let perVM = LicenceModel(settings: scenario.licensing).currentAnnualCost(of: servers[5])
    XCTAssertEqual(result.cost.licensedHosts, 2)
    XCTAssertEqual(result.cost.vmsOnLicensedHosts, 5)
    XCTAssertEqual(result.cost.beforeLicence.low, 2 * standardOnce + datacenter + perVM.low, accuracy: 1e-6)
    XCTAssertEqual(result.cost.remainingLicence.low, standardOnce + datacenter + perVM.low, accuracy: 1e-6)
  }

  func testDemandModelSharesTheServerAmongItsAppsAndAssumesFullUseWhenUnknown() {
    let model = DemandModel()
    let server = Server(id: "s", cores: 8, memoryGB: 32, cpuUtilPct: 50, memUtilPct: nil)
    let demand = model.demand(
      for: Application(id: "a", name: "a", serverId: "s", instances: 2), server: server, appsOnServer: 4)
    XCTAssertEqual(demand.cpuCores, 1, accuracy: 1e-9)  // 8 × 50% / 4
    XCTAssertEqual(demand.memoryGB, 8, accuracy: 1e-9)  // 32 × 100% / 4
    XCTAssertEqual(demand.totalCPUCores, 2, accuracy: 1e-9)
    let explicit = model.demand(
      for: Application(id: "b", name: "b", serverId: "s", cpuCores: 0.25), server: server, appsOnServer: 4)
    XCTAssertEqual(explicit.cpuSource, .explicit)
    XCTAssertEqual(explicit.cpuCores, 0.25)
  }

  func testResultEncodesTheContractKeys() throws {
    let result = try Planner(scenario: Self.m5).plan(workloads: [workload("a")], servers: [])
    let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
    for key in [
      "\"consolidation\"", "\"licensing\"", "\"isolation\"", "\"lowerBoundHosts\"", "\"applications\"",
      "\"hypervOverheadPct\"", "\"annualSavings\"", "\"memoryUsed\"",
    ] {
      XCTAssertTrue(json.contains(key), key)
    }
  }
}
