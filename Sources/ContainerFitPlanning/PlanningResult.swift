/// Everything the planning stage decides, ready for the reports (keys match PRODUCT.md §2).
public struct PlanningResult: Sendable, Hashable, Codable {
  public var hosts: [PlannedHost]
  public var consolidation: ConsolidationSummary
  /// Version 1's licence comparison: the retired servers against the new hosts.
  public var licensing: LicensingSummary
  /// Before and after, licence and compute apart (targets-and-economics.md §5).
  public var cost: CostSummary
  public var isolation: IsolationComparison
  /// The plan's hosts and cost with every container's demand 20% higher and lower.
  public var sensitivity: DemandSensitivity
  /// One per placed application, sorted by id.
  public var placements: [AppPlacement]
  /// For each placement, the index of its workload in the workloads planned (in `placements`'
  /// order): who placed what without looking a million app ids up.
  public var placementWorkloads: [Int]
  /// Ids of the source servers that can be switched off, sorted.
  public var decommissionedServerIds: [String]
  public var exceptions: [PlanningException]
  /// Hosts whose peak memory exceeds what they can give, under the unbounded-workaround policy.
  public var overcommit: [HostOvercommit]
  public var notes: [String]
}
