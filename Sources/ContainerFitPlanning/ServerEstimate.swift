import ContainerFitModel

/// The server-level first look (real-world-formats.md, "Server-only deliveries"): what the servers
/// with no known application would need if each server's workload moved as one unit, packed by the
/// normal planner. It is an estimate to size the opportunity, not a plan: no application on these
/// servers has been assessed, so none of them is counted as decommissionable.
public struct ServerEstimate: Sendable, Hashable, Codable {
  /// Servers in the estimate: every described server (not a placeholder) with no known application.
  public var servers: Int
  /// Of them, sized as allocation × peak utilisation (both known), or as the whole allocation (a
  /// utilisation unknown: the labelled assumption that the server is fully used).
  public var sizedByUtilisation: Int
  public var sizedByAllocation: Int
  /// Servers with no core count or no memory: left out of the estimate, listed by id.
  public var unsizedServerIds: [String]
  /// The container build each server's workload would move to: the newest the platform and
  /// `allowed_host_builds` allow, as for applications.
  public var containerBuild: Int
  public var hosts: Int
  /// The estimate's bounds, worded as for the plan: no plan with these pools uses fewer hosts; none
  /// at all fewer of `poolFreeShape`.
  public var lowerBoundHosts: Int
  public var poolFreeLowerBoundHosts: Int
  public var poolFreeShape: String
  /// Hosts by shape name.
  public var shapes: [String: Int]
  /// Servers too large for any host shape (their workload fits no host as one unit).
  public var unplacedServerIds: [String]
  /// The hosts' compute and Windows licence a year.
  public var annualCompute: Double
  public var annualLicence: Double
}

extension Planner {
  /// The server-level estimate for the servers of `estate` that no application names, or `nil`
  /// when every described server has an application. Each becomes one workload: its cores × its peak
  /// CPU utilisation and its memory × its peak memory utilisation (100% when unknown), on the newest
  /// build the scenario allows, process-isolated.
  public func serverEstimate(for estate: Estate, containerBuild: Int) -> ServerEstimate? {
    var hasApplication = [Bool](repeating: false, count: estate.servers.count)
    for server in estate.serverIndices { hasApplication[server] = true }
    var workloads: [Workload] = []
    var unsized: [String] = []
    var byUtilisation = 0
    for (index, server) in estate.servers.enumerated() where !hasApplication[index] && !server.isPlaceholder {
      guard let cores = server.cores, cores > 0, let memory = server.memoryGB, memory > 0 else {
        unsized.append(server.id)
        continue
      }
      if server.cpuUtilPct != nil, server.memUtilPct != nil { byUtilisation += 1 }
      let cpu = Double(cores) * (server.cpuUtilPct ?? Facts.missingUtilizationPct.value) / 100
      let gigabytes = memory * (server.memUtilPct ?? Facts.missingUtilizationPct.value) / 100
      workloads.append(
        Workload(
          appId: server.id, serverId: server.id, cpuCores: cpu, memoryGB: gigabytes, containerBuild: containerBuild))
    }
    guard !workloads.isEmpty || !unsized.isEmpty else { return nil }
    let plan = plan(workloads: workloads, servers: [])
    var shapes: [String: Int] = [:]
    for host in plan.hosts { shapes[host.shape, default: 0] += 1 }
    return ServerEstimate(
      servers: workloads.count + unsized.count, sizedByUtilisation: byUtilisation,
      sizedByAllocation: workloads.count - byUtilisation, unsizedServerIds: unsized, containerBuild: containerBuild,
      hosts: plan.consolidation.targetHosts + plan.consolidation.fargateTasks,
      lowerBoundHosts: plan.consolidation.lowerBoundHosts,
      poolFreeLowerBoundHosts: plan.consolidation.poolFreeLowerBoundHosts,
      poolFreeShape: plan.consolidation.poolFreeShape, shapes: shapes,
      unplacedServerIds: plan.exceptions.map(\.appId).sorted(), annualCompute: plan.cost.hostsCompute,
      annualLicence: plan.cost.hostsLicence)
  }
}
