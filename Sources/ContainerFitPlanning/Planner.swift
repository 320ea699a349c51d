import ContainerFitConcurrency
import ContainerFitModel

/// The planning stage: packs containerisable workloads onto target hosts, decides which servers
/// are decommissioned, prices licences before and after, and compares isolation choices.
public struct Planner: Sendable {
  public let scenario: Scenario
  /// The scenario's first host shape: the fixed one, or the first of `host.shapes` under `auto`.
  public let host: HostSpec
  /// Every shape a pool may use, by index (`PoolKey.shape`): the scenario's candidates first
  /// (`candidateCount` of them), then the catalogue's Hyper-V-capable shapes of the same kind for a
  /// Hyper-V pool none of the candidates can run.
  let shapes: [HostSpec]
  let candidateCount: Int
  /// On `ecs-fargate`, the indices in `shapes` of Fargate's task sizes (`FargateTaskSizes`), each
  /// OS's cheapest first; empty on every other platform.
  let fargateShapes: Range<Int>
  let licences: LicenceModel

  /// Resolves the scenario's hosts; throws `PlanningError` naming the key when it cannot.
  public init(scenario: Scenario) throws {
    self.scenario = scenario
    let candidates = try HostSpec.candidates(for: scenario)
    self.host = candidates[0]
    let names = Set(candidates.map(\.shape.name))
    let hostShapes =
      candidates
      + HostSpec.hypervCapableFallbacks(like: candidates, settings: scenario.host).filter {
        !names.contains($0.shape.name)
      }
    var taskShapes: [HostSpec] = []
    if scenario.platform == .ecsFargate {
      // A task gets its whole size: no host reservation, the scenario's utilisation headroom.
      var settings = scenario.host
      settings.reservedCores = 0
      settings.reservedMemoryGB = 0
      taskShapes = try FargateTaskSizes.shapes(windowsCharge: scenario.licensing.cloudPricePerVCPUHour).map {
        try HostSpec(shape: $0, settings: settings)
      }
    }
    self.shapes = hostShapes + taskShapes
    self.fargateShapes = hostShapes.count..<(hostShapes.count + taskShapes.count)
    self.candidateCount = candidates.count
    self.licences = LicenceModel(settings: scenario.licensing, platform: scenario.platform)
  }

  /// Plans `workloads` (one per application) replacing `servers`, which run on the hypervisor
  /// `hosts` the inventory describes (licences today are counted on a host when its VMs' host is known).
  public func plan(workloads: [Workload], servers: [Server], hosts: [HypervisorHost] = []) -> PlanningResult {
    var layout = HostLayout()
    var decommissioned: [String] = []
    var sourceServers = 0
    var licensing = LicensingSummary(
      currentAnnualCost: 0, targetAnnualCost: 0, annualSavings: 0, currency: scenario.licensing.currency)
    var cost = CostSummary.empty(
      currency: scenario.licensing.currency, currentBasis: scenario.licensing.currentBasis.rawValue,
      targetModel: licences.model.rawValue)
    cost.hostingPriced = scenario.current.isPriced
    var retired = LicenceModel.Range.zero
    var comparison: IsolationComparison?
    // Every mode the plan needs, the scenario's first: its own in full, the other two as totals
    // for the isolation comparison. Their pools are packed together (`packings`).
    let modes = [scenario.isolation] + Scenario.IsolationMode.allCases.filter { $0 != scenario.isolation }
    var assignments = modes.concurrentMap(minimumChunk: 1) { assign(workloads, mode: $0) }
    var packings: [[PoolKey: PoolPacking]] = []
    var poolFreeBound = (hosts: 0, shape: host.shape.name)
    for step in PlanningStep.ordered {
      switch step {
      case .pack:
        // The scenario's own mode is laid out, and its servers decommissioned, while the other
        // modes' pools are still being packed.
        packings = self.packings(assignments, boundsFor: 0) { packed in
          layout = self.layout(assignments[0], packed, workloads, order: Self.appIdOrder(workloads))
          // Every container of a pool is placed (`assign` keeps out what fits no host).
          var moved = [Bool](repeating: false, count: workloads.count)
          for containers in assignments[0].pools.values {
            for container in containers { moved[container.workload] = true }
          }
          (decommissioned, sourceServers) = Decommissioning.decommissioned(workloads: workloads, moved: moved)
          poolFreeBound = self.poolFreeBound(assignments[0], packed: packed)
        }
      case .licences:
        price(&layout)
        let gone = Set(decommissioned)
        // VMs on a described hypervisor host are licensed through it: before, with all its Windows
        // VMs; after, with those that stay (a host whose VMs all go needs no licence).
        let hostByName = Dictionary(hosts.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var onHost: [String: (all: [LicenseEdition?], staying: [LicenseEdition?])] = [:]
        for server in servers {
          let compute = scenario.current.annualHosting(of: server)
          cost.beforeCompute += compute
          if !gone.contains(server.id) { cost.remainingCompute += compute }
          if server.platform != .cloud, let name = server.hypervisorHost?.lowercased(),
            hostByName[name]?.physicalCores != nil
          {
            onHost[name, default: ([], [])].all.append(server.licenseEdition)
            if !gone.contains(server.id) { onHost[name, default: ([], [])].staying.append(server.licenseEdition) }
            continue
          }
          let licence = licences.currentAnnualCost(of: server)
          cost.beforeLicence = cost.beforeLicence + licence
          if gone.contains(server.id) {
            retired = retired + licence
          } else {
            cost.remainingLicence = cost.remainingLicence + licence
          }
        }
        for (name, vms) in onHost.sorted(by: { $0.key < $1.key }) {
          guard let host = hostByName[name] else { continue }
          let before = licences.currentAnnualCost(ofHost: host, editions: vms.all)
          let after = licences.currentAnnualCost(ofHost: host, editions: vms.staying)
          cost.beforeLicence = cost.beforeLicence + before
          cost.remainingLicence = cost.remainingLicence + after
          retired = retired + LicenceModel.Range(low: before.low - after.low, high: before.high - after.high)
          cost.licensedHosts += 1
          cost.vmsOnLicensedHosts += vms.all.count
        }
        cost.hostsLicence = layout.hosts.reduce(0) { $0 + $1.annualLicence }
        cost.hostsCompute = layout.hosts.reduce(0) { $0 + $1.annualCompute }
        // Version 1's figures: the retired servers' licences (the low end) against the new hosts'.
        licensing.currentAnnualCost = retired.low
        licensing.targetAnnualCost = cost.hostsLicence
        licensing.annualSavings = retired.low - cost.hostsLicence
      case .isolationComparison:
        func variant(_ mode: Scenario.IsolationMode) -> IsolationVariant {
          guard let index = modes.firstIndex(of: mode), index > 0 else { return layout.variant }
          return self.variant(assignments[index], packings[index])
        }
        comparison = IsolationComparison(
          processOnly: variant(.process), hypervOnly: variant(.hyperv), recommended: variant(.recommended))
      }
    }
    // The sensitivity: the scenario's own mode again, its demand 20% higher and lower, packed once the
    // other modes' pools are let go, so the run's peak memory is the comparison's, not more.
    assignments.removeSubrange(1...)
    packings.removeSubrange(1...)
    let sensitivityPct = DemandSensitivity.defaultPct
    let scaledAssignments = [1 + sensitivityPct / 100, 1 - sensitivityPct / 100].map { scaled(assignments[0], by: $0) }
    let scaledPackings = self.packings(scaledAssignments, boundsFor: nil) { _ in }
    let sensitivity = DemandSensitivity(
      pct: sensitivityPct, more: variant(scaledAssignments[0], scaledPackings[0]),
      less: variant(scaledAssignments[1], scaledPackings[1]))
    return PlanningResult(
      hosts: layout.hosts,
      consolidation: ConsolidationSummary(
        sourceServers: sourceServers, decommissionedServers: decommissioned.count,
        targetHosts: layout.hosts.count { !$0.isFargateTask },
        fargateTasks: layout.hosts.count(where: \.isFargateTask),
        lowerBoundHosts: layout.pools.filter { !$0.isFargateTasks }.reduce(0) { $0 + $1.lowerBoundHosts },
        poolFreeLowerBoundHosts: poolFreeBound.hosts, poolFreeShape: poolFreeBound.shape,
        placedApplications: layout.placements.count,
        unplacedApplications: workloads.count { $0.isContainerisable } - layout.placements.count,
        stranded: layout.stranded, pools: layout.pools),
      licensing: licensing, cost: cost,
      isolation: comparison
        ?? IsolationComparison(processOnly: layout.variant, hypervOnly: layout.variant, recommended: layout.variant),
      sensitivity: sensitivity,
      placements: layout.placements, placementWorkloads: layout.placementWorkloads,
      decommissionedServerIds: decommissioned, exceptions: layout.exceptions,
      overcommit: layout.overcommit, notes: layout.notes)
  }

  /// The bound of every container of `assignment` as one pool, on the shape of its largest pool;
  /// with one pool, that pool's bound.
  /// Fargate tasks are not hosts: only host pools count.
  func poolFreeBound(_ assignment: Assignment, packed: [PoolKey: PoolPacking]) -> (hosts: Int, shape: String) {
    let pools = assignment.pools.filter { !fargateShapes.contains($0.key.shape) }
    let largest = pools.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key.shape ?? 0
    let shape = shapes[largest].shape.name
    guard pools.count > 1 else { return (pools.keys.first.flatMap { packed[$0]?.lowerBound } ?? 0, shape) }
    let bound = LowerBound.bins(
      for: pools.values.flatMap { $0 }.map { PackingVector(demandCores: $0.cpu, memoryGB: $0.memory) },
      capacity: shapes[largest].capacity)
    return (bound, shape)
  }

  /// Sets each host's edition, licence and compute a year; a Linux host needs no Windows licence.
  func price(_ layout: inout HostLayout) {
    let specByName = Dictionary(shapes.map { ($0.shape.name, $0) }, uniquingKeysWith: { first, _ in first })
    for index in layout.hosts.indices {
      let spec = specByName[layout.hosts[index].shape] ?? host
      layout.hosts[index].annualCompute = annualCompute(spec)
      guard layout.hosts[index].osBuild != ContainerOS.noWindowsBuild else { continue }
      let choice = licences.choose(
        cores: spec.shape.cores, processors: spec.shape.processors,
        hypervContainers: layout.hosts[index].hypervContainers, hostEdition: spec.licenseEdition)
      layout.hosts[index].edition = choice.edition
      layout.hosts[index].annualLicence = choice.annualCost
    }
  }

  /// One host's compute a year, without its licence: a cloud shape's on-demand Windows price less
  /// the Windows charge per vCPU-hour (which is the Linux price), × 8,760 hours; an on-premises
  /// shape at the scenario's hosting rate (`current.physical_server_year`, or
  /// `current.vm_cost_per_vcpu_year` per core for a VM), 0 when not priced.
  func annualCompute(_ spec: HostSpec) -> Double {
    let shape = spec.shape
    if let hourly = shape.hourlyPrice {
      let licencePart =
        shape.platform == .cloud && shape.includesWindowsCharge
        ? shape.cores * scenario.licensing.cloudPricePerVCPUHour : 0
      let factor = shape.platform == .cloud ? scenario.pricing.factor : 1
      return max(0, hourly - licencePart) * Facts.hoursPerYear.value * factor
    }
    switch shape.platform {
    case .physical: return scenario.current.physicalServerYear
    case .vm, .cloud: return shape.cores * scenario.current.vmCostPerVCPUYear
    }
  }

}
