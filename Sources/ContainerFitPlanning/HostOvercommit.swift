/// Under the unbounded-workaround memory policy: how much the containers' peak memory exceeds
/// what a host can give them (memory − reservation).
public struct HostOvercommit: Sendable, Hashable, Codable {
  public var hostId: String
  public var peakMemoryGB: Double
  public var allocatableMemoryGB: Double
  public var overcommitGB: Double
}
