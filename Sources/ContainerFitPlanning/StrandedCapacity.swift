/// Capacity left unusable by the other dimension: free CPU on hosts whose memory binds, and free
/// memory on hosts whose CPU binds (of the usable capacity).
public struct StrandedCapacity: Sendable, Hashable, Codable {
  public var cpuCores: Double
  public var memoryGB: Double
}
