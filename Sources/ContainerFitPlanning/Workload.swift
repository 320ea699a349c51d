import ContainerFitModel

/// What the plan places for one application: its demand per instance, how many instances, and the
/// isolation and container build the assessment recommends. Built by the pipeline from the
/// assessment's verdicts and `DemandModel`.
public struct Workload: Sendable, Hashable {
  public var appId: String
  public var serverId: String
  /// Peak CPU demand of one instance, in cores.
  public var cpuCores: Double
  /// Peak memory demand of one instance, in GiB.
  public var memoryGB: Double
  /// Average memory of one instance, in GiB (what the unbounded-workaround policy packs by).
  public var memoryAvgGB: Double
  public var instances: Int
  /// The recommended isolation.
  public var isolation: Isolation
  /// Windows, or Linux for an application whose target is a Linux container.
  public var os: ContainerOS
  /// The build of the container image (17763, 20348, 26100); `ContainerOS.noWindowsBuild` for Linux.
  public var containerBuild: Int
  /// Non-nil only for code-page-sensitive apps: they must run process-isolated on a host with it.
  public var codePage: Int?
  /// False for verdict `unsuitable`: the app stays where it is.
  public var isContainerisable: Bool

  public init(
    appId: String, serverId: String, cpuCores: Double, memoryGB: Double, memoryAvgGB: Double? = nil,
    instances: Int = 1, isolation: Isolation = .process, os: ContainerOS = .windows, containerBuild: Int,
    codePage: Int? = nil, isContainerisable: Bool = true
  ) {
    self.appId = appId
    self.serverId = serverId
    self.cpuCores = cpuCores
    self.memoryGB = memoryGB
    self.memoryAvgGB = memoryAvgGB ?? memoryGB
    self.instances = instances
    self.isolation = isolation
    self.os = os
    self.containerBuild = containerBuild
    self.codePage = codePage
    self.isContainerisable = isContainerisable
  }
}
