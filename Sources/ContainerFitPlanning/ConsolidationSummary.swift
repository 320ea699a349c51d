/// How far the estate consolidates, and how close the plan is to the best possible.
public struct ConsolidationSummary: Sendable, Hashable, Codable {
  public var sourceServers: Int
  public var decommissionedServers: Int
  public var targetHosts: Int
  /// Per pool max(L1, Martello-Toth L2) over both dimensions, summed.
  public var lowerBoundHosts: Int
  public var stranded: StrandedCapacity
  public var pools: [PoolSummary]
}
