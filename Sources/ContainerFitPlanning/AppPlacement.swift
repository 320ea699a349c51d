import ContainerFitModel

/// Where an application's instances go and what they take there (overheads included).
public struct AppPlacement: Sendable, Hashable, Codable {
  public var appId: String
  /// The host of the first instance.
  public var hostId: String
  /// The host of every instance, in instance order.
  public var hostIds: [String]
  public var isolation: Isolation
  /// All instances together, as packed.
  public var cpuCores: Double
  public var memoryGB: Double

  public init(
    appId: String, hostId: String, hostIds: [String], isolation: Isolation, cpuCores: Double, memoryGB: Double
  ) {
    self.appId = appId
    self.hostId = hostId
    self.hostIds = hostIds
    self.isolation = isolation
    self.cpuCores = cpuCores
    self.memoryGB = memoryGB
  }
}
