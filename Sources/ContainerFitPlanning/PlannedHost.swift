import ContainerFitModel

/// One target host of the plan and what it carries.
public struct PlannedHost: Sendable, Hashable, Codable {
  /// `host-<build>-<nnnn>`, numbered per build.
  public var id: String
  public var osBuild: Int
  /// The system code page the host must have, for pools of code-page-sensitive apps.
  public var codePage: Int?
  /// True when the host is outside the orchestrator (Hyper-V isolation on ECS).
  public var selfManaged: Bool
  /// The catalogue shape (`m7i.4xlarge`), or `custom`.
  public var shape: String
  public var cores: Double
  public var memoryGB: Double
  /// What the packer may fill: the shape less the reservation, times the target utilisation.
  public var usableCores: Double
  public var usableMemoryGB: Double
  /// Peak cores and GiB the host's containers use (Hyper-V overhead included).
  public var cpuUsed: Double
  public var memoryUsed: Double
  public var appIds: [String]
  /// True for a host the plan keeps free (`host.spread`, `host.min_hosts_per_pool`): priced, empty.
  public var spare: Bool = false
  /// A Fargate task (`task-<build>-<nnnn>`) of one container, sized and priced by `shape`, not a host.
  public var isFargateTask = false
  public var hypervContainers: Int
  public var edition: LicenseEdition
  /// The host's Windows licence a year (none on a Linux host).
  public var annualLicence: Double
  /// The host's compute a year, without the licence: the on-demand price for a cloud shape, the
  /// scenario's hosting rate for an on-premises one.
  public var annualCompute: Double

  enum CodingKeys: String, CodingKey {
    case id, osBuild, codePage, selfManaged, shape, cores, memoryGB, usableCores, usableMemoryGB, cpuUsed, memoryUsed
    case hypervContainers, edition, spare, isFargateTask
    case annualLicence, annualCompute
    case appIds = "applications"
  }
}
