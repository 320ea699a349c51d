import ContainerFitModel

/// How fit an application is for Windows containers, from its score and blockers (PRODUCT.md §3).
public enum Verdict: String, Codable, CaseIterable, Sendable, Hashable {
  /// Score at or above the `ready` band and no blocker: containerise as is.
  case ready
  /// Small remediation before containerising.
  case minor
  /// Substantial remediation before containerising.
  case major
  /// A blocker, or a score under the `major` band: leave it on a server.
  case unsuitable

  /// The verdict for a score under the scenario's bands; any blocker makes it `unsuitable`.
  public init(score: Double, hasBlocker: Bool, bands: Scenario.Bands) {
    if hasBlocker {
      self = .unsuitable
    } else if score >= bands.ready {
      self = .ready
    } else if score >= bands.minor {
      self = .minor
    } else if score >= bands.major {
      self = .major
    } else {
      self = .unsuitable
    }
  }
}
