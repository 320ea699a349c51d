import ContainerFitConcurrency
import ContainerFitModel

/// The planning stage: packs containerisable workloads onto target hosts, decides which servers
/// are decommissioned, prices licences before and after, and compares isolation choices.
public struct Planner: Sendable {
  public let scenario: Scenario
  public let host: HostSpec
  let licences: LicenceModel

  /// Resolves the scenario's host; throws `PlanningError` naming the key when it cannot.
  public init(scenario: Scenario) throws {
    self.scenario = scenario
    self.host = try HostSpec(settings: scenario.host)
    self.licences = LicenceModel(settings: scenario.licensing)
  }

  /// Plans `workloads` (one per application) replacing `servers`.
  public func plan(workloads: [Workload], servers: [Server]) -> PlanningResult {
    var layout = HostLayout()
    var decommissioned: [String] = []
    var sourceServers = 0
    var licensing = LicensingSummary(
      currentAnnualCost: 0, targetAnnualCost: 0, annualSavings: 0, currency: scenario.licensing.currency)
    var comparison: IsolationComparison?
    // Every mode the plan needs, the scenario's first: its own in full, the other two as totals
    // for the isolation comparison. Their pools are packed together (`packings`).
    let modes = [scenario.isolation] + Scenario.IsolationMode.allCases.filter { $0 != scenario.isolation }
    let assignments = modes.concurrentMap(minimumChunk: 1) { assign(workloads, mode: $0) }
    var packings: [[PoolKey: PoolPacking]] = []
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
        }
      case .licences:
        price(&layout)
        let gone = Set(decommissioned)
        let current = servers.filter { gone.contains($0.id) }.reduce(0) { $0 + licences.currentAnnualCost(of: $1) }
        let target = layout.hosts.reduce(0) { $0 + $1.annualCost }
        licensing.currentAnnualCost = current
        licensing.targetAnnualCost = target
        licensing.annualSavings = current - target
      case .isolationComparison:
        func variant(_ mode: Scenario.IsolationMode) -> IsolationVariant {
          guard let index = modes.firstIndex(of: mode), index > 0 else { return layout.variant }
          return self.variant(assignments[index], packings[index])
        }
        comparison = IsolationComparison(
          processOnly: variant(.process), hypervOnly: variant(.hyperv), recommended: variant(.recommended))
      }
    }
    return PlanningResult(
      hosts: layout.hosts,
      consolidation: ConsolidationSummary(
        sourceServers: sourceServers, decommissionedServers: decommissioned.count, targetHosts: layout.hosts.count,
        lowerBoundHosts: layout.pools.reduce(0) { $0 + $1.lowerBoundHosts }, stranded: layout.stranded,
        pools: layout.pools),
      licensing: licensing,
      isolation: comparison
        ?? IsolationComparison(processOnly: layout.variant, hypervOnly: layout.variant, recommended: layout.variant),
      placements: layout.placements, placementWorkloads: layout.placementWorkloads,
      decommissionedServerIds: decommissioned, exceptions: layout.exceptions,
      overcommit: layout.overcommit, notes: layout.notes)
  }

  /// Sets each host's edition and annual cost from its Hyper-V container count.
  func price(_ layout: inout HostLayout) {
    // A Linux host needs no Windows licence.
    for index in layout.hosts.indices where layout.hosts[index].osBuild != ContainerOS.noWindowsBuild {
      let choice = licences.choose(
        cores: host.shape.cores, processors: host.shape.processors,
        hypervContainers: layout.hosts[index].hypervContainers, hostEdition: host.licenseEdition)
      layout.hosts[index].edition = choice.edition
      layout.hosts[index].annualCost = choice.annualCost
    }
  }
}
