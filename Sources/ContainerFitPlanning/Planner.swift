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
    var licensing = LicensingSummary(
      currentAnnualCost: 0, targetAnnualCost: 0, annualSavings: 0, currency: scenario.licensing.currency)
    var comparison: IsolationComparison?
    let layouts = self.layouts(workloads)
    for step in PlanningStep.ordered {
      switch step {
      case .pack:
        layout = layouts[scenario.isolation] ?? self.layout(workloads, mode: scenario.isolation)
        decommissioned = Decommissioning.decommissioned(
          workloads: workloads, movedAppIds: Set(layout.placements.map(\.appId)))
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
          if mode == scenario.isolation { return layout.variant }
          var other = layouts[mode] ?? self.layout(workloads, mode: mode)
          price(&other)
          return other.variant
        }
        comparison = IsolationComparison(
          processOnly: variant(.process), hypervOnly: variant(.hyperv), recommended: variant(.recommended))
      }
    }
    let sourceServers = Set(workloads.map(\.serverId)).count
    return PlanningResult(
      hosts: layout.hosts,
      consolidation: ConsolidationSummary(
        sourceServers: sourceServers, decommissionedServers: decommissioned.count, targetHosts: layout.hosts.count,
        lowerBoundHosts: layout.pools.reduce(0) { $0 + $1.lowerBoundHosts }, stranded: layout.stranded,
        pools: layout.pools),
      licensing: licensing,
      isolation: comparison
        ?? IsolationComparison(processOnly: layout.variant, hypervOnly: layout.variant, recommended: layout.variant),
      placements: layout.placements, decommissionedServerIds: decommissioned, exceptions: layout.exceptions,
      overcommit: layout.overcommit, notes: layout.notes)
  }

  /// Sets each host's edition and annual cost from its Hyper-V container count.
  func price(_ layout: inout HostLayout) {
    for index in layout.hosts.indices {
      let choice = licences.choose(
        cores: host.shape.cores, processors: host.shape.processors,
        hypervContainers: layout.hosts[index].hypervContainers, hostEdition: host.licenseEdition)
      layout.hosts[index].edition = choice.edition
      layout.hosts[index].annualCost = choice.annualCost
    }
  }
}
