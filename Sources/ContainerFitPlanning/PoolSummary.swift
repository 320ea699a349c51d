/// One host pool (hosts of one build and code page, managed or self-managed) and its quality.
public struct PoolSummary: Sendable, Hashable, Codable {
  public var osBuild: Int
  public var codePage: Int?
  public var selfManaged: Bool
  /// The host shape the pool uses.
  public var shape: String
  public var containers: Int
  public var hosts: Int
  public var lowerBoundHosts: Int
  /// A pool of Fargate tasks of one size (`shape`): `hosts` counts its tasks, one container each.
  public var isFargateTasks = false
}
