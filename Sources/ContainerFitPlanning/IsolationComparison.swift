/// The whole plan computed three ways: every app process-isolated, every app Hyper-V isolated, and
/// as recommended. Code-page-sensitive apps stay process-isolated in every variant (Hyper-V
/// isolation forces code page 65001 and would break them).
public struct IsolationComparison: Sendable, Hashable, Codable {
  public var processOnlyHosts: Int
  public var hypervOnlyHosts: Int
  public var recommendedHosts: Int
  /// (Hyper-V-only hosts − process-only hosts) / process-only hosts × 100.
  public var hypervOverheadPct: Double
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
    hypervOverheadPct =
      processOnly.hosts > 0 ? Double(hypervOnly.hosts - processOnly.hosts) / Double(processOnly.hosts) * 100 : 0
  }
}
