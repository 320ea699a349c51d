/// How far the estate consolidates, and how close the plan is to the best possible.
public struct ConsolidationSummary: Sendable, Hashable, Codable {
  public var sourceServers: Int
  public var decommissionedServers: Int
  /// Container hosts of the plan (Fargate tasks not included).
  public var targetHosts: Int
  /// Fargate tasks of the plan (`ecs-fargate`: one per container instance); 0 on other platforms.
  public var fargateTasks: Int
  /// The pooled bound: each pool's bound (`LowerBound`), summed: no plan with these pools uses
  /// fewer hosts.
  public var lowerBoundHosts: Int
  /// The pool-free bound: the same bound over every placed container at once, as if any could share
  /// a host with any (no build, code-page or OS constraint): no plan of this demand on this shape
  /// uses fewer hosts. At most `lowerBoundHosts`.
  public var poolFreeLowerBoundHosts: Int
  /// The shape that bound counts: the largest pool's.
  public var poolFreeShape: String
  /// Applications the plan places on hosts, and those that would move but fit no host.
  public var placedApplications: Int
  public var unplacedApplications: Int
  public var stranded: StrandedCapacity
  public var pools: [PoolSummary]
}
