import ContainerFitModel

/// Turns an application's inventory figures into CPU and memory demand (PRODUCT.md §4):
/// `cpu_cores` / `memory_gb` when given; otherwise the server's allocation × its peak utilisation,
/// shared evenly among the apps on that server; an unknown utilisation counts as 100% (a plan
/// should never undersize), and an app with no figure at all gets a labelled default.
public struct DemandModel: Sendable {
  /// Where a demand figure came from.
  public enum Source: String, Codable, Sendable, Hashable {
    case explicit, serverShare = "server-share", assumed
  }

  /// The demand of one application.
  public struct Demand: Sendable, Hashable {
    /// Peak cores of one instance.
    public var cpuCores: Double
    /// Peak GiB of one instance.
    public var memoryGB: Double
    /// Average GiB of one instance (the peak when no average is known).
    public var memoryAvgGB: Double
    public var instances: Int
    public var cpuSource: Source
    public var memorySource: Source
    /// All instances together.
    public var totalCPUCores: Double { cpuCores * Double(instances) }
    public var totalMemoryGB: Double { memoryGB * Double(instances) }
  }

  public var missingUtilizationPct: Double

  public init(missingUtilizationPct: Double = Facts.missingUtilizationPct.value) {
    self.missingUtilizationPct = missingUtilizationPct
  }

  /// The demand of `app`, running with `appsOnServer` apps (itself included) on `server`.
  public func demand(for app: Application, server: Server?, appsOnServer: Int) -> Demand {
    let share = 1.0 / Double(max(1, appsOnServer))
    var cpu = Facts.defaultAppCPUCores.value
    var cpuSource = Source.assumed
    if let given = app.cpuCores, given >= 0 {
      (cpu, cpuSource) = (given, .explicit)
    } else if let cores = server?.cores, cores > 0 {
      let util = server?.cpuUtilPct ?? missingUtilizationPct
      (cpu, cpuSource) = (Double(cores) * util / 100 * share, .serverShare)
    }
    var memory = Facts.defaultAppMemoryGB.value
    var memorySource = Source.assumed
    if let given = app.memoryGB, given >= 0 {
      (memory, memorySource) = (given, .explicit)
    } else if let total = server?.memoryGB, total > 0 {
      let util = server?.memUtilPct ?? missingUtilizationPct
      (memory, memorySource) = (total * util / 100 * share, .serverShare)
    }
    let average = app.memoryAvgGB.map { min($0, memory) } ?? memory
    return Demand(
      cpuCores: cpu, memoryGB: memory, memoryAvgGB: max(0, average), instances: max(1, app.instances ?? 1),
      cpuSource: cpuSource, memorySource: memorySource)
  }

  /// A `Workload` for `app` with the assessment's recommendation; the code page is kept only for
  /// code-page-sensitive apps whose server's code page is known.
  public func workload(
    for app: Application, server: Server?, appsOnServer: Int, isolation: Isolation, os: ContainerOS = .windows,
    containerBuild: Int, isContainerisable: Bool
  ) -> Workload {
    let demand = demand(for: app, server: server, appsOnServer: appsOnServer)
    return Workload(
      appId: app.id, serverId: app.serverId, cpuCores: demand.cpuCores, memoryGB: demand.memoryGB,
      memoryAvgGB: demand.memoryAvgGB, instances: demand.instances, isolation: isolation, os: os,
      containerBuild: containerBuild,
      codePage: os == .windows && app.codePageSensitive == true ? server?.ansiCodePage : nil,
      isContainerisable: isContainerisable)
  }
}
