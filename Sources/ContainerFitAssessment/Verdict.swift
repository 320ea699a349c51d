import ContainerFitModel

/// How fit an application is for Windows containers, from its score, blockers and confidence
/// (PRODUCT.md §3; targets-and-economics.md §1 adds `insufficient-data`).
public enum Verdict: String, Codable, CaseIterable, Sendable, Hashable {
  /// Score at or above the `ready` band and no blocker: containerise as is.
  case ready
  /// Small remediation before containerising.
  case minor
  /// Substantial remediation before containerising.
  case major
  /// A blocker, or a score under the `major` band: leave it on a server.
  case unsuitable
  /// No blocker, but too little is known (confidence under `scoring.min_confidence`) to tell how fit
  /// it is: not counted as ready, not planned; the report lists what to collect.
  case insufficientData = "insufficient-data"

  /// The verdict for a score under the scenario's bands; any blocker makes it `unsuitable`, and a
  /// confidence under `minConfidence` without a blocker makes it `insufficientData`.
  public init(score: Double, hasBlocker: Bool, confidence: Double = 1, scoring: Scenario.ScoringSettings) {
    if hasBlocker {
      self = .unsuitable
    } else if confidence < scoring.minConfidence {
      self = .insufficientData
    } else {
      self.init(score: score, bands: scoring.bands)
    }
  }

  /// The band a score without blocker falls in.
  init(score: Double, bands: Scenario.Bands) {
    if score >= bands.ready {
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

extension Verdict {
  /// True when the plan moves the application to a container: the planner packs these applications
  /// and only these carry container effort. The one test of who moves: `unsuitable` stays on its
  /// server, `insufficientData` waits for its data (docs/scoring.md, "Insufficient data").
  public var movesToContainer: Bool {
    switch self {
    case .ready, .minor, .major: true
    case .unsuitable, .insufficientData: false
    }
  }

}
