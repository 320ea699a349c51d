/// The whole plan computed three ways: every app process-isolated, every app Hyper-V isolated (on
/// hosts that run it), and as recommended. Code-page-sensitive apps stay process-isolated in every
/// variant (Hyper-V isolation forces code page 65001 and would break them); Linux containers are
/// the same in all three. Hosts of different shapes are not compared by count: the overhead is
/// the cost's (targets-and-economics.md §6).
public struct IsolationComparison: Sendable, Hashable, Codable {
  public var processOnlyHosts: Int
  public var hypervOnlyHosts: Int
  public var recommendedHosts: Int
  /// (Hyper-V-only annual cost − process-only annual cost) / process-only annual cost × 100, when
  /// both place the same number of applications (`comparable`); 0 otherwise.
  public var hypervOverheadPct: Double
  /// True when the all-process and all-Hyper-V plans place the same number of applications.
  public var comparable: Bool
  public var processOnly: IsolationVariant
  public var hypervOnly: IsolationVariant
  public var recommended: IsolationVariant

  public init(processOnly: IsolationVariant, hypervOnly: IsolationVariant, recommended: IsolationVariant) {
    self.processOnly = processOnly
    self.hypervOnly = hypervOnly
    self.recommended = recommended
    processOnlyHosts = processOnly.hosts
    hypervOnlyHosts = hypervOnly.hosts
    recommendedHosts = recommended.hosts
    comparable = processOnly.placedApplications == hypervOnly.placedApplications
    hypervOverheadPct =
      comparable && processOnly.annualCost > 0
      ? (hypervOnly.annualCost - processOnly.annualCost) / processOnly.annualCost * 100 : 0
  }
}
